/**
 * The SQL of search. `matchedDocs` finds every published memorial the words match, each with the
 * strongest tier all its words reach (src/domain/names/name-keys.ts); filters and the sort order apply on
 * top. The same statements run on the SQLite file in the benchmark (bench/), so keep them here.
 */
import { sql, type SQL } from "drizzle-orm";
import { EVENT_TYPES, MARKER_KINDS, PERSECUTORS } from "../../domain/person-document";
import { edtfBounds } from "../../domain/dates/edtf";
import { nameWords, searchFold } from "../../domain/names/name-fold";
import { TIER } from "../../domain/names/name-keys";
import { bitmask, tagKey } from "./search-document";
import type { SearchParams, Sort } from "./search-params";
import type { SearchPlan } from "./search-plan";

/**
 * Bounds on the rows one search reads, whatever the size of the archive: the driving word's
 * postings (exact keys come first, so only the weakest matches of very common names are cut),
 * prefix ranges and full-text hits. Results beyond them would rank after thousands of others.
 */
export const DRIVE_ROWS = 5_000;
const PREFIX_ROWS = 2_000;
const TEXT_ROWS = 2_000;
/** Counting a word's postings stops here: beyond it, the word is simply "common". */
const COUNT_CAP = 20_000;

/**
 * How many memorials each query word's main key has (capped), to drive the search from the rarest
 * word: its postings are read, and the other words are checked by point lookups per candidate.
 */
export function wordCountsSql(plan: SearchPlan): SQL {
  const representative = plan.words.map((_, w) => {
    const keys = plan.keys.filter(([word]) => word === w);
    return [w, (keys.find(([, key]) => key.startsWith("t:") && isCyrillicKey(plan, w)) ?? keys.find(([, key]) => key.startsWith("f:")))?.[1] ?? ""];
  });
  return sql`SELECT value ->> 0 AS word, (SELECT count(*) FROM (SELECT 1 FROM search_keys WHERE key = value ->> 1 LIMIT ${COUNT_CAP})) AS n
    FROM json_each(${JSON.stringify(representative)})`;
}

function isCyrillicKey(plan: SearchPlan, word: number): boolean {
  return /\p{Script=Cyrillic}/u.test(plan.words[word] ?? "");
}

/** The rarest word (ties: the longer word), from `wordCountsSql` rows. */
export function drivingWord(plan: SearchPlan, counts: Array<{ word: number; n: number }>): number {
  const rank = (w: number) => counts.find((c) => Number(c.word) === w)?.n ?? COUNT_CAP;
  return plan.words
    .map((word, i) => ({ i, n: rank(i), length: word.length }))
    .sort((a, b) => a.n - b.n || b.length - a.length || a.i - b.i)[0]!.i;
}

/**
 * Every matching doc with its rank and the position of the name that matched (-1: text). The rank
 * is 2 × tier (the weakest of its words' best matches) + 1 when the words matched in different
 * names of the memorial ("Hans" from an alias, "Müller" from the primary name), so that people
 * who bear the whole name come first within a tier. Only keys up to `maxTier` are considered:
 * docs whose words all match at tier ≤ 2 are found without reading any phonetic key, so a first
 * page of exact results for a common name stays cheap; the caller widens to all tiers when that
 * page is not full.
 */
