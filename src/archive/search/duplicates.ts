/**
 * "Is this who you mean?": published memorials and pending submissions whose names resemble the
 * names of a new entry — by spelling, transliteration or sound (src/domain/names/name-keys.ts) — ranked by
 * whether their birth and death dates fit the entry's (src/archive/search/life-dates.ts), then by how
 * closely the name matches. Used by the moderation review page (every pending entry, with its
 * names and dates) and by the submission form (before a descendant starts, by name only), where
 * a contributor sees their own pending entries and learns of anyone else's only that one exists:
 * unreviewed entries are not public, not even their names (issue 18). Pending names are
 * compared in memory, so pending text never enters the public index.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { nameWords } from "../../domain/names/name-fold";
import { TIER, wordKeys } from "../../domain/names/name-keys";
import { compareLifeDates, DATE_MATCH_RANK, type DateMatch, type LifeDates } from "./life-dates";
import { planSearch } from "./search-plan";

export interface DuplicateCandidate {
  kind: "memorial" | "pending";
  /** Memorial id, or revision id for a pending submission. */
  id: string;
  slug: string | null;
  name: string;
  birth: string | null;
  death: string | null;
  matchedName: string;
  /** How the candidate's birth and death dates fit the entry's (`unknown` when either has none). */
  dateMatch: DateMatch;
}

export interface DuplicateQuery {
  names: string[];
  /** The entry's birth and death dates (EDTF); without them candidates rank by name alone. */
  life?: LifeDates;
  /** Every pending new entry, with its names and dates: for moderators only. */
  includePending: boolean;
  excludeMemorialId?: string;
  excludeRevisionId?: string;
  limit?: number;
}

/** A candidate before ranking: how well its best name matched (a TIER). */
type Ranked = DuplicateCandidate & { tier: number };
type PendingMatch = Omit<Ranked, "dateMatch"> & { submitterId: string };

/** What a contributor may see: published candidates and their own pending entries by name. */
export interface ContributorDuplicates {
  candidates: DuplicateCandidate[];
  /** Someone else has sent an entry of a similar name that is still under review. */
  othersPending: boolean;
}

/** Only name keys up to "sounds like": prefixes and full text would suggest too much. */
const MAX_TIER = TIER.phonetic;
/** The moderation queue is small; the newest pending entries are compared in memory. */
const PENDING_SCAN = 500;
/** Published name matches ranked by dates; a common name beyond this keeps its best-named ones. */
const PUBLISHED_POOL = 200;

type QueryKey = [name: number, word: number, key: string, tier: number];

function queryKeys(names: string[]): QueryKey[] {
  return names.slice(0, 10).flatMap((name, n) =>
    (planSearch(name)?.keys ?? []).filter(([, , tier]) => tier <= MAX_TIER).map(([w, key, tier]): QueryKey => [n, w, key, tier]),
  );
}

async function publishedCandidates(db: Database, keys: QueryKey[], excludeMemorialId: string | undefined, limit: number) {
  return db.all<Omit<Ranked, "kind" | "dateMatch">>(sql`
    WITH qk(name, word, key, tier) AS MATERIALIZED (SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(${JSON.stringify(keys)})),
    words(name, n) AS (SELECT name, count(DISTINCT word) FROM qk GROUP BY name),
    hits AS (SELECT k.doc, qk.name, qk.word, min(max(qk.tier, k.tier)) AS tier, k.pos
      FROM qk JOIN search_keys k ON k.key = qk.key GROUP BY k.doc, qk.name, qk.word),
    per_name AS (SELECT h.doc, max(h.tier) AS tier, h.pos FROM hits h JOIN words w ON w.name = h.name
      GROUP BY h.doc, h.name HAVING count(*) = max(w.n)),
    best AS (SELECT doc, min(tier) AS tier, pos FROM per_name GROUP BY doc)
    SELECT m.id, m.slug, m.display_name AS name, m.birth_edtf AS birth, m.death_edtf AS death,
      coalesce(n.display, m.display_name) AS matchedName, b.tier AS tier
    FROM best b JOIN search_docs d ON d.doc = b.doc
    JOIN memorials m ON m.id = d.memorial_id AND m.status = 'published' AND m.id != ${excludeMemorialId ?? ""}
    LEFT JOIN memorial_names n ON n.memorial_id = m.id AND n.position = b.pos
    ORDER BY b.tier, d.sort_name, d.doc
    LIMIT ${limit}`);
}

