/**
 * The Worker's cron entry point: a small dispatcher from cron expression (wrangler.toml
 * [triggers]) to jobs. A feature adds its job to the list of the schedule it needs. Each job
 * runs on its own, so one failing job neither stops the others nor hides its error.
 */
import { pruneSignInClients } from "../platform/auth/sign-in-clients";
import { createDb, type Database } from "../platform/db/client";
import { MeteredD1 } from "../platform/db/metering";
import { expireClaims } from "./jobs/claim-expiry";
import { remindAbandonedDrafts } from "./jobs/draft-reminders";
import { sendModerationDigest } from "./jobs/moderation-digest";
import { deliverQueuedMail } from "../platform/mail/mailer";
import { deleteOrphanMedia, expireUploads } from "../media/media.cleanup";
import { backupDatabase } from "./backup/backup";
import { advanceImports } from "../exchange/imports/import-jobs";
import { log } from "../platform/middleware/request-context";

export interface JobContext {
  env: Env;
  db: Database;
  /** When the cron fired (ms), so a job's notion of "now" is the schedule's. */
  now: number;
}

export interface ScheduledJob {
  name: string;
  run(ctx: JobContext): Promise<unknown>;
}

export const DAILY = "17 3 * * *";
export const QUARTER_HOURLY = "*/15 * * * *";

export const JOBS: Record<string, ScheduledJob[]> = {
  [DAILY]: [
    // The backup goes first, before the other daily jobs write anything.
    {
      name: "ops.backup",
      run: async ({ env, now }) => {
        const { prefix, manifest } = await backupDatabase(env.DB, env.BACKUPS, now);
        return { prefix, consistency: manifest.consistency, rows: manifest.tables.reduce((n, t) => n + t.rows, 0) };
      },
    },
    {
      name: "media.delete-orphans",
      run: ({ db, env, now }) => deleteOrphanMedia(db, env.MEDIA, now),
    },
    { name: "moderation.digest", run: ({ db, env, now }) => sendModerationDigest(db, env, now) },
    { name: "drafts.remind-abandoned", run: ({ db, env, now }) => remindAbandonedDrafts(db, env, now) },
    { name: "auth.forget-sign-in-clients", run: ({ db, now }) => pruneSignInClients(db, now) },
  ],
  [QUARTER_HOURLY]: [
    { name: "media.expire-uploads", run: ({ db, env, now }) => expireUploads(db, env.MEDIA, now) },
    { name: "imports.advance", run: ({ db, env, now }) => advanceImports(db, env.MEDIA, now) },
    { name: "moderation.expire-claims", run: ({ db, now }) => expireClaims(db, now) },
    // Retries what failed and sends what the daily jobs queued (requests send their own at once).
    { name: "mail.deliver", run: ({ db, env }) => deliverQueuedMail(env, db, { limit: 100 }) },
  ],
};

export async function scheduled(
  controller: ScheduledController,
  env: Env,
  _ctx: ExecutionContext,
): Promise<void> {
  const jobs = JOBS[controller.cron] ?? [];
  const failures: string[] = [];
  for (const job of jobs) {
    const started = Date.now();
    const d1 = new MeteredD1(env.DB);
    try {
      const result = await job.run({ env, db: createDb(d1), now: controller.scheduledTime });
      log({
        level: "info",
        msg: "scheduled job",
        job: job.name,
        cron: controller.cron,
        result,
        duration_ms: Date.now() - started,
        rows_read: d1.usage.rowsRead,
        rows_written: d1.usage.rowsWritten,
      });
    } catch (error) {
      failures.push(job.name);
      log({
        level: "error",
        msg: "scheduled job failed",
        job: job.name,
        cron: controller.cron,
        error: String(error),
      });
    }
  }
  // Rethrow so the failure shows in the cron's status, after every job had its turn.
  if (failures.length) throw new Error(`scheduled jobs failed: ${failures.join(", ")}`);
}
