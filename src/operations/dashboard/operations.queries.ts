/**
 * The figures an operator watches: what waits for moderators, how much comes in, sign-ins that
 * never completed, mail that is not getting out, and how full the database is. Every count runs
 * on an index (revisions by status, audit entries by action and time, unsent mail), so the page
 * stays cheap on a large archive; only `login_tokens` is scanned, and it holds sign-in requests.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { MAX_ATTEMPTS } from "../../platform/mail/mailer";
import { STALE_DRAFT_MS } from "../jobs/draft-reminders";

const DAY_MS = 86_400_000;
export const SIGN_IN_WINDOW_DAYS = 7;
export const ACTIVITY_DAYS = 14;

export interface OperationsFigures {
  pending: number;
  in_review: number;
  changes_requested: number;
  open_reports: number;
  expired_claims: number;
  oldest_revision: number | null;
  oldest_report: number | null;
  drafts: number;
  stale_drafts: number;
  mail_waiting: number;
  mail_failed: number;
  mail_oldest: number | null;
  links_requested: number;
  links_unused: number;
  sign_ins: number;
}

export function readFigures(db: Database, now: number): Promise<OperationsFigures> {
  const since = now - SIGN_IN_WINDOW_DAYS * DAY_MS;
  return db.get<OperationsFigures>(sql`
    SELECT
      (SELECT count(*) FROM revisions WHERE status = 'pending') AS pending,
      (SELECT count(*) FROM revisions WHERE status = 'in_review') AS in_review,
      (SELECT count(*) FROM revisions WHERE status = 'changes_requested') AS changes_requested,
      (SELECT count(*) FROM reports WHERE status = 'open') AS open_reports,
      (SELECT count(*) FROM revisions WHERE status = 'in_review' AND claimed_until < ${now})
        + (SELECT count(*) FROM reports WHERE status = 'open' AND claimed_until < ${now}) AS expired_claims,
      (SELECT min(submitted_at) FROM revisions WHERE status IN ('pending', 'in_review')) AS oldest_revision,
      (SELECT min(created_at) FROM reports WHERE status = 'open') AS oldest_report,
      (SELECT count(*) FROM revisions WHERE status = 'draft') AS drafts,
      (SELECT count(*) FROM revisions WHERE status = 'draft' AND updated_at < ${now - STALE_DRAFT_MS}) AS stale_drafts,
      (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS}) AS mail_waiting,
      (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts >= ${MAX_ATTEMPTS}) AS mail_failed,
      (SELECT min(created_at) FROM mail_outbox WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS}) AS mail_oldest,
      (SELECT count(*) FROM login_tokens WHERE created_at >= ${since}) AS links_requested,
      (SELECT count(*) FROM login_tokens
        WHERE created_at >= ${since} AND used_at IS NULL AND expires_at < ${now}) AS links_unused,
      (SELECT count(*) FROM audit_log WHERE action = 'session.login' AND at >= ${since}) AS sign_ins`);
}

export interface DayActivity {
  /** YYYY-MM-DD (UTC). */
  day: string;
  submitted: number;
  resubmitted: number;
  decided: number;
  reports: number;
}

const ACTIVITY_ACTIONS = {
  submitted: ["revision.submit"],
  resubmitted: ["revision.resubmit"],
  decided: ["revision.approve", "revision.reject", "revision.request_changes"],
  reports: ["report.create"],
} as const;

/** Per UTC day over the last `days` days, newest first, days without activity included. */
export async function readActivity(db: Database, now: number, days = ACTIVITY_DAYS): Promise<DayActivity[]> {
  const firstDay = Math.floor(now / DAY_MS) - days + 1;
  const actions = Object.values(ACTIVITY_ACTIONS).flat();
  const rows = await db.all<{ day: number; action: string; n: number }>(sql`
    SELECT at / 86400000 AS day, action, count(*) AS n FROM audit_log
    WHERE action IN (${sql.join(actions.map((a) => sql`${a}`), sql`, `)}) AND at >= ${firstDay * DAY_MS}
    GROUP BY day, action`);
  const result: DayActivity[] = [];
  for (let day = firstDay + days - 1; day >= firstDay; day--) {
    const entry: DayActivity = { day: new Date(day * DAY_MS).toISOString().slice(0, 10), submitted: 0, resubmitted: 0, decided: 0, reports: 0 };
    for (const row of rows.filter((r) => r.day === day)) {
      for (const [column, names] of Object.entries(ACTIVITY_ACTIONS) as [keyof typeof ACTIVITY_ACTIONS, readonly string[]][]) {
        if (names.includes(row.action)) entry[column] += row.n;
      }
    }
    result.push(entry);
  }
  return result;
}
