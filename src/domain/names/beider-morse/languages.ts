/**
 * Sets of languages, as Commons Codec's Languages.LanguageSet behaves, held as bit masks so that
 * combining the phonemes of a name (thousands of set operations) allocates nothing.
 *
 * Three kinds, as there: NO_LANGUAGES (0), ANY_LANGUAGE (-1, "could be anything") and an explicit
 * set (a positive mask). An explicit set of every language is not ANY_LANGUAGE: the two combine
 * differently (see `restrictTo` and `merge`), and the encodings depend on it.
 */
import { LANGUAGES } from "./rules.generated";

export type LanguageSet = number;
export const NO_LANGUAGES: LanguageSet = 0;
export const ANY_LANGUAGE: LanguageSet = -1;

/** Every language of either name type; the Ashkenazi languages are a subset of the generic ones. */
const NAMES: string[] = [...new Set([...LANGUAGES.gen, ...LANGUAGES.ash])];
const BIT = new Map(NAMES.map((name, index) => [name, 1 << index]));

/**
 * An explicit set; empty gives NO_LANGUAGES, as `LanguageSet.from` does. Names the tables use but
 * do not list (ash_lang.txt has "german," for "^vogel") get a bit of their own, as a string of
 * their own would be in Commons Codec: they match nothing else, so "vogel…" is "any language"
 * under the Ashkenazi rules there and here. Callers outside the tables pass `strict`.
 */
export function languageSetOf(names: Iterable<string>, strict = false): LanguageSet {
  let mask = 0;
  for (const name of names) {
    let bit = BIT.get(name);
    if (bit === undefined) {
      if (strict || NAMES.length >= 30) throw new RangeError(`Beider–Morse has no language "${name}"`);
      bit = 1 << NAMES.length;
      NAMES.push(name);
      BIT.set(name, bit);
    }
    mask |= bit;
  }
  return mask;
}

export function languageNames(set: LanguageSet): string[] {
  if (set === ANY_LANGUAGE) return [];
  return NAMES.filter((name) => (set & BIT.get(name)!) !== 0);
}

export function isSingleton(set: LanguageSet): boolean {
  return set > 0 && (set & (set - 1)) === 0;
}

/** The languages both allow; ANY_LANGUAGE gives way to the other side. */
export function restrictTo(set: LanguageSet, other: LanguageSet): LanguageSet {
  if (set === NO_LANGUAGES) return NO_LANGUAGES;
  if (set === ANY_LANGUAGE) return other;
  if (other === ANY_LANGUAGE) return set;
  return set & other;
}

/**
 * The languages either allows — except that ANY_LANGUAGE merged with an explicit set yields the
 * explicit set (Commons Codec's ANY_LANGUAGE.merge returns its argument), while an explicit set
 * merged with ANY_LANGUAGE yields ANY_LANGUAGE. Order matters; callers keep Commons Codec's.
 */
export function merge(set: LanguageSet, other: LanguageSet): LanguageSet {
  if (set === NO_LANGUAGES || set === ANY_LANGUAGE) return other;
  if (other === NO_LANGUAGES) return set;
  if (other === ANY_LANGUAGE) return ANY_LANGUAGE;
  return set | other;
}
