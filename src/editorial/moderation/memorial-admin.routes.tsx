/**
 * Withhold, restore, merge and unmerge a memorial: the moderators' memorial page, its forms and
 * the same actions in the API. A form sent from a report page also resolves that report.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { readFormValues, validateForm, type FormErrors, type FormValues } from "../../platform/http/forms";
import { checkText, textMessages } from "../../domain/text-rules";
import { readJson } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { purgePublicPages } from "../../platform/cache/purge";
import { renderReportPage } from "../reports/report-page";
import { actor } from "./actor";
import { memorialActionBody, mergeBody } from "./moderation.schemas";
import { findMemorialId, loadMemorialAdmin } from "./memorial-admin.queries";
import { MemorialAdminPage } from "./memorial-admin.pages";
import { mergeMemorial, restoreMemorial, unmergeMemorial, withholdMemorial, type MemorialActionInput } from "./memorial-actions";

export const memorialAdminRoutes = new Hono<AppEnv>();

const ACTIONS = ["withhold", "restore", "merge", "unmerge"] as const;
type Action = (typeof ACTIONS)[number];

async function perform(c: Context<AppEnv>, action: Action, memorialId: string, input: MemorialActionInput, survivorKey?: string) {
  const result = await commit(c, action, memorialId, input, survivorKey);
  await purgePublicPages(c, { kind: action, subjectId: memorialId });
  return result;
}

async function commit(c: Context<AppEnv>, action: Action, memorialId: string, input: MemorialActionInput, survivorKey?: string) {
  const ctx = actor(c);
  const db = c.var.db;
  if (action === "withhold") return withholdMemorial(db, memorialId, input, ctx);
  if (action === "restore") return restoreMemorial(db, memorialId, input, ctx);
  if (action === "unmerge") return unmergeMemorial(db, memorialId, input, ctx);
  const survivorId = survivorKey ? await findMemorialId(db, survivorKey) : null;
  if (!survivorId) {
    throw new AppError("validation_failed", "The memorial to keep was not found.", {
      errors: [{ path: "survivor_id", message: "no memorial with this id or address" }],
    });
  }
  return mergeMemorial(db, memorialId, survivorId, input, ctx);
}

export async function renderMemorialAdmin(c: Context<AppEnv>, memorialId: string, form?: { errors: FormErrors; values: FormValues; action: string; status: 409 | 422 }) {
  actor(c);
  const admin = await loadMemorialAdmin(c.var.db, memorialId);
  if (form) c.status(form.status);
  return c.render(<MemorialAdminPage admin={admin} errors={form?.errors} values={form?.values} failedAction={form?.action} />, {
    title: `${c.var.t("moderation:memorial.title")}: ${admin.memorial.displayName}`,
    noindex: true,
  });
}

memorialAdminRoutes.get("/moderation/memorials/:id", (c) => renderMemorialAdmin(c, c.req.param("id")));

function actionForm(t: AppEnv["Variables"]["t"], action: Action) {
  return z.object({
    version: z.coerce.number().int().positive(),
    reason: z.string().trim().max(2000).superRefine(checkText("multiline", textMessages(t))).optional().transform((s) => s || undefined),
    survivor_id: action === "merge" ? z.string().trim().min(1, { error: t("moderation:errors.survivor") }).max(300) : z.string().optional(),
    report_id: z.string().max(60).optional().transform((s) => s || undefined),
    report_version: z.coerce.number().int().positive().optional(),
  }).superRefine((v, ctx) => {
    const needsReason = action === "withhold" || v.report_id !== undefined;
    if (needsReason && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: t("moderation:errors.reasonRequired") });
  });
}

for (const action of ACTIONS) {
  memorialAdminRoutes.post(`/moderation/memorials/:id/${action}`, async (c) => {
    actor(c);
    const memorialId = c.req.param("id")!;
    const values = await readFormValues(c);
    const form = validateForm(actionForm(c.var.t, action), values);
    const reportId = values.report_id || undefined;
    const fail = (errors: FormErrors, status: 409 | 422) =>
      reportId
        ? renderReportPage(c, reportId, { errors, values, action, status })
        : renderMemorialAdmin(c, memorialId, { errors, values, action, status });
    if (!form.ok) return fail(form.errors, 422);
    const { version, reason, survivor_id, report_version } = form.data;
    const report = reportId && report_version ? { id: reportId, version: report_version, note: reason ?? "" } : undefined;
    try {
      await perform(c, action, memorialId, { version, reason, report }, survivor_id);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== "conflict" && error.code !== "validation_failed")) throw error;
      const errors: FormErrors = Object.fromEntries(error.errors.map((e) => [e.path, e.message]));
      if (error.errors.length === 0) errors._form = `${c.var.t("moderation:errors.conflict")} ${error.message}`;
      return fail(errors, error.code === "conflict" ? 409 : 422);
    }
    return c.redirect(reportId ? `/moderation/reports/${reportId}` : `/moderation/memorials/${memorialId}`, 303);
  });

  memorialAdminRoutes.post(`/api/v1/moderation/memorials/:id/${action}`, async (c) => {
    actor(c);
    const body: z.infer<typeof memorialActionBody> & { survivor_id?: string } =
      action === "merge" ? await readJson(c, mergeBody) : await readJson(c, memorialActionBody);
    if (action === "withhold" && !body.reason) {
      throw new AppError("validation_failed", "Give the reason for withholding.", { errors: [{ path: "reason", message: "must not be empty" }] });
    }
    const report = body.report_id && body.report_version ? { id: body.report_id, version: body.report_version, note: body.reason ?? action } : undefined;
    const result = await perform(c, action, c.req.param("id")!, { version: body.version, reason: body.reason, report }, body.survivor_id);
    return c.json(result);
  });
}

memorialAdminRoutes.get("/api/v1/moderation/memorials/:id", async (c) => {
  actor(c);
  const { memorial, revisions, merges } = await loadMemorialAdmin(c.var.db, c.req.param("id"));
  return c.json({
    id: memorial.id,
    slug: memorial.slug,
    status: memorial.status,
    version: memorial.version,
    current_revision_id: memorial.currentRevisionId,
    merged_into_id: memorial.mergedIntoId,
    withheld_reason: memorial.withheldReason,
    revisions: revisions.map((r) => ({ id: r.id, kind: r.kind, status: r.status, version: r.version })),
    merges: merges.map((m) => ({ id: m.id, memorial_id: m.memorialId, survivor_id: m.survivorId, merged_at: new Date(m.mergedAt).toISOString(), undone_at: m.undoneAt ? new Date(m.undoneAt).toISOString() : null })),
  });
});
