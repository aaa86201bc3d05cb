/**
 * `searchMemorials`: one page of published memorials for a search, with why each matched, the
 * life dates and places that tell namesakes apart, facet counts and the next cursor.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { EVENT_TYPES, MARKER_KINDS, PERSECUTORS } from "../../domain/person-document";
import { TIER } from "../../domain/names/name-keys";
import { drivingWord, FACET_CAP, facetCountsSql, matchPageSql, wordCountsSql, type CursorKey, type FacetRow, type MatchRow } from "./search.queries";
import type { SearchParams, Sort } from "./search-params";
import { planSearch } from "./search-plan";

export const MATCH_KINDS = ["exact", "folded", "transliteration", "phonetic", "prefix", "text"] as const;
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
  match: { kind: MatchKind; name: string | null; nameKind: string | null; primary: boolean };
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
    LEFT JOIN memorial_names n ON n.memorial_id = m.id AND n.position = p.pos
    ORDER BY p.k1, p.k2, p.doc`;
}

function cursorShape(sort: Sort): Array<"string" | "number"> {
  return ["number", sort === "date" ? "number" : "string", "number"];
}

/** The sort a search uses: relevance when words were typed, otherwise name. */
export function effectiveSort(p: SearchParams): Sort {
  return p.sort ?? (p.q ? "relevance" : "name");
}

/**
 * The statements of one search, in order: word counts (to start from the rarest word), the page
 * of matches — first among exact, folded and transliterated matches only, widened to every tier when that does
 * not fill the page — and the display rows of the page; facets alongside when asked for.
 */
export async function searchMemorials(db: Database | Execute, p: SearchParams, options = { facets: true }): Promise<SearchResult> {
  const run: Execute = typeof db === "function" ? db : executeOn(db);
  const plan = planSearch(p.q);
  const sort: Sort = !plan && p.sort === "relevance" ? "name" : effectiveSort(p);
  const after = p.cursor ? (decodeCursor(p.cursor, cursorShape(sort)) as CursorKey) : undefined;
  const drive = plan && plan.words.length > 1 ? drivingWord(plan, await run<{ word: number; n: number }>(wordCountsSql(plan))) : 0;
  const facetRows = options.facets ? run<FacetRow>(facetCountsSql(plan, p, drive)) : Promise.resolve(null);
  // Ranks are 2 × tier (+ 1 for words found in different names), see matchedDocs.
  const exactFirst = plan && sort === "relevance" && (!after || after[0] <= 2 * TIER.transliteration + 1);
  const pageOf = (maxTier: number) => run<MatchRow & HitRow>(pageSql(matchPageSql(plan, p, sort, after, { maxTier, drive })));
  let rows = exactFirst ? await pageOf(TIER.transliteration) : [];
  if (!exactFirst || rows.length <= p.limit) rows = await pageOf(TIER.text);
  const page = rows.slice(0, p.limit);
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
        kind: plan ? MATCH_KINDS[row.tier >> 1]! : "exact",
        name: named ? row.matchedName : null,
        nameKind: named ? row.matchedKind : null,
        primary: !named || row.matchedPrimary === 1,
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
