/**
 * Sign-in by one-time email link. Tokens are random, stored only as sha256, single use and valid
 * for 15 minutes. Opening the link only shows a button (`checkLoginLink` reads, never spends):
 * mail scanners open links, and a link planted by someone else must not sign a visitor into
 * their account. The button's POST redeems it: consumes the token, creates a fresh session
 * (never reusing one the browser brought: no session fixation) and writes the audit entry, all
 * in one batch.
 */
import { and, eq, isNull } from "drizzle-orm";
import { auditInsert } from "../audit/audit";
import type { Translate } from "../i18n";
import type { Database } from "../db/client";
import { isStaleWrite, requireChanged } from "../db/guard";
import { loginTokens, sessions, users } from "../db/schema";
import { localPath } from "../http/local-path";
import { AppError } from "../http/errors";
import { newId, newToken, sha256Hex } from "../ids";
import { absoluteUrl, type SiteEnv } from "../http/site-url";
import { queueMail } from "../mail/mailer";
import { demoAccount } from "./demo-accounts";
import { newSession } from "./session";
import { recordSignInClient } from "./sign-in-clients";

export const LOGIN_TOKEN_TTL_MS = 15 * 60_000;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface LoginLinkRequest {
  email: string;
  next: string | null;
  env: SiteEnv;
  t: Translate;
  now?: number;
}

/** Stores a new token and queues the mail with its link, in one batch. */
export async function createLoginLink(db: Database, request: LoginLinkRequest): Promise<void> {
  const now = request.now ?? Date.now();
  const email = normaliseEmail(request.email);
  const token = newToken();
  const link = absoluteUrl(request.env, `/auth/verify?token=${token}`);
  await db.batch([
    db.insert(loginTokens).values({
      tokenHash: await sha256Hex(token),
      email,
      createdAt: now,
      expiresAt: now + LOGIN_TOKEN_TTL_MS,
      next: request.next,
    }),
    queueMail(
      db,
      {
        to: email,
        subject: request.t("auth:mail.subject"),
        text: request.t("auth:mail.body", { link }),
        link,
        kind: "login_link",
      },
      now,
    ),
  ]);
}

export type LoginFailure = "invalid" | "expired" | "used";

export class LoginLinkError extends AppError {
  constructor(readonly reason: LoginFailure) {
    super("bad_request", `The sign-in link is ${reason === "invalid" ? "not valid" : reason}.`);
  }
}

/** Tokens as `newToken` makes them; anything else is not looked up. */
const TOKEN_SHAPE = /^[a-z2-7]{20,80}$/;

async function findUsableToken(db: Database, token: string, now: number) {
  if (!TOKEN_SHAPE.test(token)) throw new LoginLinkError("invalid");
  const tokenHash = await sha256Hex(token);
  const row = await db.select().from(loginTokens).where(eq(loginTokens.tokenHash, tokenHash)).get();
  if (!row) throw new LoginLinkError("invalid");
  if (row.usedAt !== null) throw new LoginLinkError("used");
  if (row.expiresAt <= now) throw new LoginLinkError("expired");
  return row;
}

/** Whether a link can still sign in, and for which address; spends nothing. */
export async function checkLoginLink(db: Database, token: string, now = Date.now()): Promise<{ email: string }> {
  const row = await findUsableToken(db, token, now);
  return { email: row.email };
}

export interface RedeemOptions {
  env: Pick<Env, "ENVIRONMENT">;
  previousSessionId: string | null;
  requestId: string;
  /** The client signing in (sign-in-clients.ts); null when no key is configured. */
  clientHash?: string | null;
  now?: number;
}

/** Consumes a token and opens a session; returns the cookie token and where to go next. */
export async function redeemLoginLink(db: Database, token: string, options: RedeemOptions) {
  const now = options.now ?? Date.now();
  const row = await findUsableToken(db, token, now);
  const tokenHash = row.tokenHash;
  // Decided before the token is spent: nothing after the batch may fail.
  const next = localPath(row.next);

  const user = await findOrCreateUser(db, row.email, options.env, now);
  const session = await newSession(user.id, now);
  try {
    await db.batch([
      db
        .update(loginTokens)
        .set({ usedAt: now })
        .where(and(eq(loginTokens.tokenHash, tokenHash), isNull(loginTokens.usedAt))),
      requireChanged(db),
      db.insert(sessions).values(session.row),
      db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.id, options.previousSessionId ?? ""), isNull(sessions.revokedAt))),
      db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)),
      ...(options.clientHash ? [recordSignInClient(db, user.id, options.clientHash, now)] : []),
      auditInsert(db, {
        actorId: user.id,
        action: "session.login",
        subjectType: "user",
        subjectId: user.id,
        requestId: options.requestId,
        at: now,
      }),
    ]);
  } catch (error) {
    // Two tabs opening the same link at once: exactly one signs in.
    if (isStaleWrite(error)) throw new LoginLinkError("used");
    throw error;
  }
  return { sessionToken: session.token, next, user };
}

async function findOrCreateUser(db: Database, email: string, env: Pick<Env, "ENVIRONMENT">, now: number) {
  const demo = demoAccount(env, email);
  await db
    .insert(users)
    .values({
      id: newId("usr"),
      email,
      role: demo?.role ?? "contributor",
      displayName: demo?.displayName ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: users.email });
  const user = await db.select().from(users).where(eq(users.email, email)).get();
  if (!user) throw new AppError("internal", "Could not create the account.");
  if (user.disabledAt !== null) throw new LoginLinkError("invalid");
  return user;
}

/** Ends a session (sign-out); audited. */
export async function revokeSession(db: Database, sessionId: string, userId: string, requestId: string) {
  const now = Date.now();
  await db.batch([
    db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt))),
    auditInsert(db, {
      actorId: userId,
      action: "session.logout",
      subjectType: "user",
      subjectId: userId,
      requestId,
      at: now,
    }),
  ]);
}
