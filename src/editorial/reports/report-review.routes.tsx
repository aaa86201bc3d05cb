/** The moderators' side of reports: the report page, claim, resolve, and "open a correction". */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { readFormValues, validateForm, type FormValues } from "../../platform/http/forms";
import { checkText, cleanText, textMessages } from "../../domain/text-rules";
import { readJson } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { claimReport } from "../moderation/claims";
import { actor } from "../moderation/actor";
import { writeContext } from "../submissions/write-context";
import { startReportCorrection, listReportCorrections } from "./report-corrections";
import { loadReport, REPORT_OUTCOMES, resolveReport, type ReportOutcome } from "./reports.queries";
import { renderReportPage } from "./report-page";
export const reportReviewRoutes = new Hono<AppEnv>();


reportReviewRoutes.get("/moderation/reports/:id", (c) => renderReportPage(c, c.req.param("id")));

function conflictForm(c: Context<AppEnv>, error: unknown, action: string, values: FormValues) {
  if (!(error instanceof AppError) || error.code !== "conflict") throw error;
  return renderReportPage(c, c.req.param("id")!, { errors: { _form: `${c.var.t("moderation:errors.conflict")} ${error.message}` }, values, action, status: 409 });
}

reportReviewRoutes.post("/moderation/reports/:id/claim", async (c) => {
  try {
    await claimReport(c.var.db, c.req.param("id"), actor(c));
  } catch (error) {
    return conflictForm(c, error, "claim", {});
  }
  return c.redirect(`/moderation/reports/${c.req.param("id")}`, 303);
});

function noteForm(c: Context<AppEnv>) {
  return z.object({
    version: z.coerce.number().int().positive(),
    note: z.string().trim().min(1, { error: c.var.t("moderation:errors.noteRequired") }).max(2000).superRefine(checkText("multiline", textMessages(c.var.t))),
  });
}

reportReviewRoutes.post("/moderation/reports/:id/resolve", async (c) => {
  const ctx = actor(c);
  const reportId = c.req.param("id");
  const form = validateForm(noteForm(c), await readFormValues(c));
  if (!form.ok) return renderReportPage(c, reportId, { errors: form.errors, values: form.values, action: "resolve", status: 422 });
  try {
    await resolveReport(c.var.db, { id: reportId, version: form.data.version, note: form.data.note }, "resolved", ctx);
  } catch (error) {
    return conflictForm(c, error, "resolve", form.values);
  }
  return c.redirect(`/moderation/reports/${reportId}`, 303);
});

// The report stays open until the correction is sent (src/editorial/reports/report-corrections.ts).
reportReviewRoutes.post("/moderation/reports/:id/correction", async (c) => {
  const ctx = actor(c);
  const reportId = c.req.param("id");
  const form = validateForm(noteForm(c), await readFormValues(c));
  if (!form.ok) return renderReportPage(c, reportId, { errors: form.errors, values: form.values, action: "correction", status: 422 });
  let draftId: string;
  try {
    draftId = await startReportCorrection(writeContext(c), ctx, { id: reportId, version: form.data.version, note: form.data.note });
  } catch (error) {
    return conflictForm(c, error, "correction", form.values);
  }
  return c.redirect(`/submit/${draftId}/person`, 303);
});

reportReviewRoutes.get("/api/v1/moderation/reports/:id", async (c) => {
  actor(c);
  const { report, memorialName, memorialSlug, memorialStatus } = await loadReport(c.var.db, c.req.param("id"));
  const corrections = await listReportCorrections(c.var.db, report.id);
  return c.json({
    id: report.id,
    memorial: { id: report.memorialId, name: memorialName, slug: memorialSlug, status: memorialStatus },
    kind: report.kind,
    message: report.message,
    status: report.status,
    version: report.version,
    claimed_by: report.claimedBy,
    created_at: new Date(report.createdAt).toISOString(),
    resolution_note: report.resolutionNote,
    corrections: corrections.map((r) => ({ revision_id: r.revisionId, status: r.status })),
  });
});

reportReviewRoutes.post("/api/v1/moderation/reports/:id/claim", async (c) => {
  const claim = await claimReport(c.var.db, c.req.param("id"), actor(c));
  return c.json({ id: c.req.param("id"), claimed_until: new Date(claim.claimedUntil).toISOString(), version: claim.version });
});

export const resolveBody = z.strictObject({
  version: z.number().int().positive(),
  note: cleanText(2000, "multiline"),
  outcome: z.enum(REPORT_OUTCOMES).default("resolved"),
});

reportReviewRoutes.post("/api/v1/moderation/reports/:id/resolve", async (c) => {
  const ctx = actor(c);
  const body = await readJson(c, resolveBody);
  const result = await resolveReport(c.var.db, { id: c.req.param("id"), version: body.version, note: body.note }, body.outcome as ReportOutcome, ctx);
  return c.json(result);
});
