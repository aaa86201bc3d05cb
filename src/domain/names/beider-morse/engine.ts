/**
 * Beider–Morse Phonetic Matching (Alexander Beider and Stephen P. Morse, 2008): a name becomes
 * the set of ways it may be pronounced, given the languages its spelling may come from. This is
 * a port of Apache Commons Codec's PhoneticEngine, rule for rule, so that its test vectors hold
 * (tests/lib/beider-morse*.test.ts): first the language-specific rules turn letters into
 * phonemes, then the "common" and the language's final rules turn those into a
 * language-independent spelling (approx: broader; exact: narrower).
 *
 * The output has Commons Codec's form: alternatives joined by "|", and where a name is split into
 * words (a prefix such as "van", or `concat: false`) each word's alternatives in parentheses,
 * joined by "-".
 */
import { guessLanguages } from "./language-guess";
import { isSingleton, languageNames, type LanguageSet, merge, restrictTo } from "./languages";
import { type Phoneme, type Rule, type RuleMap, ruleMap } from "./rule";

export type NameType = "generic" | "ashkenazi";
export type RuleType = "approx" | "exact";

export interface EngineOptions {
  nameType: NameType;
  ruleType: RuleType;
  /** Encode the words of a name as one (true, Commons Codec's default) or each on its own. */
  concat: boolean;
  /** At most this many alternatives are built (Commons Codec: 20). */
  maxPhonemes: number;
  /** Longer input is refused (Commons Codec: 666). */
  maxInputLength: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  nameType: "generic",
  ruleType: "approx",
  concat: true,
  maxPhonemes: 20,
  maxInputLength: 666,
};

const TABLE_PREFIX: Record<NameType, "gen" | "ash"> = { generic: "gen", ashkenazi: "ash" };

/**
 * Prefixes of generic names, in the order Java's HashSet gives them in Commons Codec: "de la x"
 * is therefore split at "de", not "de la". Ashkenazi prefixes are dropped as whole words instead.
 */
const GENERIC_PREFIXES = ["de", "van", "di", "dos", "del", "do", "dal", "della", "du", "des", "von", "dela", "de la", "da"];
const ASHKENAZI_PREFIXES = new Set(["bar", "ben", "da", "de", "van", "von"]);

/** Java's `\s`: ASCII whitespace only. */
const JAVA_SPACES = /[ \t\n\x0B\f\r]+/;

/** String.trim(): every character up to U+0020 counts as space. */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(start, end);
}

