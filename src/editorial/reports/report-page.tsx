/**
 * A report as a moderator reviews it, rendered with its history and the corrections opened from
 * it; the review routes and the memorial's admin page both show it.
 */
import { type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { type FormErrors, type FormValues } from "../../platform/http/forms";
import { listAudit } from "../moderation/audit.queries";
import { actor } from "../moderation/actor";
import { listReportCorrections } from "./report-corrections";
import { loadReport } from "./reports.queries";
import { ReportReviewPage } from "./report-review.pages";

export async function renderReportPage(c: Context<AppEnv>, reportId: string, form?: { errors: FormErrors; values: FormValues; action: string; status: 409 | 422 }) {
  const { moderator, now } = actor(c);
  const loaded = await loadReport(c.var.db, reportId);
  const [history, corrections] = await Promise.all([listAudit(c.var.db, reportId, { limit: 50 }), listReportCorrections(c.var.db, reportId)]);
  if (form) c.status(form.status);
  return c.render(
    <ReportReviewPage loaded={loaded} corrections={corrections} history={history} userId={moderator.id} now={now} errors={form?.errors} values={form?.values} failedAction={form?.action} />,
    { title: c.var.t("reports:review.title", { kind: c.var.t(`reports:kinds.${loaded.report.kind}`) }), noindex: true },
  );
}