export function matchedDocs(plan: SearchPlan | null, maxTier: number = TIER.text, drive = 0): SQL {
  if (!plan) return sql`SELECT doc, 0 AS tier, -1 AS pos FROM search_docs`;
  const keys = plan.keys.filter(([, , tier]) => tier <= maxTier);
  const prefix = (w: number) => (maxTier >= TIER.prefix ? plan.prefixes.find(([word]) => word === w) : undefined);
  const drivePrefix = prefix(drive);
  const wordRank = (w: number) => {
    const p = prefix(w);
    return sql`(SELECT min(r) FROM (
      SELECT 2 * max(q.tier, k.tier) + (k.pos != c.pos) AS r FROM qk q JOIN search_keys k ON k.key = q.key AND k.doc = c.doc WHERE q.word = ${w}
      ${p ? sql`UNION ALL SELECT ${2 * TIER.prefix} + (k.pos != c.pos) FROM search_keys k INDEXED BY search_keys_doc_idx WHERE k.doc = c.doc AND k.key >= ${p[1]} AND k.key < ${p[2]}` : sql``}))`;
  };
  const others = plan.words.map((_, w) => w).filter((w) => w !== drive);
  const rank = others.length ? sql`max(c.rank, ${sql.join(others.map(wordRank), sql`, `)})` : sql`c.rank`;
  const names = sql`
    WITH qk(word, key, tier) AS MATERIALIZED (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${JSON.stringify(keys)})),
    cand AS (SELECT doc, 2 * min(tier) AS rank, pos FROM (
      SELECT * FROM (SELECT k.doc, max(qk.tier, k.tier) AS tier, k.pos FROM qk JOIN search_keys k ON k.key = qk.key
        WHERE qk.word = ${drive} LIMIT ${DRIVE_ROWS})
      ${drivePrefix ? sql`UNION ALL SELECT * FROM (SELECT k.doc, ${TIER.prefix}, k.pos FROM search_keys k WHERE k.key >= ${drivePrefix[1]} AND k.key < ${drivePrefix[2]} LIMIT ${PREFIX_ROWS})` : sql``}
      ) GROUP BY doc),
    scored AS (SELECT c.doc, ${rank} AS tier, c.pos FROM cand c)
    SELECT doc, tier, pos FROM scored WHERE tier IS NOT NULL`;
  if (maxTier < TIER.text) return names;
  return sql`SELECT doc, min(tier) AS tier, pos FROM (
    SELECT * FROM (${names})
    UNION ALL SELECT * FROM (SELECT rowid AS doc, ${2 * TIER.text} AS tier, -1 AS pos FROM search_text
      WHERE search_text MATCH ${plan.text} LIMIT ${TEXT_ROWS})
  ) GROUP BY doc`;
}

const keyExists = (key: string) => sql`EXISTS (SELECT 1 FROM search_keys k WHERE k.key = ${key} AND k.doc = d.doc)`;

/** The index keys the place, country, nationality and organisation filters require. */
function requiredKeys(p: SearchParams): string[] {
  return [
    ...nameWords(p.place ?? "").slice(0, 5).map((word) => `p:${searchFold(word)}`),
    ...(p.country ? [`c:${p.country.toLowerCase()}`] : []),
    ...(p.nationality ? [tagKey("n", p.nationality)] : []),
    ...(p.organisation ? [tagKey("o", p.organisation)] : []),
  ];
}

/** The event filter: an event of this type (any, if none) whose dates overlap from…to. */
function eventFilter(p: SearchParams) {
  if (p.from === undefined && p.to === undefined && !p.event) return null;
  return {
    type: p.event ?? null,
    from: p.from !== undefined ? edtfBounds(String(p.from)).earliestDay : null,
    to: p.to !== undefined ? edtfBounds(String(p.to)).latestDay : null,
  };
}

/** Filter conditions on `search_docs d` (and its memorial's events). */
export function filterConditions(p: SearchParams): SQL[] {
  const conditions: SQL[] = [];
  if (p.fate.length) {
    const mask = bitmask(EVENT_TYPES, p.fate);
    conditions.push(sql`(d.fates & ${mask}) = ${mask}`);
  }
  if (p.persecutor) conditions.push(sql`(d.persecutors & ${bitmask(PERSECUTORS, [p.persecutor])}) != 0`);
  if (p.marker) conditions.push(sql`d.markers != 0`);
  const event = eventFilter(p);
  if (event) {
    conditions.push(sql`EXISTS (SELECT 1 FROM memorial_events e WHERE e.memorial_id = d.memorial_id
      AND (${event.type} IS NULL OR e.type = ${event.type})
      AND (${event.from} IS NULL OR e.latest_day >= ${event.from}) AND (${event.to} IS NULL OR e.earliest_day <= ${event.to}))`);
  }
  for (const key of requiredKeys(p)) conditions.push(keyExists(key));
  return conditions;
}

/**
 * Without words to search for, the docs that may meet the filters, read from an index one of the
 * filters has: the postings of a required key, or the memorials with an event of the required
 * type (a fate is an event type too). `filterConditions` still decides; this only spares reading
 * every doc to find them. Only the persecutor and marker filters have no index: they read the
 * docs in index order until the caller's LIMIT is met.
 */
