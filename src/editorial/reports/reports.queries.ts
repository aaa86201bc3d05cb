/**
 * Reports from visitors about a published memorial (an error, a duplicate, a privacy or
 * takedown request). They enter the moderation queue and are resolved with a note, or by an
 * action on the memorial (withhold, merge, a correction), in the same batch as that action.
 */
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { memorials, reports, users, type ReportKind } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import type { ActorContext } from "../moderation/claims";
import { heldByOther, heldError } from "../moderation/claims";

export const REPORT_OUTCOMES = ["resolved", "withheld", "merged", "correction"] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export interface NewReport {
  memorialId: string;
  kind: ReportKind;
  message: string;
  reporterUserId: string | null;
  reporterEmail: string | null;
  requestId: string;
  now?: number;
}

export async function createReport(db: Database, report: NewReport): Promise<string> {
  const id = newId("rep");
  const now = report.now ?? Date.now();
  await runBatch(db, [
    db.insert(reports).values({
      id,
      memorialId: report.memorialId,
      kind: report.kind,
      message: report.message,
      reporterUserId: report.reporterUserId,
      reporterEmail: report.reporterEmail,
      createdAt: now,
    }),
    auditInsert(db, {
      actorId: report.reporterUserId,
      action: "report.create",
      subjectType: "report",
      subjectId: id,
      subjectVersion: 1,
      detail: { memorial_id: report.memorialId, kind: report.kind },
      requestId: report.requestId,
      at: now,
    }),
  ]);
  return id;
}

/** A report with its memorial's public name and slug (the reporter's email is left out). */
export async function loadReport(db: Database, reportId: string) {
  const row = await db
    .select({ report: reports, memorialName: memorials.displayName, memorialSlug: memorials.slug, memorialStatus: memorials.status, memorialVersion: memorials.version, claimedByName: users.displayName })
    .from(reports)
    .leftJoin(memorials, eq(memorials.id, reports.memorialId))
    .leftJoin(users, eq(users.id, reports.claimedBy))
    .where(eq(reports.id, reportId))
    .get();
  if (!row) throw new AppError("not_found");
  const { reporterEmail: _email, ...report } = row.report;
  return { ...row, report };
}

/** Open and past reports about one memorial, newest first. */
export function listMemorialReports(db: Database, memorialId: string) {
  return db
    .select({ id: reports.id, kind: reports.kind, status: reports.status, createdAt: reports.createdAt, note: reports.resolutionNote })
    .from(reports)
    .where(eq(reports.memorialId, memorialId))
    .orderBy(desc(reports.createdAt));
}

export interface ReportResolution {
  id: string;
  version: number;
  note: string;
}

/** The guarded resolution of a report, for the batch of the action that answers it. */
export function resolveReportStatements(db: Database, resolution: ReportResolution, outcome: ReportOutcome | string, ctx: ActorContext): BatchItem[] {
  const { moderator, now } = ctx;
  return [
    db
      .update(reports)
      .set({
        status: "resolved",
        version: sql`${reports.version} + 1`,
        resolvedAt: now,
        resolvedBy: moderator.id,
        resolutionNote: resolution.note,
        claimedBy: null,
        claimedUntil: null,
      })
      .where(
        and(
          eq(reports.id, resolution.id),
          eq(reports.version, resolution.version),
          eq(reports.status, "open"),
          or(isNull(reports.claimedBy), eq(reports.claimedBy, moderator.id), lt(reports.claimedUntil, now)),
        ),
      ),
    requireChanged(db),
    auditInsert(db, {
      actorId: moderator.id,
      action: "report.resolve",
      subjectType: "report",
      subjectId: resolution.id,
      subjectVersion: resolution.version + 1,
      detail: { outcome, note: resolution.note },
      requestId: ctx.requestId,
      at: now,
    }),
  ];
}

/** Checks that a report can still be resolved by this moderator, as the form saw it. */
export async function assertReportOpen(db: Database, resolution: ReportResolution, ctx: ActorContext) {
  const report = await db.select().from(reports).where(eq(reports.id, resolution.id)).get();
  if (!report) throw new AppError("not_found");
  if (report.status !== "open" || report.version !== resolution.version) {
    throw new AppError("conflict", "This report changed since you opened it; nothing was changed. Reload it.");
  }
  if (heldByOther(report, ctx.moderator.id, ctx.now)) throw await heldError(db, report);
  return report;
}

export async function resolveReport(db: Database, resolution: ReportResolution, outcome: ReportOutcome, ctx: ActorContext) {
  await assertReportOpen(db, resolution, ctx);
  try {
    await runBatch(db, resolveReportStatements(db, resolution, outcome, ctx));
  } catch (error) {
    if (isStaleWrite(error)) throw new AppError("conflict", "This report changed meanwhile; nothing was changed. Reload it.");
    throw error;
  }
  return { id: resolution.id, status: "resolved", version: resolution.version + 1 };
}
