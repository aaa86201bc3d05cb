/**
 * Purging the page cache after a public change, in the request that commits it. Call
 * `purgePublicPages(c, change)` right after the batch of any change that alters what visitors
 * see: an approval, withholding, restoring, merging or unmerging a memorial, rejecting a file,
 * a change to a group. It never throws: the change is already committed, and a failed purge is
 * logged as an error (the edge TTL still bounds how long a page may be stale).
 *
 * - In this colo, at once: a new generation (./generation.ts), so the next visitor gets a fresh
 *   render — a withheld memorial is never served from the cache after the withhold returns.
 * - Everywhere, when CACHE_PURGE_ZONE_ID and CACHE_PURGE_TOKEN are set: Cloudflare's purge by tag
 *   (every cached page and every colo's generation carry PAGE_CACHE_TAG), sent after the answer.
 *   Without them, other colos show a page for at most PAGE_CACHE_TTL_SECONDS (docs/operations.md).
 */
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { siteOrigin } from "../http/site-url";
import { log } from "../middleware/request-context";
import { PAGE_CACHE_TAG, pageCacheStore, startGeneration } from "./generation";

export type PublicChangeKind = "approval" | "withhold" | "restore" | "merge" | "unmerge" | "media_rejection" | "group";

export interface PublicChange {
  kind: PublicChangeKind;
  /** The memorial, file or group that changed, for the log. */
  subjectId: string | null;
}

const CLOUDFLARE_API = "https://api.cloudflare.com/client/v4";

/**
 * @example
 * const result = await withholdMemorial(c.var.db, id, input, actor(c));
 * await purgePublicPages(c, { kind: "withhold", subjectId: id });
 */
export async function purgePublicPages(c: Context<AppEnv>, change: PublicChange): Promise<void> {
  const fields = { msg: "page cache purge", request_id: c.var.requestId, change: change.kind, subject_id: change.subjectId };
  const cache = pageCacheStore();
  try {
    if (cache) await startGeneration(cache, siteOrigin(c.env), c.var.d1?.getBookmark() ?? null);
  } catch (error) {
    log({ level: "error", ...fields, scope: "colo", error: String(error) });
  }
  if (!globalPurgeConfigured(c.env)) return;
  const purge = purgeEverywhere(c.env).then(
    () => log({ level: "info", ...fields, scope: "global" }),
    (error) => log({ level: "error", ...fields, scope: "global", error: String(error) }),
  );
  try {
    c.executionCtx.waitUntil(purge);
  } catch {
    await purge; // no execution context (a script calling app.request)
  }
}

type PurgeEnv = Pick<Env, "CACHE_PURGE_ZONE_ID" | "CACHE_PURGE_TOKEN" | "CACHE_PURGE_API">;

export function globalPurgeConfigured(env: PurgeEnv): boolean {
  return Boolean(env.CACHE_PURGE_ZONE_ID && env.CACHE_PURGE_TOKEN);
}

/** Cloudflare's purge by tag for the whole zone; throws unless Cloudflare confirms it. */
async function purgeEverywhere(env: PurgeEnv): Promise<void> {
  const api = env.CACHE_PURGE_API || CLOUDFLARE_API;
  const res = await fetch(`${api}/zones/${encodeURIComponent(env.CACHE_PURGE_ZONE_ID)}/purge_cache`, {
    method: "POST",
    headers: { Authorization: `Bearer ${env.CACHE_PURGE_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tags: [PAGE_CACHE_TAG] }),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await res.json().catch(() => null)) as { success?: boolean } | null;
  if (!res.ok || answer?.success !== true) throw new Error(`Cloudflare purge answered ${res.status}`);
}