export function filteredDocs(p: SearchParams): SQL {
  const [key] = requiredKeys(p);
  if (key) return sql`SELECT k.doc AS doc, 0 AS tier, -1 AS pos FROM search_keys k WHERE k.key = ${key}`;
  const event = eventFilter(p);
  // A fate is an event of that type (anywhere in the life); the event filter's dates belong to
  // its own event, so they narrow only when that event drives.
  const driver = event?.type
    ? { types: [event.type], dates: event }
    : p.fate.length
      ? { types: p.fate.slice(0, 1), dates: null }
      : event
        ? { types: [...EVENT_TYPES], dates: event }
        : null;
  if (!driver) return sql`SELECT doc, 0 AS tier, -1 AS pos FROM search_docs`;
  const dated = [
    ...(driver.dates && driver.dates.to !== null ? [sql`e.earliest_day <= ${driver.dates.to}`] : []),
    ...(driver.dates && driver.dates.from !== null ? [sql`e.latest_day >= ${driver.dates.from}`] : []),
  ];
  return sql`SELECT DISTINCT s.doc AS doc, 0 AS tier, -1 AS pos
    FROM memorial_events e JOIN search_docs s ON s.memorial_id = e.memorial_id
    WHERE e.type IN ${driver.types}${dated.length ? sql` AND ${sql.join(dated, sql` AND `)}` : sql``}`;
}

export type CursorKey = [number, string | number, number];

/** The ORDER BY key of each sort: [tier (relevance only), name or day of birth, doc]. */
function sortColumns(sort: Sort) {
  const second = sort === "date" ? sql`coalesce(d.birth_day, 99999999)` : sql`d.sort_name`;
  const first = sort === "relevance" ? sql`m.tier` : null;
  return { first, second };
}

export interface MatchRow {
  doc: number;
  tier: number;
  pos: number;
  memorialId: string;
  k1: number;
  k2: string | number;
}

/** One page of matches in a stable order; `after` is the previous page's last key. */
export interface MatchScope {
  maxTier: number;
  drive: number;
}

export function matchPageSql(plan: SearchPlan | null, p: SearchParams, sort: Sort, after?: CursorKey, scope?: MatchScope): SQL {
  const { first, second } = sortColumns(sort);
  const conditions = filterConditions(p);
  if (after) {
    conditions.push(
      first
        ? sql`(${first}, ${second}, d.doc) > (${after[0]}, ${after[1]}, ${after[2]})`
        : sql`(${second}, d.doc) > (${after[1]}, ${after[2]})`,
    );
  }
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const order = first ? sql`${first}, ${second}, d.doc` : sql`${second}, d.doc`;
  return sql`
    SELECT m.doc AS doc, m.tier AS tier, m.pos AS pos, d.memorial_id AS memorialId, ${first ?? sql`0`} AS k1, ${second} AS k2
    FROM (${matchedDocs(plan, scope?.maxTier, scope?.drive)}) m JOIN search_docs d ON d.doc = m.doc
    ${where}
    ORDER BY ${order}
    LIMIT ${p.limit + 1}`;
}

export const FACET_CAP = 10_000;

export interface FacetRow {
  facet: "total" | "fate" | "persecutor" | "marker" | "country" | "nationality" | "organisation";
  value: string | number;
  n: number;
}

/** [facet, bit] pairs of the bitmask facets. */
const BITS = JSON.stringify([
  ...EVENT_TYPES.map((_, i) => ["fate", i]),
  ...PERSECUTORS.map((_, i) => ["persecutor", i]),
  ...MARKER_KINDS.map((_, i) => ["marker", i]),
]);

/**
 * Counts per facet value over (at most FACET_CAP of) the filtered matches. D1 allows few terms
 * in a compound SELECT, so the bitmask facets share one term and the listed values another.
 */
export function facetCountsSql(plan: SearchPlan | null, p: SearchParams, drive = 0): SQL {
  const conditions = filterConditions(p);
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  return sql`
    WITH f AS (SELECT d.* FROM (${plan ? matchedDocs(plan, TIER.text, drive) : filteredDocs(p)}) m JOIN search_docs d ON d.doc = m.doc ${where} LIMIT ${FACET_CAP})
    SELECT 'total' AS facet, '' AS value, count(*) AS n FROM f
    UNION ALL
    SELECT b.value ->> 0, b.value ->> 1, count(*) FROM f JOIN json_each(${BITS}) b
      ON (CASE b.value ->> 0 WHEN 'fate' THEN f.fates WHEN 'persecutor' THEN f.persecutors ELSE f.markers END)
        & (1 << (b.value ->> 1)) != 0
      GROUP BY 1, 2
    UNION ALL
    SELECT l.key, j.value, count(*) FROM f,
      json_each(json_object('country', json(f.countries), 'nationality', json(f.nationalities), 'organisation', json(f.organisations))) l,
      json_each(l.value) j
      GROUP BY 1, 2`;
}
