/**
 * The SQL of search. `matchedDocs` finds every published memorial the words match, each with the
 * strongest tier all its words reach (src/domain/names/name-keys.ts); filters and the sort order apply on
 * top. The same statements run on the SQLite file in the benchmark (bench/), so keep them here.
 */
import { sql, type SQL } from "drizzle-orm";
import { EVENT_TYPES, MARKER_KINDS, PERSECUTORS } from "../../domain/person-document";
import { edtfBounds } from "../../domain/dates/edtf";
import { nameWords } from "../../domain/names/name-fold";
import { TIER, wordKeys } from "../../domain/names/name-keys";
import { bitmask, PLACE_NAMESPACE, tagKey } from "./search-document";
import type { SearchParams, Sort } from "./search-params";
import { spellingWalk } from "./phonetic-confirmation";
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
 * The first statement of a search: how many memorials each query word's main key has (capped),
 * to drive the search from the rarest word (its postings are read, the other words are checked
 * by point lookups per candidate), and the spellings behind the query's phonetic codes, for
 * confirmation (phonetic-confirmation.ts). Rows: spelling 0 (word, n) or 1 (word = code, key).
 */
export function planningSql(plan: SearchPlan): SQL {
  const representative = plan.words.length < 2 ? [] : plan.words.map((_, w) => {
    const keys = plan.keys.filter(([word]) => word === w);
    return [w, (keys.find(([, key]) => key.startsWith("t:") && isCyrillicKey(plan, w)) ?? keys.find(([, key]) => key.startsWith("f:")))?.[1] ?? ""];
  });
  return sql`WITH RECURSIVE ${spellingWalk(plan)}
    SELECT 0 AS spelling, value ->> 0 AS word, (SELECT count(*) FROM (SELECT 1 FROM search_keys WHERE key = value ->> 1 LIMIT ${COUNT_CAP})) AS n, NULL AS key
      FROM json_each(${JSON.stringify(representative)})
    UNION ALL SELECT 1, code, 0, key FROM walk WHERE key IS NOT NULL`;
}

export interface PlanningRow {
  spelling: number;
  word: number;
  n: number;
  key: string | null;
}

function isCyrillicKey(plan: SearchPlan, word: number): boolean {
  return /\p{Script=Cyrillic}/u.test(plan.words[word] ?? "");
}

/** The rarest word (ties: the longer word), from `planningSql` rows. */
export function drivingWord(plan: SearchPlan, counts: Array<{ word: number; n: number }>): number {
  const rank = (w: number) => counts.find((c) => Number(c.word) === w)?.n ?? COUNT_CAP;
  return plan.words
    .map((word, i) => ({ i, n: rank(i), length: word.length }))
    .sort((a, b) => a.n - b.n || b.length - a.length || a.i - b.i)[0]!.i;
}

/**
 * Ranks, lower first. A word's match ranks by group × 8 + 4 for a given name + 2 for a folded
 * spelling + 1 when it matched another name of the memorial than the driving word did. Groups:
 * 0 the primary name exactly or folded, 1 another name form, 2 transliteration, 3 given-name
 * table, 4 phonetic (confirmed), 5 prefix of a name, 6 place, 7 text. A doc ranks by its weakest
 * word; a partial match (recovery) adds PARTIAL_STEP for each word it misses.
 */
export const RANK_GROUP = 8;
export const PARTIAL_STEP = 64;

const int = (n: number) => sql.raw(String(Math.trunc(n)));

/** The rank of one key match: tier `t` (SQL), at index position `pos` (SQL), driver's position `cpos`. */
function keyRank(t: SQL, pos: SQL, cpos: SQL | null): SQL {
  const split = cpos ? sql`(${pos} >= 0 AND ${cpos} >= 0 AND (${pos} >> 2) != (${cpos} >> 2))` : sql`0`;
  return sql`((CASE WHEN ${t} <= ${int(TIER.folded)} THEN (${pos} & 2) >> 1 ELSE ${t} END) * ${int(RANK_GROUP)}
    + (CASE WHEN ${pos} >= 0 THEN (${pos} & 1) * 4 ELSE 0 END) + (${t} = ${int(TIER.folded)}) * 2 + ${split})`;
}

