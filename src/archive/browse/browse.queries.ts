/**
 * Browsing reads the projected read tables (memorial_events, memorial_places, memorial_markers,
 * memorial_names), always joined to memorials with status = 'published': withheld and merged
 * memorials have no read-table rows, and the join keeps it so even if one were left behind.
 */
import { and, asc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialNames, memorials } from "../../platform/db/schema";

export type MemorialListRow = typeof memorials.$inferSelect;

export interface MemorialPage {
  items: MemorialListRow[];
  /** [sortName, id] of the last item when there is a next page. */
  next: [string, string] | null;
}

/** One page, in name order, of the published memorials that meet `condition`. */
export async function pageOfMemorials(
  db: Database,
  condition: SQL | undefined,
  limit: number,
  after?: [string, string],
): Promise<MemorialPage> {
  const afterCursor = after
    ? or(gt(memorials.sortName, after[0]), and(eq(memorials.sortName, after[0]), gt(memorials.id, after[1])))
    : undefined;
  const rows = await db
    .select()
    .from(memorials)
    .where(and(eq(memorials.status, "published"), condition, afterCursor))
    .orderBy(asc(memorials.sortName), asc(memorials.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? [last.sortName, last.id] : null };
}

/** Memorials with at least one event of one of these types. */
export const hasEventOfType = (types: readonly string[]) =>
  sql`EXISTS (SELECT 1 FROM memorial_events e WHERE e.memorial_id = ${memorials.id} AND e.type IN ${types})`;

/** Memorials with an event of these types dated within one calendar year. */
export function hasEventInYear(types: readonly string[], year: number) {
  const first = Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
  const last = Math.floor(Date.UTC(year, 11, 31) / 86_400_000);
  return sql`EXISTS (SELECT 1 FROM memorial_events e WHERE e.memorial_id = ${memorials.id}
    AND e.type IN ${types} AND e.earliest_day >= ${first} AND e.latest_day <= ${last})`;
}

/** Memorials that name a place (by today's name, or the historical one when there is none). */
export const namesPlace = (key: string) =>
  sql`EXISTS (SELECT 1 FROM memorial_places p WHERE p.memorial_id = ${memorials.id}
    AND coalesce(p.modern_name, p.name) = ${key})`;

/** Memorials filed under a letter of the index; "#" is everything outside a–z. */
export function filedUnder(letter: string) {
  if (letter === "#") return sql`NOT (${memorials.sortName} >= 'a' AND ${memorials.sortName} < '{')`;
  const next = String.fromCharCode(letter.charCodeAt(0) + 1);
  return sql`${memorials.sortName} >= ${letter} AND ${memorials.sortName} < ${next}`;
}

/** The names of these memorials, for "Family, Given" and the forms in other scripts. */
export function namesOf(db: Database, memorialIds: string[]) {
  if (memorialIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(memorialNames)
    .where(inArray(memorialNames.memorialId, memorialIds.slice(0, 90)))
    .orderBy(asc(memorialNames.memorialId), asc(memorialNames.position));
}
