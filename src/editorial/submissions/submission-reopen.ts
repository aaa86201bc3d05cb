/**
 * A way back: a rejected or returned ("changes requested") submission is reopened by its
 * submitter as a new draft holding everything it held — the document, who they are to the
 * person, their note and their explanation of the dates — so nobody retypes a family's work.
 * The old revision keeps its conversation; the new one points at it (`reopened_from`).
 *
 * One batch: the guarded change of the old revision (a returned one is withdrawn in favour of the
 * new draft; a rejected one stays rejected), the new draft, both audit entries and the daily
 * quota of new revisions. The guard also refuses a second reopening while the first draft from
 * it is still open, so a double click does not make two drafts.
 */
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { quotaInBatch, refuseWhenQuotaExceeded } from "../../platform/abuse/rate-limit";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { revisions, type RevisionStatus } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { SUBMISSION_QUOTA } from "./submission-quota";
import type { WriteContext } from "./submission-writes";
import type { RevisionRow } from "./submissions.queries";

export const REOPENABLE: RevisionStatus[] = ["rejected", "changes_requested"];
/** States in which a reopened draft is still being worked on. */
const OPEN: RevisionStatus[] = ["draft", "pending", "in_review", "changes_requested"];

const successor = alias(revisions, "successor");

/** The open revision that reopened `revisionId`, if there is one. */
export async function openReopening(db: WriteContext["db"], revisionId: string): Promise<{ id: string; status: RevisionStatus } | undefined> {
  return db
    .select({ id: revisions.id, status: revisions.status })
    .from(revisions)
    .where(and(eq(revisions.reopenedFrom, revisionId), inArray(revisions.status, OPEN)))
    .get();
}

export function canReopen(revision: Pick<RevisionRow, "status">): boolean {
  return REOPENABLE.includes(revision.status);
}

/**
 * Reopens the caller's own revision as a new draft; 409 when its state does not allow it, when
 * it changed since `version`, or when a draft reopened from it is still open.
 */
export async function reopenRevision(ctx: WriteContext, revision: RevisionRow, version = revision.version) {
  const { db, user } = ctx;
  if (!canReopen(revision)) {
    throw new AppError("conflict", `Only a rejected submission or one with changes requested can be reopened; this one is ${revision.status}.`);
  }
  const id = newId("rev");
  const now = Date.now();
  const returned = revision.status === "changes_requested";
  const quota = await quotaInBatch(db, SUBMISSION_QUOTA, user.id, now);
  const statements = [
    db
      .update(revisions)
      .set(returned ? { status: "withdrawn", version: sql`${revisions.version} + 1`, claimedBy: null, claimedUntil: null, updatedAt: now } : { updatedAt: now })
      .where(
        and(
          eq(revisions.id, revision.id),
          eq(revisions.submitterId, user.id),
          eq(revisions.status, revision.status),
          eq(revisions.version, version),
          notExists(
            db
              .select({ id: successor.id })
              .from(successor)
              .where(and(eq(successor.reopenedFrom, revision.id), inArray(successor.status, OPEN))),
          ),
        ),
      ),
    requireChanged(db),
    ...quota.statements,
    db.insert(revisions).values({
      id,
      memorialId: revision.memorialId,
      kind: revision.kind,
      basedOnRevisionId: revision.basedOnRevisionId,
      document: revision.document,
      status: "draft",
      version: 1,
      submitterId: user.id,
      relationship: revision.relationship,
      submitterNote: revision.submitterNote,
      showName: revision.showName,
      consentPublish: revision.consentPublish,
      plausibilityNote: revision.plausibilityNote,
      displayName: revision.displayName,
      sourceCount: revision.sourceCount,
      draftStep: "review",
      reopenedFrom: revision.id,
      createdAt: now,
      updatedAt: now,
    }),
    auditInsert(db, {
      actorId: user.id,
      action: "revision.reopen",
      subjectType: "revision",
      subjectId: revision.id,
      subjectVersion: returned ? version + 1 : version,
      detail: { reopened_as: id, status: revision.status, ...(returned ? { now: "withdrawn" } : {}) },
      requestId: ctx.requestId,
      at: now,
    }),
    auditInsert(db, {
      actorId: user.id,
      action: "revision.draft",
      subjectType: "revision",
      subjectId: id,
      subjectVersion: 1,
      detail: { kind: revision.kind, memorial_id: revision.memorialId, reopened_from: revision.id },
      requestId: ctx.requestId,
      at: now,
    }),
  ];
  try {
    await runBatch(db, statements);
  } catch (error) {
    if (isStaleWrite(error)) throw await staleReopening(ctx, revision.id);
    refuseWhenQuotaExceeded(error, quota.retryAfterSeconds);
  }
  return { id, status: "draft" as const, version: 1, kind: revision.kind, memorial_id: revision.memorialId, reopened_from: revision.id };
}

async function staleReopening(ctx: WriteContext, revisionId: string): Promise<AppError> {
  const open = await openReopening(ctx.db, revisionId);
  return new AppError(
    "conflict",
    open
      ? `This submission was already reopened as ${open.id}; continue there.`
      : "The submission was changed meanwhile (its version or state is no longer the one you saw). Reload it and try again.",
  );
}
