/**
 * "Is this who you mean?": published memorials and pending submissions whose names resemble the
 * names of a new entry. Used by the submission form (before a descendant starts) and by the
 * moderation review page. Pending matches carry only the name and state — never their content.
 *
 * This first version compares folded family names and given names; the search feature replaces
 * the matching with its phonetic and transliteration index behind the same signature.
 */
import { and, eq, inArray, like, ne, or, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { memorialNames, memorials, revisions } from "../db/schema";
import { asciiFold } from "../lib/transliterate";

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

/** The longest word of a name, folded: usually the family name. */
function keyWord(name: string): string | null {
  const words = asciiFold(name).split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return words.sort((a, b) => b.length - a.length)[0] ?? null;
}

export async function findPossibleDuplicates(db: Database, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const limit = query.limit ?? 10;
  const words = [...new Set(query.names.map(keyWord).filter((w): w is string => w !== null))].slice(0, 10);
  if (words.length === 0) return [];
  const nameMatches = or(...words.map((w) => like(sql`lower(${memorialNames.display})`, `%${w}%`)));
  const published = await db
    .select({
      id: memorials.id,
      slug: memorials.slug,
      name: memorials.displayName,
      birth: memorials.birthEdtf,
      death: memorials.deathEdtf,
      matchedName: memorialNames.display,
    })
    .from(memorialNames)
    .innerJoin(memorials, eq(memorials.id, memorialNames.memorialId))
    .where(and(nameMatches, eq(memorials.status, "published"), query.excludeMemorialId ? ne(memorials.id, query.excludeMemorialId) : undefined))
    .limit(limit * 3);
  const candidates = new Map<string, DuplicateCandidate>();
  for (const row of published) {
    if (!candidates.has(row.id)) candidates.set(row.id, { kind: "memorial", ...row });
  }
  if (query.includePending) {
    const pending = await db
      .select({ id: revisions.id, name: revisions.displayName })
      .from(revisions)
      .where(
        and(
          inArray(revisions.status, ["pending", "in_review", "changes_requested"]),
          eq(revisions.kind, "new"),
          or(...words.map((w) => like(sql`lower(${revisions.displayName})`, `%${w}%`))),
          query.excludeRevisionId ? ne(revisions.id, query.excludeRevisionId) : undefined,
        ),
      )
      .limit(limit);
    for (const row of pending) {
      candidates.set(row.id, { kind: "pending", id: row.id, slug: null, name: row.name, birth: null, death: null, matchedName: row.name });
    }
  }
  return [...candidates.values()].slice(0, limit);
}
