/**
 * The published versions of a memorial: its approved revisions, numbered 1, 2, 3 … in the order
 * they were approved. Approved revisions are never edited or deleted and a later approval always
 * has a later decision time, so a number, once given, names the same text for good (docs/versions.md).
 * SQL of the version pages, the history page and the versions API lives here.
 */
import { and, asc, desc, eq, or, type SQLWrapper } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialMerges, memorials, memorialSlugs, revisions, users, type Relationship, type RevisionKind } from "../../platform/db/schema";

export type MemorialRow = typeof memorials.$inferSelect;

/** One approved revision as a public version: who sent it only as the credit rule needs it. */
export interface VersionRow {
  number: number;
  revisionId: string;
  kind: RevisionKind;
  publishedAt: number;
  contributorId: string;
  relationship: Relationship | null;
  showName: boolean;
  contributorName: string | null;
}

const versionColumns = {
  revisionId: revisions.id,
  kind: revisions.kind,
  decidedAt: revisions.decidedAt,
  updatedAt: revisions.updatedAt,
  contributorId: revisions.submitterId,
  relationship: revisions.relationship,
  showName: revisions.showName,
  contributorName: users.displayName,
};

/**
 * The approved revisions of one memorial, oldest first (the version order). `memorialId` may be a
 * subquery, so the memorial page can read them in the same round trip as the memorial.
 */
export function versionsQuery(db: Database, memorialId: string | SQLWrapper) {
  return db
    .select(versionColumns)
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.submitterId))
    .where(and(eq(revisions.memorialId, memorialId), eq(revisions.status, "approved")))
    .orderBy(asc(revisions.decidedAt), asc(revisions.id));
}

type VersionQueryRow = Awaited<ReturnType<typeof versionsQuery>>[number];

/** A row of `versionsQuery` as version `index + 1`. */
export function toVersion(row: VersionQueryRow, index: number): VersionRow {
  return {
    number: index + 1,
    revisionId: row.revisionId,
    kind: row.kind,
    publishedAt: row.decidedAt ?? row.updatedAt,
    contributorId: row.contributorId,
    relationship: row.relationship,
    showName: row.showName,
    contributorName: row.contributorName,
  };
}

/** The versions with their stored documents (JSON), for the history page, comparisons and one version's page. */
export async function readVersions(db: Database, memorialId: string): Promise<Array<VersionRow & { document: string }>> {
  const rows = await db
    .select({ ...versionColumns, document: revisions.document })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.submitterId))
    .where(and(eq(revisions.memorialId, memorialId), eq(revisions.status, "approved")))
    .orderBy(asc(revisions.decidedAt), asc(revisions.id));
  return rows.map((row, i) => ({ ...toVersion(row, i), document: row.document }));
}

/**
 * A memorial by id, current slug or a slug it once had — merged and withheld ones too, unlike
 * the memorial page, because their versions stay addressable.
 */
export async function findMemorialAnyState(db: Database, key: string): Promise<MemorialRow | undefined> {
  const direct = await db
    .select()
    .from(memorials)
    .where(key.startsWith("mem_") ? eq(memorials.id, key) : eq(memorials.slug, key))
    .get();
  if (direct || key.startsWith("mem_")) return direct;
  const old = await db
    .select({ memorial: memorials })
    .from(memorialSlugs)
    .innerJoin(memorials, eq(memorials.id, memorialSlugs.memorialId))
    .where(eq(memorialSlugs.slug, key))
    .get();
  return old?.memorial;
}

export const memorialById = (db: Database, id: string) => db.select().from(memorials).where(eq(memorials.id, id)).get();

/** Merges into and out of a memorial that still stand or were undone, newest first. */
export function mergesOf(db: Database, memorialId: string) {
  return db
    .select({
      memorialId: memorialMerges.memorialId,
      survivorId: memorialMerges.survivorId,
      mergedAt: memorialMerges.mergedAt,
      undoneAt: memorialMerges.undoneAt,
    })
    .from(memorialMerges)
    .where(or(eq(memorialMerges.memorialId, memorialId), eq(memorialMerges.survivorId, memorialId)))
    .orderBy(desc(memorialMerges.mergedAt));
}
