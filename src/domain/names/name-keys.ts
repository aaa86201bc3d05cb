/**
 * The search keys of a name word, each with the strength of the match it stands for. The same
 * function serves the index (every word of every name of a memorial) and the query (every word
 * typed), so both sides always fold, transliterate and encode alike.
 *
 * | key       | tier | matches                                                   |
 * |-----------|------|-----------------------------------------------------------|
 * | `x:word`  | 0    | the word as written (only stored when folding changes it) |
 * | `f:word`  | 0/1  | folded: case, accents, umlauts, ß (0 if nothing was folded) |
 * | `t:скел`  | 2    | transliteration skeleton (src/domain/names/cyrillic-readings.ts)   |
 * | `d:code`  | 3    | Daitch–Mokotoff Soundex                                   |
 * | `k:code`  | 3    | Kölner Phonetik                                           |
 */
import { transliterationKeys } from "./cyrillic-readings";
import { daitchMokotoff } from "./daitch-mokotoff";
import { koelnerPhonetik } from "./koelner-phonetik";
import { isCyrillic, isLatin, lowerWord, phoneticFold, searchFold } from "./name-fold";
import { transliterateCyrillic } from "./transliterate";

export const TIER = { exact: 0, folded: 1, transliteration: 2, phonetic: 3, prefix: 4, text: 5 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];

export interface WordKey {
  key: string;
  tier: Tier;
}

/** Phonetic codes of one- and two-letter words would match a large part of the archive. */
const MIN_PHONETIC_LENGTH = 3;

/** Latin spellings a word's phonetic codes are computed from. */
function phoneticSpellings(word: string): string[] {
  if (isCyrillic(word)) return [transliterateCyrillic(word), transliterateCyrillic(word, "de")];
  return isLatin(word) ? [phoneticFold(word)] : [];
}

/** Names repeat (Max, Zucker, Hans…): the keys of recent words are kept, bounded. */
const cache = new Map<string, WordKey[]>();
const CACHE_SIZE = 5_000;

/**
 * @example wordKeys("Thälmann") // x:thälmann (0), f:thalmann (1), t:телман (2), d:386600 (3), k:2566 (3)
 */
export function wordKeys(word: string): WordKey[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const keys = computeWordKeys(word);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, keys);
  return keys;
}

function computeWordKeys(word: string): WordKey[] {
  const lower = lowerWord(word);
  const folded = searchFold(word);
  if (folded.length === 0) return [];
  const keys: WordKey[] = [];
  const plain = lower === folded;
  if (!plain) keys.push({ key: `x:${lower}`, tier: TIER.exact });
  keys.push({ key: `f:${folded}`, tier: plain ? TIER.exact : TIER.folded });
  if (folded.length < 2) return keys;
  for (const skeleton of transliterationKeys(word)) keys.push({ key: `t:${skeleton}`, tier: TIER.transliteration });
  if (folded.length >= MIN_PHONETIC_LENGTH) {
    const spellings = phoneticSpellings(word);
    const dm = new Set(spellings.flatMap(daitchMokotoff));
    const kp = new Set(spellings.map(koelnerPhonetik));
    for (const code of dm) if (code !== "000000") keys.push({ key: `d:${code}`, tier: TIER.phonetic });
    for (const code of kp) if (code.length > 0) keys.push({ key: `k:${code}`, tier: TIER.phonetic });
  }
  return dedupeKeys(keys);
}

/** Keeps each key once, with its strongest tier. */
export function dedupeKeys(keys: WordKey[]): WordKey[] {
  const best = new Map<string, WordKey>();
  for (const k of keys) {
    const seen = best.get(k.key);
    if (!seen || k.tier < seen.tier) best.set(k.key, k);
  }
  return [...best.values()];
}

/** The folded form a prefix search compares with (`f:` keys starting with it). */
export function prefixKey(word: string): string {
  return `f:${searchFold(word)}`;
}

/** The tier a query key reaches against a stored key: the weaker of the two. */
export function combinedTier(queryTier: Tier, storedTier: Tier): Tier {
  return Math.max(queryTier, storedTier) as Tier;
}
