/**
 * The page cache for anonymous visitors (issue 24): the pages and API answers they read are
 * served from the Workers Cache API without touching D1. Keyed by URL, language, markup version
 * and UTC day (memorial pages cite the day they were read), under the colo's current generation
 * (./generation.ts), which every public change replaces (./purge.ts). Browsers get the headers
 * the route set (`no-cache` with an ETag for memorial pages), never the edge's TTL.
 *
 * On a hit the page's CSP nonce is replaced by this response's own, so a nonce is never reused.
 */
import type { Context, MiddlewareHandler } from "hono";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { siteOrigin } from "../http/site-url";
import { log } from "../middleware/request-context";
import { cacheDecision } from "./cache-policy";
import { currentGeneration, PAGE_CACHE_TAG, pageCacheStore } from "./generation";
import { MARKUP_VERSION } from "./markup-version";

export type PageCacheStatus = "hit" | "miss" | "bypass";

/** What the route told browsers, kept beside the edge's own Cache-Control in the stored copy. */
const BROWSER_CACHE_CONTROL = "x-page-cache-browser-control";
/** The CSP nonce the stored page was rendered with. */
const RENDERED_NONCE = "x-page-cache-nonce";
/** Added by caches on the way out; a cached answer should look like a fresh one. */
const CACHE_ONLY_HEADERS = ["content-length", "cache-tag", "cf-cache-status", "age", "expires", BROWSER_CACHE_CONTROL, RENDERED_NONCE];

export const pageCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  const decision = cacheDecision(c);
  if (decision.use === "none") return next();
  const cache = pageCacheStore();
  if (decision.use === "bypass" || !cache) return bypass(c, next);
  const origin = siteOrigin(c.env);
  const generation = await currentGeneration(cache, origin);
  const key = pageKey(c, origin, generation.id);
  const cached = await cache.match(key);
  if (cached) {
    c.set("pageCache", "hit");
    return answerFromCache(c, cached);
  }
  c.set("pageCache", "miss");
  // What is rendered now is kept for everyone: read at least the change that started this generation.
  if (generation.bookmark && c.var.d1) c.set("db", createDb(c.var.d1.startingAt(c.env.DB, generation.bookmark)));
  await next();
  c.header("X-Page-Cache", "miss");
  const copy = storableCopy(c, decision.ttlSeconds);
  // A cache that refuses the copy costs the next visitor a render, never this visitor their page.
  if (copy) await cache.put(key, copy).catch((error: unknown) => log({ level: "error", msg: "page cache store failed", request_id: c.var.requestId, error: String(error) }));
};

async function bypass(c: Context<AppEnv>, next: () => Promise<void>) {
  c.set("pageCache", "bypass");
  await next();
  c.header("X-Page-Cache", "bypass");
}

/** The key: a URL under the site's origin naming the generation, language, markup and day. */
function pageKey(c: Context<AppEnv>, origin: string, generation: string): string {
  const url = new URL(c.req.url);
  const day = new Date().toISOString().slice(0, 10);
  return `${origin}/__page-cache/${generation}/${c.var.locale}/${MARKUP_VERSION}/${day}${url.pathname}${url.search}`;
}

/** A copy for the cache when the answer is a plain public 200 for nobody in particular. */
function storableCopy(c: Context<AppEnv>, ttlSeconds: number): Response | null {
  const res = c.res;
  const browserControl = res.headers.get("cache-control") ?? "";
  if (res.status !== 200 || c.var.user || res.headers.has("set-cookie") || /private|no-store/i.test(browserControl)) return null;
  const copy = res.clone();
  const headers = new Headers(copy.headers);
  headers.delete("x-page-cache");
  headers.set("Cache-Control", `public, max-age=${ttlSeconds}`);
  headers.set("Cache-Tag", PAGE_CACHE_TAG);
  headers.set(BROWSER_CACHE_CONTROL, browserControl);
  if (c.var.secureHeadersNonce) headers.set(RENDERED_NONCE, c.var.secureHeadersNonce);
  return new Response(copy.body, { status: 200, headers });
}

async function answerFromCache(c: Context<AppEnv>, cached: Response): Promise<Response> {
  const headers = new Headers(cached.headers);
  const browserControl = headers.get(BROWSER_CACHE_CONTROL);
  const renderedNonce = headers.get(RENDERED_NONCE);
  for (const name of CACHE_ONLY_HEADERS) headers.delete(name);
  headers.delete("cache-control");
  if (browserControl) headers.set("Cache-Control", browserControl);
  headers.set("X-Page-Cache", "hit");
  const etag = headers.get("etag");
  if (etag && ifNoneMatchIncludes(c.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const nonce = c.var.secureHeadersNonce;
  if (!renderedNonce || !nonce) return new Response(cached.body, { status: cached.status, headers });
  const text = await cached.text();
  return new Response(text.replaceAll(renderedNonce, nonce), { status: cached.status, headers });
}

/** Whether If-None-Match names this ETag (weak comparison, lists and "*" allowed). */
function ifNoneMatchIncludes(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.trim() === "*" || header.split(",").some((tag) => bare(tag) === bare(etag));
}
