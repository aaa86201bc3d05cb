/**
 * Cross-origin request protection for every write (POST, PUT, PATCH, DELETE), whatever its body,
 * after Go 1.25's http.CrossOriginProtection (https://words.filippo.io/csrf/):
 *
 * 1. `Sec-Fetch-Site` present (every current browser sends it): the write passes only if it
 *    says `same-origin`, or `none` (the user typed or bookmarked it; no page can forge that).
 * 2. Else `Origin` present (older browsers): it must be this site's own origin.
 * 3. Neither: the request did not come from a browser page. The API (/api/) answers it, so
 *    scripts and API clients keep working (api.md); an HTML form route refuses it, because only
 *    browsers post forms and one that hides where it came from cannot be told apart from a forgery.
 *
 * OAI-PMH (/oai) only reads and is open to every origin (CORS *): harvesters may POST its forms
 * from anywhere as long as no session cookie comes along.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../auth/session";
import { AppError } from "../http/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What the browser's own headers say about where a request came from. */
export function requestSource(request: { url: string; headers: Headers }): "same-origin" | "cross-origin" | "no-browser" {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none" ? "same-origin" : "cross-origin";
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === new URL(request.url).origin ? "same-origin" : "cross-origin";
  return "no-browser";
}

export const crossOriginProtection: MiddlewareHandler = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  if (c.req.path === "/oai" && getCookie(c, SESSION_COOKIE) === undefined) return next();
  const source = requestSource(c.req.raw);
  const machineRoute = c.req.path.startsWith("/api/") || c.req.path === "/oai";
  if (source === "cross-origin" || (source === "no-browser" && !machineRoute)) {
    throw new AppError("forbidden", "The request did not come from this site.");
  }
  await next();
};
