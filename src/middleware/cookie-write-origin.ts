/**
 * CSRF protection for cookie-authenticated writes that are not HTML forms (JSON, file parts,
 * DELETE). hono's csrf() covers form content types only; a browser can also be made to send a
 * cross-site fetch with credentials, and the session cookie is SameSite=Lax, not Strict.
 *
 * A write that carries the session cookie is refused (403) when the browser says it came from
 * another site: `Sec-Fetch-Site` other than same-origin, or else an `Origin` of another site.
 * A request with neither header did not come from a browser page (every current browser sends
 * at least one on a cross-origin write), so API clients and scripts keep working, as do clients
 * without cookies, which cannot be forged into acting as someone.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../auth/session";
import { AppError } from "../lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite(request: { method: string; url: string; headers: Headers }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site !== "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && origin !== new URL(request.url).origin;
}

export const cookieWriteOrigin: MiddlewareHandler = async (c, next) => {
  if (getCookie(c, SESSION_COOKIE) !== undefined && isCrossSiteWrite(c.req.raw)) {
    throw new AppError("forbidden", "The request did not come from this site.");
  }
  await next();
};
