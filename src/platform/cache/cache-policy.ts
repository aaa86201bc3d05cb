/**
 * Which requests the page cache may answer, and for how long the edge keeps an answer.
 *
 * Only the routes anonymous visitors read are listed; everything else (forms, moderation,
 * accounts, exports that stream, media) never touches the cache. A listed route is still only
 * stored when its answer is a plain public 200 (src/platform/cache/page-cache.ts).
 */
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../auth/session";
import { BOOKMARK_COOKIE } from "../db/read-session";
import type { AppEnv } from "../env";

/** The default edge TTL: how stale another colo may be when no global purge is configured. */
export const DEFAULT_EDGE_TTL_SECONDS = 60;
/** Search results are cached more briefly: many distinct queries, each seen a few times. */
const SEARCH_TTL_SECONDS = 30;

interface CachedRoute {
  path: RegExp;
  search?: true;
}

const CACHED_ROUTES: CachedRoute[] = [
  { path: /^\/$/ },
  { path: /^\/memorials\/[^/]+$/ },
  { path: /^\/api\/v1\/memorials\/[^/]+$/ },
  // The list API without q= is a list; with q= it is a search.
  { path: /^\/api\/v1\/memorials$/, search: true },
  { path: /^\/search$/, search: true },
  { path: /^\/browse(\/[^/]+){0,2}$/ },
  { path: /^\/map$/ },
  { path: /^\/timeline$/ },
  { path: /^\/feed\.atom$/ },
  { path: /^\/sitemap\.xml$/ },
  { path: /^\/sitemaps\/[^/]+\.xml$/ },
  { path: /^\/oai$/ },
  // A memorial's history and its versions (issue 17): purged with the memorial.
  { path: /^\/memorials\/[^/]+\/(history|v\/\d+)$/ },
  { path: /^\/api\/v1\/memorials\/[^/]+\/versions(\/\d+)?$/ },
  // Groups (issue 20): the index, a group's page (not its proposal form) and their API answers.
  { path: /^\/groups$/, search: true },
  { path: /^\/groups\/[^/]+$/ },
  { path: /^\/api\/v1\/groups(\/[^/]+)?$/ },
];

/** The edge TTL for this deployment: PAGE_CACHE_TTL_SECONDS (wrangler.toml); 0 turns the cache off. */
export function edgeTtlSeconds(env: Pick<Env, "PAGE_CACHE_TTL_SECONDS">): number {
  const configured = Number.parseInt(env.PAGE_CACHE_TTL_SECONDS ?? "", 10);
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_EDGE_TTL_SECONDS;
}

export type CacheDecision =
  /** Not a route the cache serves (or the cache is off): no cache status in the log. */
  | { use: "none" }
  /** A cached route, but this visitor must get a freshly rendered answer. */
  | { use: "bypass" }
  | { use: "cache"; ttlSeconds: number };

/**
 * Whether the page cache may answer this request, and for how long the edge keeps the answer.
 * Bypassed: anyone with a session, or with a D1 bookmark after their own write (they must read
 * what they just did); API calls with credentials; a request that chooses a language (?lang=)
 * the answer must remember in a cookie.
 */
export function cacheDecision(c: Context<AppEnv>): CacheDecision {
  if (c.req.method !== "GET") return { use: "none" };
  const route = CACHED_ROUTES.find((r) => r.path.test(c.req.path));
  const ttl = edgeTtlSeconds(c.env);
  if (!route || ttl === 0) return { use: "none" };
  if (getCookie(c, SESSION_COOKIE) !== undefined || getCookie(c, BOOKMARK_COOKIE) !== undefined) return { use: "bypass" };
  if (c.req.header("authorization") !== undefined) return { use: "bypass" };
  const chosen = c.req.query("lang");
  if (chosen !== undefined && chosen.toLowerCase().split("-")[0] !== getCookie(c, "lang")) return { use: "bypass" };
  const search = route.search && (c.req.path === "/search" || c.req.query("q") !== undefined);
  return { use: "cache", ttlSeconds: search ? Math.min(ttl, SEARCH_TTL_SECONDS) : ttl };
}
