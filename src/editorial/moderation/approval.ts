/**
 * What approving adds to a decision's batch: the publication of the document (a new memorial,
 * or the memorial's current revision moving), its media made public and the memorial's audit
 * entry. Refuses a possibly living person without confirmation, and a correction whose
 * memorial is not published or moved on since the correction was based on it (unless confirmed).
 */
import { and, eq, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { BatchItem, Database } from "../../platform/db/client";
import { requireChanged } from "../../platform/db/guard";
import { memorials, revisions } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { readStoredDocument } from "../../domain/person-document";
import { isPossiblyLiving } from "../../domain/possibly-living";
import { mediaPublishStatements, withoutRejectedMedia } from "../../media/media.publish";
import { withHiddenRelationsKept } from "../../archive/memorials/public-document";
import { publishStatements } from "../../archive/memorials/publish";
import type { DecisionContext, DecisionInput, RevisionRow } from "./decisions";
import { chooseSlug } from "./slugs";

/** The document as it would be published: files a moderator rejected one by one left out. */
export async function documentToPublish(db: Database, revision: RevisionRow, input: DecisionInput, now: number) {
  const document = await withoutRejectedMedia(db, readStoredDocument(revision.document));
  if (isPossiblyLiving(document, now) && !input.livingConfirmation) {
    throw new AppError("validation_failed", "This person may be alive.", {
      errors: [{ path: "living_confirmation", message: "confirm the death or the person's consent before approving" }],
    });
  }
  return document;
}

export async function approvalStatements(db: Database, revision: RevisionRow, input: DecisionInput, ctx: DecisionContext) {
  let document = await documentToPublish(db, revision, input, ctx.now);
  const statements: BatchItem[] = [];
  let memorialId = revision.memorialId;
  let memorialVersion = 1;
  /** Links to relatives the public may not see, put back on an approved correction. */
  let keptLinks = 0;
  if (revision.kind === "correction") {
    const memorial = memorialId ? await db.select().from(memorials).where(eq(memorials.id, memorialId)).get() : undefined;
    if (!memorial) throw new AppError("conflict", "The memorial this correction is for no longer exists.");
    if (memorial.status !== "published") {
      throw new AppError("conflict", `The memorial is ${memorial.status}; restore it (or undo the merge) before approving.`);
    }
    if (revision.basedOnRevisionId && revision.basedOnRevisionId !== memorial.currentRevisionId && !input.conflictConfirmed) {
      throw new AppError("conflict", "The memorial changed after this correction was based on it.", {
        errors: [{ path: "conflict_confirmed", message: "compare with the current revision, then confirm to approve anyway" }],
      });
    }
    // The correction started from the public document: links the public may not see stay.
    const current = await db.select({ document: revisions.document }).from(revisions).where(eq(revisions.id, memorial.currentRevisionId)).get();
    if (current) {
      const stored = readStoredDocument(revision.document);
      const kept = await withHiddenRelationsKept(db, stored, readStoredDocument(current.document));
      if (kept !== stored) {
        document = { ...document, relations: kept.relations };
        keptLinks = kept.relations.filter((r) => !stored.relations.includes(r)).length;
        statements.push(db.update(revisions).set({ document: JSON.stringify(kept) }).where(eq(revisions.id, revision.id)));
      }
    }
    memorialVersion = memorial.version + 1;
    // The memorial must still be what the moderator compared against: published, same version.
    statements.push(
      db
        .update(memorials)
        .set({ version: sql`${memorials.version} + 1` })
        .where(and(eq(memorials.id, memorial.id), eq(memorials.version, memorial.version), eq(memorials.status, "published"))),
      requireChanged(db),
      ...publishStatements(db, { memorialId: memorial.id, revisionId: revision.id, document, now: ctx.now }),
    );
  } else {
    memorialId ??= newId("mem");
    const newSlug = await chooseSlug(db, document, memorialId);
    statements.push(
      db.update(revisions).set({ memorialId }).where(eq(revisions.id, revision.id)),
      ...publishStatements(db, { memorialId, revisionId: revision.id, document, now: ctx.now, newSlug }),
    );
  }
  statements.push(
    ...mediaPublishStatements(db, {
      memorialId: memorialId!,
      revisionId: revision.id,
      mediaIds: document.media.map((m) => m.id),
      actorId: ctx.moderator.id,
      now: ctx.now,
      requestId: ctx.requestId,
    }),
  );
  statements.push(
    auditInsert(db, {
      actorId: ctx.moderator.id,
      action: revision.kind === "new" ? "memorial.publish" : "memorial.update",
      subjectType: "memorial",
      subjectId: memorialId!,
      subjectVersion: memorialVersion,
      detail: { revision_id: revision.id, ...(keptLinks ? { kept_hidden_relation_links: keptLinks } : {}) },
      requestId: ctx.requestId,
      at: ctx.now,
    }),
  );
  return { memorialId: memorialId!, statements };
}
