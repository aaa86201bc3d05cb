/**
 * Records for OAI-PMH: every memorial that was ever public, from `memorial_changes` (kept by
 * triggers). Published ones are live records; withheld and merged ones are deleted records with
 * the datestamp of their withdrawal. Pending content never has a row there. A list restricted to
 * a set reads `memorial_sets`, whose rows carry the same datestamps, along its own index.
 */
import { and, asc, count, eq, gt, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialChanges, memorialSets, oaiSets } from "../../platform/db/schema";

export const OAI_PAGE_SIZE = 100;

export interface OaiHeaderRow {
  memorialId: string;
  changedAt: number;
  deleted: boolean;
}

export interface ListSelection {
  from: number | null;
  untilBefore: number | null;
  set: string | null;
}

type Columns = { changedAt: typeof memorialChanges.changedAt | typeof memorialSets.changedAt; memorialId: typeof memorialChanges.memorialId | typeof memorialSets.memorialId };

function selectionWhere(columns: Columns, selection: ListSelection, after: [number, string] | null): SQL | undefined {
  return and(
    ...(selection.from !== null ? [gte(columns.changedAt, selection.from)] : []),
    ...(selection.untilBefore !== null ? [lt(columns.changedAt, selection.untilBefore)] : []),
    ...(selection.set !== null ? [eq(memorialSets.setSpec, selection.set)] : []),
    ...(after ? [or(gt(columns.changedAt, after[0]), and(eq(columns.changedAt, after[0]), gt(columns.memorialId, after[1])))!] : []),
  );
}

export async function listHeaders(db: Database, selection: ListSelection, after: [number, string] | null, limit = OAI_PAGE_SIZE): Promise<OaiHeaderRow[]> {
  if (selection.set === null) {
    const rows = await db
      .select()
      .from(memorialChanges)
      .where(selectionWhere(memorialChanges, selection, after))
      .orderBy(asc(memorialChanges.changedAt), asc(memorialChanges.memorialId))
      .limit(limit);
    return rows.map((r) => ({ memorialId: r.memorialId, changedAt: r.changedAt, deleted: r.status !== "published" }));
  }
  const rows = await db
    .select({ memorialId: memorialSets.memorialId, changedAt: memorialSets.changedAt, status: memorialChanges.status })
    .from(memorialSets)
    .innerJoin(memorialChanges, eq(memorialChanges.memorialId, memorialSets.memorialId))
    .where(selectionWhere(memorialSets, selection, after))
    .orderBy(asc(memorialSets.changedAt), asc(memorialSets.memorialId))
    .limit(limit);
  return rows.map((r) => ({ memorialId: r.memorialId, changedAt: r.changedAt, deleted: r.status !== "published" }));
}

export async function countHeaders(db: Database, selection: ListSelection): Promise<number> {
  const row =
    selection.set === null
      ? await db.select({ n: count() }).from(memorialChanges).where(selectionWhere(memorialChanges, selection, null)).get()
      : await db.select({ n: count() }).from(memorialSets).where(selectionWhere(memorialSets, selection, null)).get();
  return row?.n ?? 0;
}

export async function findHeader(db: Database, memorialId: string): Promise<OaiHeaderRow | null> {
  const row = await db.select().from(memorialChanges).where(eq(memorialChanges.memorialId, memorialId)).get();
  return row ? { memorialId: row.memorialId, changedAt: row.changedAt, deleted: row.status !== "published" } : null;
}

export async function earliestDatestamp(db: Database): Promise<number> {
  const row = await db.select({ first: memorialChanges.changedAt }).from(memorialChanges).orderBy(asc(memorialChanges.changedAt)).limit(1).get();
  return row?.first ?? Date.now();
}

/** The sets of each memorial, for the <setSpec> elements of record headers. */
export async function setsOf(db: Database, memorialIds: string[]): Promise<Map<string, string[]>> {
  const sets = new Map<string, string[]>();
  for (let i = 0; i < memorialIds.length; i += 90) {
    const rows = await db
      .select({ memorialId: memorialSets.memorialId, setSpec: memorialSets.setSpec })
      .from(memorialSets)
      .where(inArray(memorialSets.memorialId, memorialIds.slice(i, i + 90)));
    for (const r of rows) sets.set(r.memorialId, [...(sets.get(r.memorialId) ?? []), r.setSpec]);
  }
  for (const list of sets.values()) list.sort();
  return sets;
}

/** Every set that ever had a member. */
export async function allSets(db: Database): Promise<string[]> {
  const rows = await db.select().from(oaiSets).orderBy(asc(oaiSets.setSpec));
  return rows.map((r) => r.setSpec);
}

export async function setExists(db: Database, spec: string): Promise<boolean> {
  return (await db.select().from(oaiSets).where(eq(oaiSets.setSpec, spec)).get()) !== undefined;
}
