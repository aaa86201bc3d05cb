/**
 * The submitter's changes of state: send (draft or changes_requested → pending), withdraw, and
 * answering the moderators. Each is one batch with its audit entry; state changes are
 * conditional on the version the submitter saw (409 otherwise).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch } from "../../platform/db/client";
import { revisions, type RevisionStatus } from "../../platform/db/schema";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { AppError } from "../../platform/http/errors";
import { primaryName, type PersonDocument } from "../../domain/person-document";
import { reportAnsweredBy, resolveByCorrectionStatements } from "../reports/report-corrections";
import { plausibilityWarnings } from "../../domain/plausibility";
import { describeWarnings } from "../revisions/plausibility-warnings";
import { messageInsert } from "../revisions/revision-messages";
import { listingColumns, receivedMail, WITHDRAWABLE, type WriteContext } from "./submission-writes";

export interface SubmitInput {
  revisionId: string;
  version: number;
  from: RevisionStatus[];
  document: PersonDocument;
  submitter: {
    relationship: (typeof revisions.$inferInsert)["relationship"];
    note?: string | null;
    showName: boolean;
  };
  /** The submitter's explanation of dates the plausibility checks question. */
  warningsExplanation?: string | null;
  via: "form" | "api";
}

/**
 * draft → pending, or changes_requested → pending (a resubmission); 409 when the version is stale.
 * A draft opened from a report resolves that report in the same batch (src/editorial/reports/report-corrections.ts).
 */
export async function submitRevision(ctx: WriteContext, input: SubmitInput) {
  const now = Date.now();
  const version = input.version + 1;
  const answersReport = input.from.includes("draft");
  const warnings = plausibilityWarnings(input.document, now);
  for (let attempt = 0; ; attempt++) {
    const report = answersReport ? await reportAnsweredBy(ctx.db, input.revisionId) : null;
    try {
      await runBatch(ctx.db, [...submitStatements(ctx, input, now, JSON.stringify(warnings)), ...(report ? resolveByCorrectionStatements(ctx.db, report, { revisionId: input.revisionId, userId: ctx.user.id, requestId: ctx.requestId, now }) : [])]);
      return { id: input.revisionId, status: "pending" as const, version, warnings: describeWarnings(warnings, ctx.t, ctx.locale) };
    } catch (error) {
      if (!isStaleWrite(error)) throw error;
      // The report may have been resolved meanwhile: read it again once; a stale revision stays stale.
      if (!report || attempt > 0) throw staleError();
    }
  }
}

function submitStatements(ctx: WriteContext, input: SubmitInput, now: number, plausibility: string) {
  const { db, user } = ctx;
  const version = input.version + 1;
  return [
    db
      .update(revisions)
      .set({
        status: "pending",
        version,
        document: JSON.stringify(input.document),
        ...listingColumns(input.document),
        relationship: input.submitter.relationship,
        submitterNote: input.submitter.note || null,
        showName: input.submitter.showName,
        consentPublish: true,
        plausibility,
        plausibilityNote: input.warningsExplanation || null,
        draftStep: null,
        claimedBy: null,
        claimedUntil: null,
        submittedAt: now,
        updatedAt: now,
      })
      .where(
        and(
          eq(revisions.id, input.revisionId),
          eq(revisions.submitterId, user.id),
          eq(revisions.version, input.version),
          inArray(revisions.status, input.from),
        ),
      ),
    requireChanged(db),
    auditInsert(db, {
      actorId: user.id,
      action: input.from.includes("draft") ? "revision.submit" : "revision.resubmit",
      subjectType: "revision",
      subjectId: input.revisionId,
      subjectVersion: version,
      detail: { via: input.via },
      requestId: ctx.requestId,
      at: now,
    }),
    receivedMail(ctx, input.revisionId, primaryName(input.document).display),
  ];
}

/** → withdrawn, from draft, pending or changes_requested; conditional on the version when given. */
export async function withdrawRevision(
  ctx: WriteContext,
  revisionId: string,
  version: number | undefined,
) {
  const { db, user } = ctx;
  const now = Date.now();
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({
          status: "withdrawn",
          version: sql`${revisions.version} + 1`,
          claimedBy: null,
          claimedUntil: null,
          updatedAt: now,
        })
        .where(
          and(
            eq(revisions.id, revisionId),
            eq(revisions.submitterId, user.id),
            inArray(revisions.status, WITHDRAWABLE),
            version === undefined ? undefined : eq(revisions.version, version),
          ),
        ),
      requireChanged(db),
      auditInsert(db, {
        actorId: user.id,
        action: "revision.withdraw",
        subjectType: "revision",
        subjectId: revisionId,
        subjectVersion: version === undefined ? null : version + 1,
        requestId: ctx.requestId,
        at: now,
      }),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw staleError();
    throw error;
  }
}

/** The submitter's answer in the thread with the moderators. */
export async function addSubmitterMessage(ctx: WriteContext, revisionId: string, body: string) {
  const now = Date.now();
  await runBatch(ctx.db, [
    messageInsert(ctx.db, { revisionId, authorId: ctx.user.id, body, now }),
    auditInsert(ctx.db, {
      actorId: ctx.user.id,
      action: "revision.message",
      subjectType: "revision",
      subjectId: revisionId,
      requestId: ctx.requestId,
      at: now,
    }),
  ]);
}

function staleError() {
  return new AppError(
    "conflict",
    "The submission was changed meanwhile (its version or state is no longer the one you saw). Reload it and try again.",
  );
}
