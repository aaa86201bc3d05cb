/**
 * Turns what a visitor typed into the lookups the index answers: the keys of every word (with
 * the tier each stands for), prefix ranges, and a full-text query per word for places and
 * biographies. Phonetic codes are kept apart: they count only once confirmed
 * (phonetic-confirmation.ts). Pure, so the benchmark runs exactly the SQL the Worker runs.
 */
import { givenNameVariants } from "../../domain/names/given-names";
import { nameWords, searchFold } from "../../domain/names/name-fold";
import { isPhoneticKey, prefixKey, TIER, wordKeys } from "../../domain/names/name-keys";
import { PLACE_NAMESPACE } from "./search-document";

/** Initials identify nobody (the sources have "M. Zucker", "M. Bezentakos"): match on the rest. */
const MIN_WORD_LENGTH = 2;
/** Short prefixes would scan a large part of the index; "Zuc" is the shortest that narrows. */
const MIN_PREFIX_LENGTH = 3;
const MAX_WORDS = 6;

export type PlanKey = [word: number, key: string, tier: number];

export interface SearchPlan {
  words: string[];
  /** [word index, key, tier]: exact, folded, transliterated, given-name table, place keys. */
  keys: PlanKey[];
  /** [word index, code key, tier]: phonetic codes of names and places, not yet confirmed. */
  phonetic: PlanKey[];
  /** [word index, from (inclusive), to (exclusive)] */
  prefixes: Array<[number, string, string]>;
  /** FTS5 query per word: the folded word as a prefix ("warschau"* finds Warschauer). */
  text: string[];
}

/** Keys of a query word: its own, those of other forms of the given name, and of places. */
function keysOfWord(word: string, i: number): { keys: PlanKey[]; phonetic: PlanKey[] } {
  const own = wordKeys(word);
  const keys: PlanKey[] = own.filter((k) => !isPhoneticKey(k.key)).map((k) => [i, k.key, k.tier]);
  const phonetic: PlanKey[] = own.filter((k) => isPhoneticKey(k.key)).map((k) => [i, k.key, k.tier]);
  const seen = new Set(keys.map(([, key]) => key));
  for (const variant of givenNameVariants(word)) {
    for (const k of wordKeys(variant)) {
      if (k.tier <= TIER.transliteration && !seen.has(k.key)) {
        seen.add(k.key);
        keys.push([i, k.key, TIER.givenName]);
      }
    }
  }
  for (const k of own) (isPhoneticKey(k.key) ? phonetic : keys).push([i, PLACE_NAMESPACE + k.key, TIER.place]);
  return { keys, phonetic };
}

export function planSearch(q: string): SearchPlan | null {
  const words = [...new Set(nameWords(q).filter((w) => w.length >= MIN_WORD_LENGTH))].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const perWord = words.map(keysOfWord);
  const prefixes: SearchPlan["prefixes"] = words.flatMap((word, i): Array<[number, string, string]> =>
    searchFold(word).length >= MIN_PREFIX_LENGTH ? [[i, prefixKey(word), `${prefixKey(word)}\uffff`]] : [],
  );
  const text = words.map((w) => `"${searchFold(w).replace(/"/g, '""')}"${searchFold(w).length >= MIN_PREFIX_LENGTH ? "*" : ""}`);
  return { words, keys: byTier(perWord.flatMap((w) => w.keys)), phonetic: perWord.flatMap((w) => w.phonetic), prefixes, text };
}

/**
 * Strongest keys first: the driving word's postings are read in this order up to a bound, so a
 * common place word or sound-alike never crowds out the exact matches.
 */
const byTier = (keys: PlanKey[]) => keys.map((k, i) => ({ k, i })).sort((a, b) => a.k[2] - b.k[2] || a.i - b.i).map(({ k }) => k);

/** The plan with the phonetic keys that passed confirmation added (phonetic-confirmation.ts). */
export function withConfirmedKeys(plan: SearchPlan, confirmed: PlanKey[]): SearchPlan {
  return { ...plan, keys: byTier([...plan.keys, ...confirmed]) };
}