/**
 * "Sounds like" holds only surname against surname: given names are few and short, so their
 * codes collide with strangers (Rossi would sound like every Rosa); the given-name table covers
 * their real variants.
 */
const familyOnlyForPhonetic = (tier: SQL, pos: SQL) => sql`(${tier} != ${int(TIER.phonetic)} OR (${pos} & 1) = 0)`;

export interface MatchScope {
  maxTier: number;
  drive: number;
  /** Recovery: every word drives, and docs that miss words rank after those that match all. */
  partial?: boolean;
}

/**
 * Every matching doc with its rank and the index position of the name that matched (-1: place or
 * text). Candidates come from the driving word's postings (the rarest word; in recovery, every
 * word's); each other word is checked by point lookups per candidate. Only keys up to `maxTier`
 * are considered: docs whose words all match at tier ≤ givenName are found without reading any
 * phonetic key, so a first page of exact results for a common name stays cheap; the caller widens
 * to all tiers (and to partial matches) when that page is not full.
 */
export function matchedDocs(plan: SearchPlan | null, scope: MatchScope = { maxTier: TIER.text, drive: 0 }): SQL {
  if (!plan) return sql`SELECT doc, 0 AS tier, -1 AS pos FROM search_docs`;
  const { maxTier, drive } = scope;
  const partial = !!scope.partial && plan.words.length > 1;
  const keys = plan.keys.filter(([, , tier]) => tier <= maxTier);
  const prefix = (w: number) => (maxTier >= TIER.prefix ? plan.prefixes.find(([word]) => word === w) : undefined);
  const text = (w: number) => (maxTier >= TIER.text ? plan.text[w] : undefined);
  const perDriver = partial ? Math.max(500, Math.floor(DRIVE_ROWS / plan.words.length)) : DRIVE_ROWS;
  // Three terms whatever the number of driving words: D1 allows few terms in a compound SELECT.
  const driverRows = (ws: number[]) => {
    const ranges = ws.flatMap((w): Array<[string, string]> => {
      const p = prefix(w);
      return p ? [[p[1], p[2]]] : [];
    });
    const texts = ws.flatMap((w) => { const t = text(w); return t ? [t] : []; });
    return sql`SELECT * FROM (SELECT k.doc, ${keyRank(sql`max(qk.tier, k.tier)`, sql`k.pos`, null)} AS r, k.pos FROM qk JOIN search_keys k ON k.key = qk.key
        WHERE qk.word IN ${sql.raw(`(${ws.join(", ")})`)} AND ${familyOnlyForPhonetic(sql`qk.tier`, sql`k.pos`)} LIMIT ${int(perDriver * ws.length)})
      ${ranges.length ? sql`UNION ALL SELECT * FROM (SELECT k.doc, ${keyRank(int(TIER.prefix), sql`k.pos`, null)}, k.pos FROM json_each(${JSON.stringify(ranges)}) g
        JOIN search_keys k ON k.key >= g.value ->> 0 AND k.key < g.value ->> 1 LIMIT ${int(PREFIX_ROWS)})` : sql``}
      ${texts.length ? sql`UNION ALL SELECT * FROM (SELECT rowid, ${int(TIER.text * RANK_GROUP)}, -1 FROM search_text WHERE search_text MATCH ${texts.join(" OR ")} LIMIT ${int(TEXT_ROWS)})` : sql``}`;
  };
  const wordRank = (w: number) => {
    const p = prefix(w);
    const t = text(w);
    return sql`(SELECT min(r) FROM (
      SELECT ${keyRank(sql`max(q.tier, k.tier)`, sql`k.pos`, sql`c.pos`)} AS r FROM qk q JOIN search_keys k ON k.key = q.key AND k.doc = c.doc WHERE q.word = ${int(w)} AND ${familyOnlyForPhonetic(sql`q.tier`, sql`k.pos`)}
      ${p ? sql`UNION ALL SELECT ${keyRank(int(TIER.prefix), sql`k.pos`, sql`c.pos`)} FROM search_keys k INDEXED BY search_keys_doc_idx WHERE k.doc = c.doc AND k.key >= ${p[1]} AND k.key < ${p[2]}` : sql``}
      ${t ? sql`UNION ALL SELECT ${int(TIER.text * RANK_GROUP)} FROM search_text WHERE search_text MATCH ${t} AND rowid = c.doc` : sql``}))`;
  };
  const words = plan.words.map((_, w) => w);
  const drivers = partial ? words : [drive];
  const checked = partial ? words : words.filter((w) => w !== drive);
  const ranks = [...(partial ? [] : [sql`c.r`]), ...checked.map(wordRank)];
  const columns = ranks.map((r, i) => sql`${r} AS r${int(i)}`);
  const names = (i: number) => sql.raw(`r${i}`);
  const score = partial
    ? sql`${int(PARTIAL_STEP)} * (${sql.join(ranks.map((_, i) => sql`(${names(i)} IS NULL)`), sql` + `)})
        + max(${sql.join(ranks.map((_, i) => sql`coalesce(${names(i)}, -1)`), sql`, `)}, -1)`
    : ranks.length > 1
      ? sql`max(${sql.join(ranks.map((_, i) => names(i)), sql`, `)})`
      : names(0);
  return sql`
    WITH qk(word, key, tier) AS MATERIALIZED (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${JSON.stringify(keys)})),
    cand AS (SELECT doc, min(r) AS r, pos FROM (${driverRows(drivers)}) GROUP BY doc),
    scored AS (SELECT c.doc, c.pos, ${sql.join(columns, sql`, `)} FROM cand c)
    SELECT doc, tier, pos FROM (SELECT doc, ${score} AS tier, pos FROM scored) WHERE tier IS NOT NULL`;
}