/** Pending names that meet every word of one of the query's names, with their best tier. */
async function pendingCandidates(db: Database, keys: QueryKey[], excludeRevisionId?: string): Promise<PendingMatch[]> {
  const rows = await db.all<{ id: string; submitterId: string; name: string; names: string | null; birth: unknown; death: unknown }>(sql`
    SELECT id, submitter_id AS submitterId, display_name AS name, json_extract(document, '$.names') AS names,
      (SELECT e.value ->> '$.date.edtf' FROM json_each(document, '$.events') e
        WHERE e.value ->> '$.type' = 'birth' ORDER BY e.key LIMIT 1) AS birth,
      (SELECT e.value ->> '$.date.edtf' FROM json_each(document, '$.events') e
        WHERE e.value ->> '$.type' IN ('death', 'execution') ORDER BY e.key LIMIT 1) AS death
    FROM revisions
    WHERE status IN ('pending', 'in_review', 'changes_requested') AND kind = 'new' AND id != ${excludeRevisionId ?? ""}
    ORDER BY updated_at DESC LIMIT ${PENDING_SCAN}`);
  const wanted = new Map<number, Map<number, Map<string, number>>>();
  for (const [name, word, key, tier] of keys) {
    const words = wanted.get(name) ?? new Map<number, Map<string, number>>();
    words.set(word, (words.get(word) ?? new Map()).set(key, tier));
    wanted.set(name, words);
  }
  const found: PendingMatch[] = [];
  for (const row of rows) {
    let best: { form: string; tier: number } | undefined;
    for (const form of [row.name, ...pendingNameForms(row.names)].filter(Boolean)) {
      const tier = formTier(form, wanted);
      if (tier !== undefined && (!best || tier < best.tier)) best = { form, tier };
    }
    if (!best) continue;
    found.push({
      kind: "pending", id: row.id, submitterId: row.submitterId, slug: null, name: row.name || best.form, matchedName: best.form, tier: best.tier,
      birth: typeof row.birth === "string" ? row.birth : null, death: typeof row.death === "string" ? row.death : null,
    });
  }
  return found;
}

/**
 * How well one name form meets the query: for each query name, every word must share a key
 * with the form (the word counts at its weaker side's tier, the name at its weakest word's);
 * the best query name wins. Undefined when no query name is met.
 */
function formTier(form: string, wanted: Map<number, Map<number, Map<string, number>>>): number | undefined {
  const formKeys = new Map<string, number>();
  for (const { key, tier } of nameWords(form).flatMap((w) => wordKeys(w))) {
    if (tier <= MAX_TIER) formKeys.set(key, Math.min(tier, formKeys.get(key) ?? tier));
  }
  let best: number | undefined;
  for (const words of wanted.values()) {
    let nameTier = -1;
    for (const wordKeysWanted of words.values()) {
      let wordTier = Infinity;
      for (const [key, tier] of wordKeysWanted) {
        const have = formKeys.get(key);
        if (have !== undefined) wordTier = Math.min(wordTier, Math.max(tier, have));
      }
      nameTier = Math.max(nameTier, wordTier);
    }
    if (nameTier !== Infinity && nameTier >= 0 && (best === undefined || nameTier < best)) best = nameTier;
  }
  return best;
}

function pendingNameForms(json: string | null): string[] {
  try {
    const names: unknown = JSON.parse(json ?? "[]");
    if (!Array.isArray(names)) return [];
    return names.flatMap((n) => (n && typeof n === "object" && typeof (n as { display?: unknown }).display === "string" ? [(n as { display: string }).display] : []));
  } catch {
    return [];
  }
}

/** Best first: dates that agree, then the closer name, published before pending, then by name. */
function ranked(candidates: Ranked[], limit: number): DuplicateCandidate[] {
  return candidates
    .sort(
      (a, b) =>
        DATE_MATCH_RANK[a.dateMatch] - DATE_MATCH_RANK[b.dateMatch] ||
        a.tier - b.tier ||
        Number(a.kind === "pending") - Number(b.kind === "pending") ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit)
    .map(({ tier: _tier, ...candidate }) => candidate);
}

async function rankedPublished(db: Database, keys: QueryKey[], life: LifeDates, excludeMemorialId?: string): Promise<Ranked[]> {
  const rows = await publishedCandidates(db, keys, excludeMemorialId, PUBLISHED_POOL);
  return rows.map((c): Ranked => ({ kind: "memorial", ...c, dateMatch: compareLifeDates(life, c) }));
}

/**
 * Possible duplicates of an entry for a moderator, best first: dates that agree, then close,
 * unknown, and conflicting last; within each, the closer name match (exact before folded,
 * transliterated, phonetic), published memorials before pending ones, then by name.
 * @example findPossibleDuplicates(db, { names: ["Max Zucker"], life: { birth: null, death: "1941-10-23" }, includePending: true })
 */
export async function findPossibleDuplicates(db: Database, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const keys = queryKeys(query.names);
  if (keys.length === 0) return [];
  const life = query.life ?? { birth: null, death: null };
  const published = await rankedPublished(db, keys, life, query.excludeMemorialId);
  const pending = query.includePending
    ? (await pendingCandidates(db, keys, query.excludeRevisionId)).map(
        ({ submitterId: _submitter, ...c }): Ranked => ({ ...c, dateMatch: compareLifeDates(life, c) }),
      )
    : [];
  return ranked([...published, ...pending], query.limit ?? 10);
}

/**
 * The duplicate hint of the submission form: published memorials, the contributor's own pending
 * entries by name (without dates), and only whether anyone else's resemble the name.
 * @example findDuplicatesForContributor(db, ["Max Zucker"], user.id)
 */
export async function findDuplicatesForContributor(db: Database, names: string[], contributorId: string, limit = 10): Promise<ContributorDuplicates> {
  const keys = queryKeys(names);
  if (keys.length === 0) return { candidates: [], othersPending: false };
  const unknownLife = { birth: null, death: null };
  const published = await rankedPublished(db, keys, unknownLife);
  const pending = await pendingCandidates(db, keys);
  const own = pending
    .filter((c) => c.submitterId === contributorId)
    .map(({ submitterId: _submitter, ...c }): Ranked => ({ ...c, birth: null, death: null, dateMatch: "unknown" }));
  return {
    candidates: ranked([...published, ...own], limit),
    othersPending: pending.some((c) => c.submitterId !== contributorId),
  };
}
