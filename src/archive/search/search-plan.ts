/**
 * Turns what a visitor typed into the lookups the index answers: the keys of every word (with
 * the tier each stands for), prefix ranges, and a full-text query for places and biographies.
 * Pure, so the benchmark runs exactly the SQL the Worker runs.
 */
import { nameWords, searchFold } from "../../domain/names/name-fold";
import { prefixKey, wordKeys } from "../../domain/names/name-keys";

/** Initials identify nobody (the sources have "M. Zucker", "M. Bezentakos"): match on the rest. */
const MIN_WORD_LENGTH = 2;
/** Short prefixes would scan a large part of the index; "Zuc" is the shortest that narrows. */
const MIN_PREFIX_LENGTH = 3;
const MAX_WORDS = 6;

export interface SearchPlan {
  words: string[];
  /** [word index, key, tier] */
  keys: Array<[number, string, number]>;
  /** [word index, from (inclusive), to (exclusive)] */
  prefixes: Array<[number, string, string]>;
  /** FTS5 query: every word, quoted. */
  text: string;
}

export function planSearch(q: string): SearchPlan | null {
  const words = [...new Set(nameWords(q).filter((w) => w.length >= MIN_WORD_LENGTH))].slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const keys: SearchPlan["keys"] = words.flatMap((word, i) =>
    wordKeys(word).map(({ key, tier }): [number, string, number] => [i, key, tier]),
  );
  const prefixes: SearchPlan["prefixes"] = words.flatMap((word, i): Array<[number, string, string]> =>
    searchFold(word).length >= MIN_PREFIX_LENGTH ? [[i, prefixKey(word), `${prefixKey(word)}\uffff`]] : [],
  );
  const text = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ");
  return { words, keys, prefixes, text };
}