const anyOf = (keys: string[]) => sql`(${sql.join(keys.map((key) => sql`${key}`), sql`, `)})`;
const keyExists = (keys: string[]) => sql`EXISTS (SELECT 1 FROM search_keys k WHERE k.key IN ${anyOf(keys)} AND k.doc = d.doc)`;

/** A place word as written, folded or transliterated (Duesseldorf = Düsseldorf, Charkow = Харьков). */
function placeWordKeys(word: string): string[] {
  return wordKeys(word).filter((k) => k.tier <= TIER.transliteration).map((k) => PLACE_NAMESPACE + k.key);
}

/** The index keys the place, country, nationality and organisation filters require (any key of each group). */
function requiredKeys(p: SearchParams): string[][] {
  return [
    ...nameWords(p.place ?? "").slice(0, 5).map(placeWordKeys),
    ...(p.country ? [[`c:${p.country.toLowerCase()}`]] : []),
    ...(p.nationality ? [[tagKey("n", p.nationality)]] : []),
    ...(p.organisation ? [[tagKey("o", p.organisation)]] : []),
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
  const [keys] = requiredKeys(p);
  if (keys) return sql`SELECT DISTINCT k.doc AS doc, 0 AS tier, -1 AS pos FROM search_keys k WHERE k.key IN ${anyOf(keys)}`;
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
    FROM (${matchedDocs(plan, scope)}) m JOIN search_docs d ON d.doc = m.doc
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
    WITH f AS (SELECT d.* FROM (${plan ? matchedDocs(plan, { maxTier: TIER.text, drive }) : filteredDocs(p)}) m JOIN search_docs d ON d.doc = m.doc ${where} LIMIT ${FACET_CAP})
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