/** Pattern.split: trailing empty strings dropped, a string without separators kept whole. */
function javaSplitWords(text: string): string[] {
  const parts = text.split(JAVA_SPACES);
  if (text.length === 0) return parts;
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** The table of a language set: its one language's, or "any" when there are several or none known. */
function tableFor(nameType: NameType, ruleType: RuleType | "rules", languages: LanguageSet): RuleMap {
  const language = isSingleton(languages) ? languageNames(languages)[0]! : "any";
  return ruleMap(`${TABLE_PREFIX[nameType]}_${ruleType}_${language}`);
}

/**
 * Each phoneme so far combined with each alternative of a rule, where their languages allow it;
 * at most `max` results (Commons Codec's PhonemeBuilder.apply).
 */
function applyRule(phonemes: readonly Phoneme[], alternatives: readonly Phoneme[], max: number): Phoneme[] {
  const out: Phoneme[] = [];
  for (const left of phonemes) {
    for (const right of alternatives) {
      const languages = restrictTo(left.languages, right.languages);
      if (languages === 0) continue;
      out.push({ text: left.text + right.text, languages });
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** The first rule that matches at `index` (Commons Codec's RulesApplication.invoke). */
function firstMatchingRule(rules: RuleMap, input: string, index: number): Rule | undefined {
  const candidates = rules.get(input[index]!);
  if (candidates) for (const rule of candidates) if (rule.matches(input, index)) return rule;
  return undefined;
}

function appendText(phonemes: readonly Phoneme[], text: string): Phoneme[] {
  return phonemes.map((p) => ({ text: p.text + text, languages: p.languages }));
}

/**
 * The final rules run over each phoneme's text; characters no rule covers are kept (appended in
 * runs, which gives the same texts with fewer allocations). Phonemes that end up with the same
 * text are merged (their languages too), and the result is sorted.
 */
function applyFinalRules(phonemes: readonly Phoneme[], rules: RuleMap, max: number): Phoneme[] {
  if (rules.size === 0) return [...phonemes];
  const merged = new Map<string, LanguageSet>();
  for (const phoneme of phonemes) {
    let current: Phoneme[] = [{ text: "", languages: phoneme.languages }];
    let unmatched = "";
    const text = phoneme.text;
    for (let index = 0; index < text.length; ) {
      const rule = firstMatchingRule(rules, text, index);
      if (!rule) {
        unmatched += text[index];
        index++;
        continue;
      }
      if (unmatched.length > 0) current = appendText(current, unmatched);
      unmatched = "";
      current = applyRule(current, rule.phonemes, max);
      index += rule.pattern.length;
    }
    if (unmatched.length > 0) current = appendText(current, unmatched);
    for (const result of current) {
      const seen = merged.get(result.text);
      merged.set(result.text, seen === undefined ? result.languages : merge(seen, result.languages));
    }
  }
  return [...merged.keys()].sort(compareText).map((text) => ({ text, languages: merged.get(text)! }));
}

/** Phoneme.COMPARATOR: by UTF-16 code units, a prefix first. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The position after a run of "d'" repeated from the start (Commons Codec's lastRepeat). */
function afterRepeats(text: string, prefix: string): number {
  let start = 0;
  while (text.startsWith(prefix, start)) start += prefix.length;
  return start;
}

export function encodeName(input: string, options: EngineOptions, languages?: LanguageSet): string {
  if (input.length > options.maxInputLength) {
    throw new RangeError(`Beider–Morse: input is longer than ${options.maxInputLength} characters`);
  }
  const guessed = languages ?? guessLanguages(input, options.nameType);
  const encodeAgain = (text: string) => encodeName(text, options);
  let text = javaTrim(input.toLowerCase().replaceAll("-", " "));
  if (options.nameType === "generic") {
    if (text.startsWith("d'")) {
      const remainder = text.slice(2 + afterRepeats(text.slice(2), "d'"));
      return `(${encodeAgain(remainder)})-(${encodeAgain(`d${remainder}`)})`;
    }
    for (const prefix of GENERIC_PREFIXES) {
      if (text.startsWith(`${prefix} `)) {
        const remainder = text.slice(prefix.length + 1);
        return `(${encodeAgain(remainder)})-(${encodeAgain(prefix + remainder)})`;
      }
    }
  }
  const words = javaSplitWords(text);
  const kept = options.nameType === "ashkenazi" ? words.filter((w) => !ASHKENAZI_PREFIXES.has(w)) : words;
  if (options.concat) {
    text = kept.join(" ");
  } else if (kept.length === 1) {
    // Commons Codec takes the first word as written, even when an Ashkenazi prefix came before it.
    text = words[0]!;
  } else if (kept.length > 1) {
    return kept.map((word) => encodeAgain(word)).join("-");
  }
  const max = options.maxPhonemes;
  let phonemes: Phoneme[] = [{ text: "", languages: guessed }];
  const mainRules = tableFor(options.nameType, "rules", guessed);
  for (let index = 0; index < text.length; ) {
    const rule = firstMatchingRule(mainRules, text, index);
    if (rule) phonemes = applyRule(phonemes, rule.phonemes, max);
    // A character no rule covers is dropped.
    index += rule ? rule.pattern.length : 1;
  }
  phonemes = applyFinalRules(phonemes, ruleMap(`${TABLE_PREFIX[options.nameType]}_${options.ruleType}_common`), max);
  phonemes = applyFinalRules(phonemes, tableFor(options.nameType, options.ruleType, guessed), max);
  return phonemes.map((p) => p.text).join("|");
}
