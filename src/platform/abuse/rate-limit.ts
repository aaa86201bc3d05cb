/**
 * Two layers against floods. The rate-limit binding is cheap and approximate (per Cloudflare
 * location), so it guards every client; exact quotas that matter (sign-in mails per address,
 * submissions per person) are fixed-window counters in D1, incremented atomically.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import { quotaGuard, rateCounters } from "../db/schema";
import type { Context } from "hono";
import type { Database } from "../db/client";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { sha256Hex } from "../ids";

export interface Quota {
  /** What is counted, e.g. "login-email". */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Sign-in links (docs/operations.md, "Rate limits"): one client may ask for 20 an hour whatever
 * the addresses, and for 5 an hour for one address; an address receives at most 20 an hour from
 * all clients together — except from a client its owner signed in from, so a flood by others
 * cannot lock the owner out.
 */
export const QUOTAS = {
  loginPerClient: { name: "login-client", limit: 20, windowSeconds: 3600 },
  loginPerAddressAndClient: { name: "login-email-client", limit: 5, windowSeconds: 3600 },
  loginPerAddress: { name: "login-email", limit: 20, windowSeconds: 3600 },
} as const satisfies Record<string, Quota>;

/**
 * Counts one use of `quota` for `subject` and throws 429 when the window is full.
 * Subjects are hashed so that addresses and IPs are not stored in clear.
 */
export async function consumeQuota(db: Database, quota: Quota, subject: string, now = Date.now()) {
  const windowMs = quota.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const bucket = `${quota.name}:${(await sha256Hex(subject)).slice(0, 32)}`;
  const row = await db.get<{ count: number }>(sql`
    INSERT INTO rate_counters (bucket, window_start, count) VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET count = count + 1
    RETURNING count`);
  if (row.count > quota.limit) {
    const retryAfter = Math.ceil((windowStart + windowMs - now) / 1000);
    throw new AppError("too_many_requests", "Too many requests. Please wait and try again.", {
      headers: { "Retry-After": String(retryAfter) },
    });
  }
}

/**
 * The use of a quota as statements to put first in the batch of the write it guards: the count
 * goes up, and when it is over the limit the guard's CHECK fails and D1 rolls the whole batch back
 * — nothing stored, nothing counted. One write transaction where `consumeQuota` and the write
 * would be two, which halves the commits of a submission. Catch with `refuseWhenQuotaExceeded`.
 */
export async function quotaInBatch(db: Database, quota: Quota, subject: string, now = Date.now()) {
  const windowMs = quota.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const bucket = `${quota.name}:${(await sha256Hex(subject)).slice(0, 32)}`;
  const counter = and(eq(rateCounters.bucket, bucket), eq(rateCounters.windowStart, windowStart));
  // Query builders, not raw SQL: drizzle cannot batch raw statements that carry parameters.
  return {
    statements: [
      db
        .insert(rateCounters)
        .values({ bucket, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [rateCounters.bucket, rateCounters.windowStart], set: { count: sql`${rateCounters.count} + 1` } }),
      db.insert(quotaGuard).select(
        db
          .select({ quotaExceeded: sql<number>`1`.as("quota_exceeded") })
          .from(rateCounters)
          .where(and(counter, gt(rateCounters.count, quota.limit))),
      ),
    ] as const,
    retryAfterSeconds: Math.ceil((windowStart + windowMs - now) / 1000),
  };
}

/** True when a batch was stopped by `quotaInBatch`'s guard. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (e.message.includes("quota_exceeded")) return true;
  return false;
}

/** Rethrows a batch stopped by `quotaInBatch` as the same 429 `consumeQuota` gives. */
export function refuseWhenQuotaExceeded(error: unknown, retryAfterSeconds: number): never {
  if (isQuotaExceeded(error)) {
    throw new AppError("too_many_requests", "Too many requests. Please wait and try again.", {
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  }
  throw error;
}

/** The client's address as Cloudflare reports it; "local" in development and tests. */
export function clientAddress(c: Context<AppEnv>): string {
  return c.req.header("cf-connecting-ip") ?? "local";
}

/** The binding's approximate per-client limit; throws 429 when exceeded. */
export async function limitClient(c: Context<AppEnv>, action: string): Promise<void> {
  const { success } = await c.env.RATE_LIMITER.limit({ key: `${action}:${clientAddress(c)}` });
  if (!success) {
    throw new AppError("too_many_requests", "Too many requests. Please wait a minute and try again.", {
      headers: { "Retry-After": "60" },
    });
  }
}
