/**
 * Read replicas through the D1 Sessions API. Every request runs in one D1 session, started from:
 * - the bookmark in the `zeugnis_d1` cookie, set after the browser's last write: the request reads
 *   from any replica that has caught up with that write (a contributor always sees what they
 *   just sent);
 * - "first-primary" for signed-in people without a bookmark, for any write request (POST, …) and
 *   for the sign-in paths, so decisions are taken on current data (a fresh sign-in token, say);
 * - "first-unconstrained" for everyone else: visitors reading the archive, served by the nearest
 *   replica.
 * Without read replication enabled on the database, every session simply uses the primary.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../auth/session";

export const BOOKMARK_COOKIE = "zeugnis_d1";
/** Replicas catch up within seconds; an hour is plenty and a stale bookmark costs nothing. */
const BOOKMARK_MAX_AGE_S = 3600;
/** D1 bookmarks: four hex groups, e.g. 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683. */
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/i;

export type ReadConsistency = "bookmark" | "first-primary" | "first-unconstrained";

export interface SessionStart {
  consistency: ReadConsistency;
  /** What `withSession` is given: the bookmark or the constraint. */
  start: string;
}

export interface RequestFacts {
  method: string;
  path: string;
  signedIn: boolean;
  bookmark: string | undefined;
}

export function isBookmark(value: string | undefined): value is string {
  return value !== undefined && BOOKMARK.test(value);
}

/** Where this request's D1 session starts (see the file comment). */
export function sessionStart(facts: RequestFacts): SessionStart {
  if (isBookmark(facts.bookmark)) return { consistency: "bookmark", start: facts.bookmark };
  const reading = facts.method === "GET" || facts.method === "HEAD";
  if (facts.signedIn || !reading || facts.path.startsWith("/auth/")) {
    return { consistency: "first-primary", start: "first-primary" };
  }
  return { consistency: "first-unconstrained", start: "first-unconstrained" };
}

export function requestFacts(c: Context): RequestFacts {
  return {
    method: c.req.method,
    path: c.req.path,
    signedIn: Boolean(getCookie(c, SESSION_COOKIE)),
    bookmark: getCookie(c, BOOKMARK_COOKIE),
  };
}

/** After a write request: the browser's next requests read at least what it just wrote. */
export function rememberBookmark(c: Context, bookmark: string | null): void {
  if (!isBookmark(bookmark ?? undefined) || bookmark === getCookie(c, BOOKMARK_COOKIE)) return;
  setCookie(c, BOOKMARK_COOKIE, bookmark!, {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    maxAge: BOOKMARK_MAX_AGE_S,
  });
}
