/** The operator's view for admins: /admin/operations (HTML) and /api/v1/admin/operations (JSON). */
import { sql } from "drizzle-orm";
import { Hono, type Context } from "hono";
import { isDevelopment } from "../../platform/auth/demo-accounts";
import { requireRole } from "../../platform/auth/session";
import type { Database } from "../../platform/db/client";
import type { AppEnv } from "../../platform/env";
import { readDateFindings } from "../../editorial/date-check/date-findings.queries";
import { OperationsPage } from "./operations.pages";
import { readActivity, readFigures, SIGN_IN_WINDOW_DAYS } from "./operations.queries";
import type { OperationsSnapshot } from "./operations-snapshot";
async function databaseBytes(db: Database): Promise<number | null> {
  const result = await db.run(sql`SELECT 1`);
  return typeof result.meta.size_after === "number" ? result.meta.size_after : null;
}

async function snapshot(c: Context<AppEnv>): Promise<OperationsSnapshot> {
  requireRole(c, "admin");
  const now = Date.now();
  const [figures, activity, bytes, dates] = await Promise.all([
    readFigures(c.var.db, now),
    readActivity(c.var.db, now),
    databaseBytes(c.var.db),
    readDateFindings(c.var.db),
  ]);
  return { now, figures, activity, databaseBytes: bytes, dates };
}

export const operationsRoutes = new Hono<AppEnv>();

operationsRoutes.get("/admin/operations", async (c) => {
  const data = await snapshot(c);
  c.header("Cache-Control", "no-store");
  return c.render(<OperationsPage snapshot={data} development={isDevelopment(c.env)} />, {
    title: c.var.t("operations:page.title"),
    noindex: true,
  });
});

operationsRoutes.get("/api/v1/admin/operations", async (c) => {
  const { now, figures, activity, databaseBytes, dates } = await snapshot(c);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  c.header("Cache-Control", "no-store");
  return c.json({
    generated_at: iso(now),
    queue: {
      pending: figures.pending,
      in_review: figures.in_review,
      expired_claims: figures.expired_claims,
      open_reports: figures.open_reports,
      changes_requested: figures.changes_requested,
      oldest_waiting_revision: iso(figures.oldest_revision),
      oldest_open_report: iso(figures.oldest_report),
    },
    drafts: { total: figures.drafts, untouched_30_days: figures.stale_drafts },
    activity,
    sign_ins: { window_days: SIGN_IN_WINDOW_DAYS, links_requested: figures.links_requested, completed: figures.sign_ins, links_unused: figures.links_unused },
    mail: { waiting: figures.mail_waiting, failed: figures.mail_failed, oldest_waiting: iso(figures.mail_oldest) },
    database: { bytes: databaseBytes, limit_bytes: 10 * 1024 ** 3 },
    dates: { revisions_with_findings: dates.total, last_checked: iso(dates.lastChecked) },
  });
});
