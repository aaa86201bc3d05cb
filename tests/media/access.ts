/**
 * Approval and withholding as the moderation code will do them: the approved revision, the
 * memorial's publish statements and `mediaPublishStatements`, in one batch.
 */
import { eq } from "drizzle-orm";
import { runBatch } from "../../src/db/client";
import { memorials, revisions } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
import { personDocumentSchema, primaryName } from "../../src/lib/person-document";
import { mediaPublishStatements } from "../../src/media/media.publish";
import { publishStatements } from "../../src/memorials/publish";
import { testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";

export async function submitRevision(
  submitterId: string,
  refs: Array<Record<string, unknown>>,
  status: "pending" | "withdrawn" | "rejected" = "pending",
  decidedAt?: number,
) {
  const db = testDb();
  const document = personDocumentSchema.parse({ ...zuckerDocument(), media: refs });
  const id = newId("rev");
  const now = Date.now();
  await db.insert(revisions).values({
    id,
    kind: "new",
    document: JSON.stringify(document),
    status,
    submitterId,
    displayName: primaryName(document).display,
    createdAt: now,
    updatedAt: decidedAt ?? now,
    submittedAt: now,
    decidedAt: decidedAt ?? null,
  });
  return { id, document };
}

export async function approve(revisionId: string, moderatorId: string) {
  const db = testDb();
  const revision = (await db.select().from(revisions).where(eq(revisions.id, revisionId)).get())!;
  const document = personDocumentSchema.parse(JSON.parse(revision.document));
  const memorialId = newId("mem");
  const now = Date.now();
  await runBatch(db, [
    db
      .update(revisions)
      .set({ status: "approved", memorialId, decidedAt: now, decidedBy: moderatorId })
      .where(eq(revisions.id, revisionId)),
    ...publishStatements(db, {
      memorialId,
      revisionId,
      document,
      now,
      newSlug: `max-zucker-${memorialId.slice(4, 10)}`,
    }),
    ...mediaPublishStatements(db, {
      memorialId,
      revisionId,
      mediaIds: document.media.map((m) => m.id),
      actorId: moderatorId,
      now,
    }),
  ]);
  return memorialId;
}

export async function withhold(memorialId: string) {
  await testDb()
    .update(memorials)
    .set({ status: "withheld", withheldAt: Date.now() })
    .where(eq(memorials.id, memorialId))
    .run();
}

export async function restore(memorialId: string) {
  await testDb()
    .update(memorials)
    .set({ status: "published", withheldAt: null })
    .where(eq(memorials.id, memorialId))
    .run();
}
