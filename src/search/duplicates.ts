/**
 * "Is this who you mean?": published memorials and pending submissions whose names resemble the
 * names of a new entry — by spelling, transliteration or sound (src/lib/name-keys.ts). Used by the
 * submission form (before a descendant starts) and by the moderation review page. Pending matches
 * carry only the name and state — never their content; their names are compared in memory, so
 * pending text never enters the public index.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { nameWords } from "../lib/name-fold";
import { TIER, wordKeys } from "../lib/name-keys";
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
}

export interface DuplicateQuery {
  names: string[];
  includePending: boolean;
  excludeMemorialId?: string;
  excludeRevisionId?: string;
  limit?: number;
}

/** Only name keys up to "sounds like": prefixes and full text would suggest too much. */
const MAX_TIER = TIER.phonetic;
/** The moderation queue is small; the newest pending entries are compared in memory. */
const PENDING_SCAN = 500;

type QueryKey = [name: number, word: number, key: string, tier: number];

function queryKeys(names: string[]): QueryKey[] {
  return names.slice(0, 10).flatMap((name, n) =>
    (planSearch(name)?.keys ?? []).filter(([, , tier]) => tier <= MAX_TIER).map(([w, key, tier]): QueryKey => [n, w, key, tier]),
  );
}

async function publishedCandidates(db: Database, keys: QueryKey[], query: DuplicateQuery, limit: number) {
  return db.all<Omit<DuplicateCandidate, "kind">>(sql`
    WITH qk(name, word, key, tier) AS MATERIALIZED (SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(${JSON.stringify(keys)})),
    words(name, n) AS (SELECT name, count(DISTINCT word) FROM qk GROUP BY name),
    hits AS (SELECT k.doc, qk.name, qk.word, min(max(qk.tier, k.tier)) AS tier, k.pos
      FROM qk JOIN search_keys k ON k.key = qk.key GROUP BY k.doc, qk.name, qk.word),
    per_name AS (SELECT h.doc, max(h.tier) AS tier, h.pos FROM hits h JOIN words w ON w.name = h.name
      GROUP BY h.doc, h.name HAVING count(*) = max(w.n)),
    best AS (SELECT doc, min(tier) AS tier, pos FROM per_name GROUP BY doc)
    SELECT m.id, m.slug, m.display_name AS name, m.birth_edtf AS birth, m.death_edtf AS death,
      coalesce(n.display, m.display_name) AS matchedName
    FROM best b JOIN search_docs d ON d.doc = b.doc
    JOIN memorials m ON m.id = d.memorial_id AND m.status = 'published' AND m.id != ${query.excludeMemorialId ?? ""}
    LEFT JOIN memorial_names n ON n.memorial_id = m.id AND n.position = b.pos
    ORDER BY b.tier, d.sort_name, d.doc
    LIMIT ${limit}`);
}

/** Pending names that meet every word of one of the query's names. */
async function pendingCandidates(db: Database, keys: QueryKey[], query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const rows = await db.all<{ id: string; name: string; names: string | null }>(sql`
    SELECT id, display_name AS name, json_extract(document, '$.names') AS names FROM revisions
    WHERE status IN ('pending', 'in_review', 'changes_requested') AND kind = 'new' AND id != ${query.excludeRevisionId ?? ""}
    ORDER BY updated_at DESC LIMIT ${PENDING_SCAN}`);
  const wanted = new Map<number, Map<number, Set<string>>>();
  for (const [name, word, key] of keys) {
    const words = wanted.get(name) ?? new Map<number, Set<string>>();
    words.set(word, (words.get(word) ?? new Set()).add(key));
    wanted.set(name, words);
  }
  const found: DuplicateCandidate[] = [];
  for (const row of rows) {
    const forms = [row.name, ...pendingNameForms(row.names)].filter(Boolean);
    const matched = forms.find((form) => {
      const formKeys = new Set(nameWords(form).flatMap((w) => wordKeys(w).filter((k) => k.tier <= MAX_TIER).map((k) => k.key)));
      return [...wanted.values()].some((words) => [...words.values()].every((ks) => [...ks].some((k) => formKeys.has(k))));
    });
    if (matched) found.push({ kind: "pending", id: row.id, slug: null, name: row.name || matched, birth: null, death: null, matchedName: matched });
  }
  return found;
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

export async function findPossibleDuplicates(db: Database, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const limit = query.limit ?? 10;
  const keys = queryKeys(query.names);
  if (keys.length === 0) return [];
  const published = (await publishedCandidates(db, keys, query, limit)).map((c): DuplicateCandidate => ({ kind: "memorial", ...c }));
  const pending = query.includePending ? await pendingCandidates(db, keys, query) : [];
  return [...published, ...pending].slice(0, limit);
}
