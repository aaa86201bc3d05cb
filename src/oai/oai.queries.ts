/**
 * Records for OAI-PMH: every memorial that was ever public, from `memorial_changes` (kept by
 * triggers). Published ones are live records; withheld and merged ones are deleted records with
 * the datestamp of their withdrawal. Pending content never has a row there.
 */
import { and, asc, count, eq, gt, gte, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { memorialChanges } from "../db/schema";

export const OAI_PAGE_SIZE = 100;

export interface OaiHeaderRow {
  memorialId: string;
  changedAt: number;
  deleted: boolean;
}

function rangeWhere(range: { from: number | null; untilBefore: number | null }): SQL[] {
  return [
    ...(range.from !== null ? [gte(memorialChanges.changedAt, range.from)] : []),
    ...(range.untilBefore !== null ? [lt(memorialChanges.changedAt, range.untilBefore)] : []),
  ];
}

const toHeader = (r: typeof memorialChanges.$inferSelect): OaiHeaderRow => ({
  memorialId: r.memorialId,
  changedAt: r.changedAt,
  deleted: r.status !== "published",
});

export async function listHeaders(
  db: Database,
  range: { from: number | null; untilBefore: number | null },
  after: [number, string] | null,
  limit = OAI_PAGE_SIZE,
): Promise<OaiHeaderRow[]> {
  const afterWhere = after
    ? or(gt(memorialChanges.changedAt, after[0]), and(eq(memorialChanges.changedAt, after[0]), gt(memorialChanges.memorialId, after[1])))
    : undefined;
  const rows = await db
    .select()
    .from(memorialChanges)
    .where(and(...rangeWhere(range), afterWhere))
    .orderBy(asc(memorialChanges.changedAt), asc(memorialChanges.memorialId))
    .limit(limit);
  return rows.map(toHeader);
}

export async function countHeaders(db: Database, range: { from: number | null; untilBefore: number | null }) {
  const row = await db.select({ n: count() }).from(memorialChanges).where(and(...rangeWhere(range))).get();
  return row?.n ?? 0;
}

export async function findHeader(db: Database, memorialId: string): Promise<OaiHeaderRow | null> {
  const row = await db.select().from(memorialChanges).where(eq(memorialChanges.memorialId, memorialId)).get();
  return row ? toHeader(row) : null;
}

export async function earliestDatestamp(db: Database): Promise<number> {
  const row = await db.select({ first: memorialChanges.changedAt }).from(memorialChanges).orderBy(asc(memorialChanges.changedAt)).limit(1).get();
  return row?.first ?? Date.now();
}
