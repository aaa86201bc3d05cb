/**
 * `searchMemorials`: one page of published memorials for a search, with why each matched, the
 * life dates and places that tell namesakes apart, facet counts and the next cursor.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { EVENT_TYPES, MARKER_KINDS, PERSECUTORS } from "../../domain/person-document";
import { TIER } from "../../domain/names/name-keys";
import { confirmedKeys } from "./phonetic-confirmation";
import {
  drivingWord,
  FACET_CAP,
  facetCountsSql,
  matchPageSql,
  PARTIAL_STEP,
  planningSql,
  RANK_GROUP,
  type CursorKey,
  type FacetRow,
  type MatchRow,
  type MatchScope,
  type PlanningRow,
} from "./search.queries";
import type { SearchParams, Sort } from "./search-params";
import { planSearch, withConfirmedKeys } from "./search-plan";

export const MATCH_KINDS = ["exact", "folded", "transliteration", "given-name", "phonetic", "prefix", "place", "text"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  id: string;
  slug: string;
  name: string;
  birth: string | null;
  death: string | null;
  summary: string;
  summaryLang: string | null;
  birthPlace: string | null;
  deathPlace: string | null;
  match: {
    kind: MatchKind;
    name: string | null;
    nameKind: string | null;
    primary: boolean;
    /** Which part of the name matched: "family" or "given" (null for places and text). */
    part: "family" | "given" | null;
    /** How many of the query's words this memorial matches (fewer than `words`: a partial match). */
    wordsMatched: number;
    words: number;
  };
}

export interface Facets {
  total: number;
  capped: boolean;
  fate: Array<[string, number]>;
  persecutor: Array<[string, number]>;
  marker: Array<[string, number]>;
  country: Array<[string, number]>;
  nationality: Array<[string, number]>;
  organisation: Array<[string, number]>;
}

export interface SearchResult {
  sort: Sort;
  items: SearchHit[];
  nextCursor: string | null;
  facets: Facets | null;
}

interface HitRow {
  id: string;
  slug: string;
  name: string;
  birth: string | null;
  death: string | null;
  summary: string;
  summaryLang: string | null;
  matchedName: string | null;
  matchedKind: string | null;
  matchedPrimary: number | null;
  birthPlace: string | null;
  deathPlace: string | null;
}

/** Runs one statement and returns its rows: D1 in the Worker, node:sqlite in the benchmark. */
export type Execute = <T>(query: SQL) => Promise<T[]>;

export const executeOn = (db: Database): Execute => (query) => db.all(query);

/**
 * One page of matches with what the result list shows, in one statement (one D1 round trip): the
 * display columns are read for the page's rows only. Both fixes below are for SQLite without
 * statistics (docs/decisions.md): `+e.type` keeps the places' lookups on the memorial's own
 * events (else it walks every birth in the archive for each row), and CROSS JOIN keeps the page
 * first (else `status = 'published'` looks narrow and it reads every published memorial).
 */
export function pageSql(match: SQL): SQL {
  return sql`
    SELECT p.doc, p.tier, p.pos, p.memorialId, p.k1, p.k2,
      m.id, m.slug, m.display_name AS name, m.birth_edtf AS birth, m.death_edtf AS death,
      m.summary, m.summary_lang AS summaryLang, n.display AS matchedName, n.kind AS matchedKind,
      n.is_primary AS matchedPrimary,
      (SELECT coalesce(e.place_modern_name, e.place_name) FROM memorial_events e
        WHERE e.memorial_id = m.id AND +e.type = 'birth' ORDER BY e.position LIMIT 1) AS birthPlace,
      (SELECT coalesce(e.place_modern_name, e.place_name) FROM memorial_events e
        WHERE e.memorial_id = m.id AND +e.type IN ('death', 'execution') ORDER BY e.position LIMIT 1) AS deathPlace
    FROM (${match}) p
    CROSS JOIN memorials m ON m.id = p.memorialId AND m.status = 'published'
    LEFT JOIN memorial_names n ON n.memorial_id = m.id AND n.position = p.pos >> 2
    ORDER BY p.k1, p.k2, p.doc`;
}

function cursorShape(sort: Sort): Array<"string" | "number"> {
  return ["number", sort === "date" ? "number" : "string", "number"];
}

/** The sort a search uses: relevance when words were typed, otherwise name. */
export function effectiveSort(p: SearchParams): Sort {
  return p.sort ?? (p.q ? "relevance" : "name");
}

/** What a rank (search.queries.ts, RANK_GROUP) says about the match. */
function kindOfRank(rank: number): MatchKind {
  const group = Math.floor((rank % PARTIAL_STEP) / RANK_GROUP);
  if (group <= 1) return rank & 2 ? "folded" : "exact";
  return (["transliteration", "given-name", "phonetic", "prefix", "place", "text"] as const)[group - 2] ?? "text";
}

