/**
 * The rules of the Beider–Morse tables, compiled for matching: a rule rewrites `pattern` into its
 * phonemes when the text before it ends with the left context and the text after it starts with
 * the right context. Contexts are read as Commons Codec's Rule.pattern reads them — literally
 * unless they contain "[", a lone "[…]" as a set of characters, anything else as a regular
 * expression — because the encodings (and the published test vectors) depend on those readings.
 */
import { ANY_LANGUAGE, type LanguageSet, languageSetOf } from "./languages";
import type { RuleLine } from "./rule-types";
import { RULE_TABLES } from "./rules.generated";

export interface Phoneme {
  readonly text: string;
  readonly languages: LanguageSet;
}

/** Whether `input.slice(start, end)` fits a context; the fast paths allocate nothing. */
type ContextMatcher = (input: string, start: number, end: number) => boolean;

export interface Rule {
  readonly pattern: string;
  readonly phonemes: readonly Phoneme[];
  matches(input: string, index: number): boolean;
}

/** Rules by the first character of their pattern, in table order. */
export type RuleMap = ReadonlyMap<string, readonly Rule[]>;

const ALWAYS: ContextMatcher = () => true;

/**
 * java.util.regex reads "$" as "at the end, or before a line terminator that ends the input";
 * JavaScript only as "at the end". The tables' regular expressions use "$" only outside "[…]".
 */
export function javaRegExp(source: string): RegExp {
  let out = "";
  let inClass = false;
  for (const char of source) {
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    out += char === "$" && !inClass ? "(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)" : char;
  }
  return new RegExp(out);
}

/** Commons Codec's Rule.pattern(regex), for the text between `start` and `end`. */
function contextMatcher(regex: string): ContextMatcher {
  const anchoredStart = regex.startsWith("^");
  const anchoredEnd = regex.endsWith("$");
  const content = regex.slice(anchoredStart ? 1 : 0, anchoredEnd ? regex.length - 1 : regex.length);
  if (!content.includes("[")) {
    if (anchoredStart && anchoredEnd) {
      return (input, start, end) => end - start === content.length && input.startsWith(content, start);
    }
    if (content.length === 0) return ALWAYS;
    if (anchoredStart) return (input, start, end) => end - start >= content.length && input.startsWith(content, start);
    if (anchoredEnd) return (input, start, end) => end - start >= content.length && input.startsWith(content, end - content.length);
  } else if (content.startsWith("[") && content.endsWith("]")) {
    let box = content.slice(1, -1);
    if (!box.includes("[")) {
      const negate = box.startsWith("^");
      if (negate) box = box.slice(1);
      const inBox = (char: string) => box.includes(char) !== negate;
      if (anchoredStart && anchoredEnd) return (input, start, end) => end - start === 1 && inBox(input[start]!);
      if (anchoredStart) return (input, start, end) => end > start && inBox(input[start]!);
      if (anchoredEnd) return (input, start, end) => end > start && inBox(input[end - 1]!);
    }
  }
  const pattern = javaRegExp(regex);
  return (input, start, end) => pattern.test(input.slice(start, end));
}

/** String.split as Java does it: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  if (text.length === 0) return parts;
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** "ts[english+german]": the phoneme "ts", only for those languages. */
function parsePhoneme(expression: string): Phoneme {
  const open = expression.indexOf("[");
  if (open < 0) return { text: expression, languages: ANY_LANGUAGE };
  if (!expression.endsWith("]")) throw new Error(`Beider–Morse: phoneme "${expression}" has "[" but does not end in "]"`);
  const languages = javaSplit(expression.slice(open + 1, -1), "+");
  return { text: expression.slice(0, open), languages: languageSetOf(languages) };
}

/**
 * "(a|o)" gives both phonemes; a trailing "|" adds the empty phoneme once (Commons Codec since
 * CODEC-331; before, a leading "|" added it a second time).
 */
export function parsePhonemeExpression(expression: string): Phoneme[] {
  if (!expression.startsWith("(")) return [parsePhoneme(expression)];
  if (!expression.endsWith(")")) throw new Error(`Beider–Morse: phoneme "${expression}" starts with "(" but does not end in ")"`);
  const body = expression.slice(1, -1);
  const parts = javaSplit(body, "|");
  const phonemes = parts.map(parsePhoneme);
  const last = parts[parts.length - 1];
  if (last !== undefined && last.length > 0 && body.endsWith("|")) phonemes.push({ text: "", languages: ANY_LANGUAGE });
  return phonemes;
}

function compileRule([pattern, left, right, phoneme]: RuleLine): Rule {
  const leftContext = contextMatcher(`${left}$`);
  const rightContext = contextMatcher(`^${right}`);
  const phonemes = parsePhonemeExpression(phoneme);
  return {
    pattern,
    phonemes,
    matches(input, index) {
      const end = index + pattern.length;
      return (
        end <= input.length &&
        input.startsWith(pattern, index) &&
        rightContext(input, end, input.length) &&
        leftContext(input, 0, index)
      );
    },
  };
}

const compiled = new Map<string, RuleMap>();

/**
 * The rules of one table ("gen_approx_german"), with its includes: as in Commons Codec, an
 * included table replaces the lists of the first characters it has, and later rules append.
 */
export function ruleMap(table: string): RuleMap {
  const cached = compiled.get(table);
  if (cached) return cached;
  const source = RULE_TABLES[table];
  if (!source) throw new RangeError(`Beider–Morse has no rule table "${table}"`);
  const map = new Map<string, Rule[]>();
  for (const segment of source) {
    if (typeof segment === "string") {
      for (const [first, rules] of ruleMap(segment)) map.set(first, [...rules]);
      continue;
    }
    for (const line of segment) {
      const rule = compileRule(line);
      const first = rule.pattern[0]!;
      const list = map.get(first);
      if (list) list.push(rule);
      else map.set(first, [rule]);
    }
  }
  compiled.set(table, map);
  return map;
}
