/**
 * The headers every open-data download carries (CORS, the licence link) and conditional requests
 * (ETag, Last-Modified); shared by the exports, GEDCOM and OAI-PMH.
 */
import { type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { DATA_LICENCE } from "../../domain/licence";

/** Open data: any site may fetch it, and caches may keep it for a while and revalidate. */
export function openDataHeaders(c: Context<AppEnv>) {
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  c.header("Link", `<${DATA_LICENCE.url}>; rel="license"`);
}

export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/** True when the client's copy (If-None-Match, else If-Modified-Since) is still current. */
export function notModified(c: Context<AppEnv>, etag: string, lastModified: number): boolean {
  const ifNoneMatch = c.req.header("if-none-match");
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  }
  const since = Date.parse(c.req.header("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}
