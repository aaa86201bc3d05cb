import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";

/** Fires the Worker's cron handler as Cloudflare would, at `scheduledTime`, optionally with other bindings. */
export async function fireCron(cron: string, scheduledTime: number, bindings: Partial<Env> = {}) {
  const controller = createScheduledController({ cron, scheduledTime });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
}

export const DAILY = "17 3 * * *";
export const QUARTER_HOURLY = "*/15 * * * *";
export const MINUTE = 60_000;
export const DAY = 86_400_000;
