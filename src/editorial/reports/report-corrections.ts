/**
 * "Open a correction" from a report. The report stays open while the moderator writes the
 * correction; it is resolved only when the correction is sent, in the same batch that sends it,
 * with the moderator's note and a link to the revision. A correction abandoned as a draft (or
 * withdrawn) leaves the report open in the queue, so no report is ever closed with nothing done.
 *
 * The link between report and draft is written into the audit log when the draft is created,
 * in the draft's batch: `revision.draft` carries `report_id`, `report.correction_start` carries
 * `revision_id` and the note. Both entries are append-only and found by their subject's index
 * (no table or column was added; docs/decisions.md).
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { BatchItem, Database } from "../../platform/db/client";
import { requireChanged } from "../../platform/db/guard";
import { auditLog, reports, revisions } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import type { ActorContext } from "../moderation/claims";
import { consumeQuota } from "../../platform/abuse/rate-limit";
import { readDraft } from "../submissions/form/draft";
import { SUBMISSION_QUOTA } from "../submissions/submission-quota";
import { createDraft, type WriteContext } from "../submissions/submission-writes";
import { findPublishedMemorial } from "../submissions/submissions.queries";
import { assertReportOpen, type ReportResolution } from "./reports.queries";

export interface ReportCorrection {
  revisionId: string;
  status: (typeof revisions.$inferSelect)["status"];
  submitterId: string;
  note: string | null;
}

/** Corrections opened from a report, newest first, with their state now. */
export async function listReportCorrections(db: Database, reportId: string): Promise<ReportCorrection[]> {
  const started = await db
    .select({ revisionId: sql<string>`${auditLog.detail} ->> '$.revision_id'`, note: sql<string | null>`${auditLog.detail} ->> '$.note'` })
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, reportId), eq(auditLog.action, "report.correction_start")))
    .orderBy(desc(auditLog.id));
  if (started.length === 0) return [];
  const rows = await db
    .select({ id: revisions.id, status: revisions.status, submitterId: revisions.submitterId })
    .from(revisions)
    .where(inArray(revisions.id, started.slice(0, 50).map((s) => s.revisionId)));
  return started.flatMap((s) => {
    const row = rows.find((r) => r.id === s.revisionId);
    return row ? [{ revisionId: row.id, status: row.status, submitterId: row.submitterId, note: s.note }] : [];
  });
}

/**
 * Opens (or continues) the moderator's correction draft for a report's memorial; returns the
 * draft's id. The report is checked as the moderator saw it, and is not changed.
 */
export async function startReportCorrection(ctx: WriteContext, actor: ActorContext, resolution: ReportResolution): Promise<string> {
  const report = await assertReportOpen(ctx.db, resolution, actor);
  const ownDraft = (await listReportCorrections(ctx.db, report.id)).find((c) => c.submitterId === ctx.user.id && c.status === "draft");
  if (ownDraft) return ownDraft.revisionId;
  const memorial = await findPublishedMemorial(ctx.db, report.memorialId);
  if (!memorial) throw new AppError("conflict", "The memorial is not published; restore it or undo its merge first.");
  await consumeQuota(ctx.db, SUBMISSION_QUOTA, ctx.user.id);
  const id = newId("rev");
  return createDraft(ctx, readDraft(memorial.document), { id: memorial.id, revisionId: memorial.revisionId }, {
    id,
    detail: { report_id: report.id },
    also: [
      auditInsert(ctx.db, {
        actorId: ctx.user.id,
        action: "report.correction_start",
        subjectType: "report",
        subjectId: report.id,
        subjectVersion: report.version,
        detail: { revision_id: id, note: resolution.note },
        requestId: ctx.requestId,
        at: actor.now,
      }),
    ],
  });
}

export interface PendingReportResolution {
  reportId: string;
  version: number;
  note: string;
}

/** The open report a draft was opened from, if any: sending the draft resolves it. */
export async function reportAnsweredBy(db: Database, revisionId: string): Promise<PendingReportResolution | null> {
  const link = await db
    .select({ reportId: sql<string | null>`${auditLog.detail} ->> '$.report_id'` })
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, revisionId), eq(auditLog.action, "revision.draft")))
    .get();
  if (!link?.reportId) return null;
  const report = await db.select().from(reports).where(eq(reports.id, link.reportId)).get();
  if (!report || report.status !== "open") return null;
  const note = (await listReportCorrections(db, report.id)).find((c) => c.revisionId === revisionId)?.note;
  return { reportId: report.id, version: report.version, note: note || "A correction was sent." };
}

/**
 * Resolves the report in the batch that sends the correction, guarded on the version read just
 * before. A claim by another moderator does not stop it: the correction answers the report.
 */
export function resolveByCorrectionStatements(
  db: Database,
  pending: PendingReportResolution,
  sent: { revisionId: string; userId: string; requestId: string; now: number },
): BatchItem[] {
  return [
    db
      .update(reports)
      .set({
        status: "resolved",
        version: pending.version + 1,
        resolvedAt: sent.now,
        resolvedBy: sent.userId,
        resolutionNote: pending.note,
        claimedBy: null,
        claimedUntil: null,
      })
      .where(and(eq(reports.id, pending.reportId), eq(reports.version, pending.version), eq(reports.status, "open"))),
    requireChanged(db),
    auditInsert(db, {
      actorId: sent.userId,
      action: "report.resolve",
      subjectType: "report",
      subjectId: pending.reportId,
      subjectVersion: pending.version + 1,
      detail: { outcome: "correction", note: pending.note, revision_id: sent.revisionId },
      requestId: sent.requestId,
      at: sent.now,
    }),
  ];
}
