/**
 * Server-side sessions. The cookie carries a random token; the database stores only its sha256,
 * so a leaked database cannot be used to sign in. Sessions expire and can be revoked.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Database } from "../db/client";
import { sessions, users, type Role } from "../db/schema";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { newToken, sha256Hex } from "../ids";

export const SESSION_COOKIE = "zeugnis_session";
export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;
/** last_seen_at is refreshed at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 3_600_000;

export interface SessionUser {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
}

export async function newSession(userId: string, now = Date.now()) {
  const token = newToken();
  return {
    token,
    row: {
      id: await sha256Hex(token),
      userId,
      createdAt: now,
      expiresAt: now + SESSION_DAYS * DAY_MS,
      lastSeenAt: now,
    },
  };
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true, httpOnly: true, sameSite: "Lax" });
}

async function findSession(db: Database, token: string, now: number) {
  const id = await sha256Hex(token);
  const row = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)),
    )
    .get();
  return row ?? null;
}

/** Sets `user` and `sessionId` for the request (null when signed out). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("user", null);
  c.set("sessionId", null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 128) {
    const now = Date.now();
    const found = await findSession(c.var.db, token, now);
    if (found) {
      const { sessionId, lastSeenAt, ...user } = found;
      c.set("user", user);
      c.set("sessionId", sessionId);
      if (now - lastSeenAt > TOUCH_INTERVAL_MS) {
        c.executionCtx.waitUntil(
          c.var.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId)).run(),
        );
      }
    }
  }
  await next();
};

const RANK: Record<Role, number> = { contributor: 0, moderator: 1, admin: 2 };

/** The signed-in user, or 401. */
export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.var.user;
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

/** The signed-in user if their role is at least `role`; 401 when signed out, 403 otherwise. */
export function requireRole(c: Context<AppEnv>, role: Role): SessionUser {
  const user = requireUser(c);
  if (RANK[user.role] < RANK[role]) throw new AppError("forbidden", "Your role does not allow this.");
  return user;
}

/** Middleware form of `requireRole`, for whole routers. */
export function roleRequired(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireRole(c, role);
    await next();
  };
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return user !== null && RANK[user.role] >= RANK[role];
}