/**
 * The statements of one search, in order: the planning statement (word counts, to start from the
 * rarest word, and the spellings behind phonetic codes, to confirm them) alongside the first page
 * of a one-word search; then the page of matches — first among exact, folded, transliterated
 * and given-name matches only, widened to every tier when that does not fill the page — with the
 * facets alongside; and, when nothing matches every word, the partial matches (recovery).
 */
export async function searchMemorials(db: Database | Execute, p: SearchParams, options = { facets: true }): Promise<SearchResult> {
  const run: Execute = typeof db === "function" ? db : executeOn(db);
  let plan = planSearch(p.q);
  const sort: Sort = !plan && p.sort === "relevance" ? "name" : effectiveSort(p);
  const after = p.cursor ? (decodeCursor(p.cursor, cursorShape(sort)) as CursorKey) : undefined;
  const relevance = !!plan && sort === "relevance";
  const multiWord = !!plan && plan.words.length > 1;
  const partialOnly = relevance && multiWord && !!after && after[0] >= PARTIAL_STEP;
  const exactFirst = relevance && (!after || after[0] < TIER.phonetic * RANK_GROUP);
  const pageOf = (scope: MatchScope) => run<MatchRow & HitRow>(pageSql(matchPageSql(plan, p, sort, after, scope)));
  // A one-word search drives from its only word: its first page needs no planning.
  const early = exactFirst && !multiWord ? pageOf({ maxTier: TIER.givenName, drive: 0 }) : null;
  let drive = 0;
  if (plan && (multiWord || plan.phonetic.length > 0)) {
    const rows = await run<PlanningRow>(planningSql(plan));
    if (multiWord) drive = drivingWord(plan, rows.filter((r) => Number(r.spelling) === 0));
    const spellings = rows.filter((r) => Number(r.spelling) === 1 && r.key !== null).map((r) => ({ code: Number(r.word), key: r.key! }));
    plan = withConfirmedKeys(plan, confirmedKeys(plan, spellings));
  }
  const facetRows = options.facets ? run<FacetRow>(facetCountsSql(plan, p, drive)) : Promise.resolve(null);
  let rows: Array<MatchRow & HitRow> = [];
  if (!partialOnly) {
    rows = exactFirst ? await (early ?? pageOf({ maxTier: TIER.givenName, drive })) : [];
    if (!exactFirst || rows.length <= p.limit) rows = await pageOf({ maxTier: TIER.text, drive });
  }
  // Recovery only instead of nothing: partial matches never trail a list of full ones.
  if (partialOnly || (relevance && multiWord && !after && rows.length === 0)) rows = await pageOf({ maxTier: TIER.text, drive, partial: true });
  const page = rows.slice(0, p.limit);
  const words = plan?.words.length ?? 0;
  const items = page.map((row): SearchHit => {
    const named = row.pos >= 0 && row.matchedName !== null;
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      birth: row.birth,
      death: row.death,
      summary: row.summary,
      summaryLang: row.summaryLang,
      birthPlace: row.birthPlace,
      deathPlace: row.deathPlace,
      match: {
        kind: plan ? kindOfRank(row.tier) : "exact",
        name: named ? row.matchedName : null,
        nameKind: named ? row.matchedKind : null,
        primary: !named || row.matchedPrimary === 1,
        part: plan && row.pos >= 0 ? (row.pos & 1 ? "given" : "family") : null,
        wordsMatched: plan ? words - Math.floor(row.tier / PARTIAL_STEP) : 0,
        words,
      },
    };
  });
  const last = page[page.length - 1];
  const facets = await facetRows;
  return {
    sort,
    items,
    nextCursor: rows.length > p.limit && last ? encodeCursor([last.k1, last.k2, last.doc]) : null,
    facets: facets ? shapeFacets(facets) : null,
  };
}

function shapeFacets(rows: FacetRow[]): Facets {
  const pick = (facet: FacetRow["facet"], names?: readonly string[]) =>
    rows
      .filter((r) => r.facet === facet)
      .map((r): [string, number] => [names ? names[Number(r.value)]! : String(r.value), r.n])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = rows.find((r) => r.facet === "total")?.n ?? 0;
  return {
    total,
    capped: total >= FACET_CAP,
    fate: pick("fate", EVENT_TYPES),
    persecutor: pick("persecutor", PERSECUTORS),
    marker: pick("marker", MARKER_KINDS),
    country: pick("country").slice(0, 30),
    nationality: pick("nationality").slice(0, 30),
    organisation: pick("organisation").slice(0, 30),
  };
}
