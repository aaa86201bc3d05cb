/**
 * Beider–Morse Phonetic Matching for the archive: a second opinion on Daitch–Mokotoff and Kölner
 * "sounds like" matches. Two names match when the sets of their phonetic tokens meet, under the
 * generic or the Ashkenazi approximate rules (as JewishGen's and Stephen Morse's tools compare).
 * Pure and synchronous, no I/O: the rule tables are compiled into rules.generated.ts.
 *
 * @example isBeiderMorseMatch("Zucker", "Cukier") === true
 * @example isBeiderMorseMatch("Kraus", "Hirsch") === false
 */
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, encodeName, type NameType, type RuleType } from "./engine";
import { guessLanguages } from "./language-guess";
import { ANY_LANGUAGE, languageNames, languageSetOf } from "./languages";

export type { NameType, RuleType } from "./engine";

export interface BeiderMorseOptions extends Partial<EngineOptions> {
  /** The languages the name comes from, instead of guessing them from its spelling. */
  languages?: readonly string[];
}

/**
 * The encoding as Commons Codec's BeiderMorseEncoder gives it: "rinD|rinDlt|…", or
 * "(…)-(…)" for names with a prefix or encoded word by word. Throws a RangeError for input longer
 * than `maxInputLength` (666) and for unknown languages.
 * @example beiderMorse("Renault") === "rinD|rinDlt|rina|rinalt|rino|rinolt|rinu|rinult"
 */
export function beiderMorse(name: string, options: BeiderMorseOptions = {}): string {
  const { languages, ...engine } = options;
  return encodeName(name, { ...DEFAULT_ENGINE_OPTIONS, ...engine }, languages ? languageSetOf(languages, true) : undefined);
}

/** The languages a spelling may come from; `anyLanguage` when the spelling gives no hint. */
export function guessBeiderMorseLanguages(name: string, nameType: NameType = "generic"): { anyLanguage: boolean; languages: string[] } {
  const guessed = guessLanguages(name, nameType);
  return { anyLanguage: guessed === ANY_LANGUAGE, languages: languageNames(guessed) };
}

/** The phonetic tokens of an encoding: every alternative of every word, once each. */
export function beiderMorseTokens(encoded: string): string[] {
  return [...new Set(encoded.split(/[|()-]/).filter((token) => token.length > 0))];
}

/** The rule sets whose tokens are compared: generic and Ashkenazi, approximate by default. */
const NAME_TYPES: ReadonlyArray<[NameType, string]> = [["generic", "g"], ["ashkenazi", "a"]];

/**
 * The key set of a name: its tokens under the generic and the Ashkenazi rules, each prefixed with
 * the rule set it comes from ("ga:tsukir", "aa:tsukir"), sorted. Stored keys and keys made from a
 * query compare directly. A name longer than 666 characters, or without letters, has none.
 * @example beiderMorseKeys("Kun") // ["aa:kun", "ga:kun"]
 */
export function beiderMorseKeys(name: string, ruleType: RuleType = "approx"): readonly string[] {
  const cacheKey = `${ruleType}\u0000${name}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const keys = computeKeys(name.normalize("NFC"), ruleType);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(cacheKey, keys);
  return keys;
}

/** Names repeat (the candidates of one query, the same surnames across queries): recent key sets are kept, bounded. */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 5_000;

function computeKeys(text: string, ruleType: RuleType): readonly string[] {
  if (text.length > DEFAULT_ENGINE_OPTIONS.maxInputLength) return [];
  const keys = new Set<string>();
  for (const [nameType, letter] of NAME_TYPES) {
    const prefix = `${letter}${ruleType[0]}:`;
    for (const token of beiderMorseTokens(beiderMorse(text, { nameType, ruleType }))) keys.add(prefix + token);
  }
  return Object.freeze([...keys].sort());
}

/** The key sets without the cache, for measuring the encoding itself (bench/beider-morse.ts). */
export function uncachedBeiderMorseKeys(name: string, ruleType: RuleType = "approx"): readonly string[] {
  return computeKeys(name.normalize("NFC"), ruleType);
}

/**
 * Whether two names (or a name and a stored key set from `beiderMorseKeys`) share a
 * Beider–Morse token under the same rule set.
 */
export function isBeiderMorseMatch(a: string | readonly string[], b: string | readonly string[]): boolean {
  const left = typeof a === "string" ? beiderMorseKeys(a) : a;
  const right = new Set(typeof b === "string" ? beiderMorseKeys(b) : b);
  return left.some((key) => right.has(key));
}
