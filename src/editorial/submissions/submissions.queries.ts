/** Reading submissions (revisions) for their submitters and for the contributor API. */
import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { idempotencyKeys, memorials, revisions } from "../../platform/db/schema";

export type RevisionRow = typeof revisions.$inferSelect;

export function findRevision(db: Database, id: string): Promise<RevisionRow | undefined> {
  return db.select().from(revisions).where(eq(revisions.id, id)).get();
}

/** The caller's own revisions, most recently changed first; `after` is the last [updatedAt, id]. */
export function listOwnRevisions(
  db: Database,
  userId: string,
  limit: number,
  after?: [number, string],
) {
  const afterCursor = after
    ? or(
        lt(revisions.updatedAt, after[0]),
        and(eq(revisions.updatedAt, after[0]), lt(revisions.id, after[1])),
      )
    : undefined;
  return db
    .select({
      id: revisions.id,
      memorialId: revisions.memorialId,
      kind: revisions.kind,
      name: revisions.displayName,
      status: revisions.status,
      version: revisions.version,
      draftStep: revisions.draftStep,
      createdAt: revisions.createdAt,
      updatedAt: revisions.updatedAt,
      submittedAt: revisions.submittedAt,
    })
    .from(revisions)
    .where(and(eq(revisions.submitterId, userId), afterCursor))
    .orderBy(desc(revisions.updatedAt), desc(revisions.id))
    .limit(limit);
}

export type OwnRevisionItem = Awaited<ReturnType<typeof listOwnRevisions>>[number];

/** The caller's unfinished drafts and returned submissions for one memorial (to continue them). */
export function openCorrections(db: Database, userId: string, memorialId: string) {
  return db
    .select({
      id: revisions.id,
      status: revisions.status,
      updatedAt: revisions.updatedAt,
      draftStep: revisions.draftStep,
    })
    .from(revisions)
    .where(
      and(
        eq(revisions.submitterId, userId),
        eq(revisions.memorialId, memorialId),
        inArray(revisions.status, ["draft", "changes_requested"]),
      ),
    )
    .orderBy(desc(revisions.updatedAt));
}

/** A published memorial with its current revision, the base of a correction. */
export function findPublishedMemorial(db: Database, memorialId: string) {
  return db
    .select({
      id: memorials.id,
      slug: memorials.slug,
      name: memorials.displayName,
      revisionId: memorials.currentRevisionId,
      document: revisions.document,
    })
    .from(memorials)
    .innerJoin(revisions, eq(revisions.id, memorials.currentRevisionId))
    .where(and(eq(memorials.id, memorialId), eq(memorials.status, "published")))
    .get();
}

/** The document of an approved revision: what a correction started from. */
export async function findApprovedDocument(db: Database, revisionId: string): Promise<string | null> {
  const row = await db
    .select({ document: revisions.document })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.status, "approved")))
    .get();
  return row?.document ?? null;
}

/** Names of published memorials by id: relations of a draft link to them. */
export async function memorialNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: memorials.id, name: memorials.displayName })
    .from(memorials)
    .where(and(inArray(memorials.id, ids.slice(0, 90)), eq(memorials.status, "published")));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The answer stored for an Idempotency-Key of this user, if the key was used before. */
export function findIdempotentAnswer(db: Database, userId: string, key: string) {
  return db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
    .get();
}

/** The current slug of a published memorial, for links from a correction. */
export async function memorialSlug(db: Database, memorialId: string): Promise<string | null> {
  const row = await db
    .select({ slug: memorials.slug })
    .from(memorials)
    .where(and(eq(memorials.id, memorialId), eq(memorials.status, "published")))
    .get();
  return row?.slug ?? null;
}
