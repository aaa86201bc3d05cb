/**
 * The Worker's cron entry point: a small dispatcher from cron expression (wrangler.toml
 * [triggers]) to jobs. A feature adds its job to the list of the schedule it needs. Each job
 * runs on its own, so one failing job neither stops the others nor hides its error.
 */
import { createDb, type Database } from "./db/client";
import { deleteOrphanMedia, expireUploads } from "./media/media.cleanup";
import { backupDatabase } from "./ops/backup";
import { advanceImports } from "./imports/import-jobs";
import { log } from "./middleware/request-context";

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
    {
      name: "media.delete-orphans",
      run: ({ db, env, now }) => deleteOrphanMedia(db, env.MEDIA, now),
    },
    {
      name: "ops.backup",
      run: async ({ env, now }) => {
        const { prefix, manifest } = await backupDatabase(env.DB, env.BACKUPS, now);
        return { prefix, consistency: manifest.consistency, rows: manifest.tables.reduce((n, t) => n + t.rows, 0) };
      },
    },
  ],
  [QUARTER_HOURLY]: [
    { name: "media.expire-uploads", run: ({ db, env, now }) => expireUploads(db, env.MEDIA, now) },
    { name: "imports.advance", run: ({ db, env, now }) => advanceImports(db, env.MEDIA, now) },
  ],
};

export async function scheduled(
  controller: ScheduledController,
  env: Env,
  _ctx: ExecutionContext,
): Promise<void> {
  const jobs = JOBS[controller.cron] ?? [];
  const ctx: JobContext = { env, db: createDb(env.DB), now: controller.scheduledTime };
  const failures: string[] = [];
  for (const job of jobs) {
    const started = Date.now();
    try {
      const result = await job.run(ctx);
      log({
        level: "info",
        msg: "scheduled job",
        job: job.name,
        cron: controller.cron,
        result,
        duration_ms: Date.now() - started,
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
