/**
 * "Sounds like" only when two opinions agree. Daitch–Mokotoff and Kölner Phonetik codes find
 * candidates; a candidate counts only when Beider–Morse (generic or Ashkenazi, approximate) also
 * matches the query word against the very word the code was computed from. The index stores that
 * word with each phonetic key ("d:689000:müller"), so one statement reads the distinct spellings
 * behind the query's codes (a skip-scan, one seek per spelling) and the confirmation runs here, in
 * memory; the search's page and facets then look up only the confirmed keys. The statement runs
 * alongside a statement the search makes anyway, so it adds no round trip (search.service.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { isBeiderMorseMatch } from "../../domain/names/beider-morse";
import { wordOfStoredPhoneticKey } from "../../domain/names/name-keys";
import type { PlanKey, SearchPlan } from "./search-plan";

/**
 * Spellings read per search, over all codes: a code shared by more spellings than this (in an
 * archive of a million people, a very common name) keeps the first ones in key order.
 */
export const SPELLING_ROWS = 400;

export interface SpellingRow {
  /** Index of the code in `plan.phonetic`. */
  code: number;
  key: string;
}

/**
 * A recursive CTE `walk(code, hi, key)` of the stored keys behind each phonetic code of the plan:
 * distinct keys from `code:` to `code;`, walked by a skip-scan (each step seeks the next key,
 * skipping its postings). Goes after WITH RECURSIVE; rows with a NULL key mark a code's end.
 */
export function spellingWalk(plan: SearchPlan): SQL {
  const codes = JSON.stringify(plan.phonetic.map(([, key]) => key));
  return sql`walk(code, hi, key) AS (
      SELECT c.key, c.value || ';', (SELECT min(k.key) FROM search_keys k WHERE k.key > c.value || ':' AND k.key < c.value || ';')
        FROM json_each(${codes}) c
      UNION ALL
      SELECT w.code, w.hi, (SELECT min(k.key) FROM search_keys k WHERE k.key > w.key AND k.key < w.hi)
        FROM walk w WHERE w.key IS NOT NULL
      LIMIT ${sql.raw(String(SPELLING_ROWS + plan.phonetic.length))}
    )`;
}

/** The spellings behind the plan's phonetic codes on their own (the duplicate finder's lookup). */
export function spellingsSql(plan: SearchPlan): SQL {
  return sql`WITH RECURSIVE ${spellingWalk(plan)} SELECT code, key FROM walk WHERE key IS NOT NULL`;
}

/** The plan's phonetic keys whose stored word Beider–Morse also matches with the query word. */
export function confirmedKeys(plan: SearchPlan, rows: SpellingRow[]): PlanKey[] {
  const confirmed: PlanKey[] = [];
  for (const row of rows) {
    const code = plan.phonetic[Number(row.code)];
    if (!code) continue;
    const [word, , tier] = code;
    if (isBeiderMorseMatch(plan.words[word]!, wordOfStoredPhoneticKey(row.key))) confirmed.push([word, row.key, tier]);
  }
  return confirmed;
}
