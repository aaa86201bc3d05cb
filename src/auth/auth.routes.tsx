import { Hono, type Context } from "hono";
import { z } from "zod";
import { clientAddress, consumeQuota, limitClient, QUOTAS } from "../abuse/rate-limit";
import { TURNSTILE_FIELD, verifyTurnstile } from "../abuse/turnstile";
import { TurnstileScript } from "../abuse/turnstile-widget";
import type { Role } from "../db/schema";
import type { AppEnv } from "../env";
import { readFormValues } from "../http/forms";
import { readJson } from "../http/json-body";
import { AppError } from "../lib/errors";
import { listOutbox } from "../mail/mailer";
import { isDevelopment } from "./demo-accounts";
import { LinkFailedPage, LinkSentPage, OutboxPage, SignInPage } from "./auth.pages";
import { createLoginLink, LoginLinkError, normaliseEmail, redeemLoginLink, revokeSession, safeNext } from "./login-links";
import { clearSessionCookie, requireUser, setSessionCookie } from "./session";

const emailSchema = z.email().max(254);

/** Where a sign-in without a return address leads: the work each role came for. */
export function homeFor(role: Role): string {
  return role === "contributor" ? "/my/submissions" : "/moderation";
}
export const loginLinkBody = z.strictObject({ email: emailSchema, next: z.string().max(500).optional() });

export const authRoutes = new Hono<AppEnv>();

async function sendLoginLink(c: Context<AppEnv>, email: string, next: string | null) {
  await limitClient(c, "login");
  await consumeQuota(c.var.db, QUOTAS.loginPerClient, clientAddress(c));
  await consumeQuota(c.var.db, QUOTAS.loginPerAddress, normaliseEmail(email));
  await createLoginLink(c.var.db, { email, next, origin: new URL(c.req.url).origin, t: c.var.t });
}

// 202 whatever the address: the answer never tells whether someone has an account.
authRoutes.post("/api/v1/auth/login-link", async (c) => {
  const body = await readJson(c, loginLinkBody);
  await sendLoginLink(c, body.email, safeNext(body.next));
  return c.json({ status: "accepted", detail: "If the address can receive mail, a sign-in link is on its way." }, 202);
});

function renderSignIn(c: Context<AppEnv>, form: { email?: string; error?: string; formError?: string; next: string | null }) {
  return c.render(<SignInPage {...form} siteKey={c.env.TURNSTILE_SITE_KEY} />, {
    title: c.var.t("auth:signIn.title"),
    noindex: true,
    head: <TurnstileScript nonce={c.var.secureHeadersNonce} />,
  });
}

authRoutes.get("/auth/sign-in", (c) => renderSignIn(c, { next: safeNext(c.req.query("next")) }));

// An anonymous form that sends mail to any address: Turnstile keeps bots from using it.
authRoutes.post("/auth/sign-in", async (c) => {
  const values = await readFormValues(c);
  const next = safeNext(values.next);
  const parsed = emailSchema.safeParse(values.email?.trim());
  if (!parsed.success) {
    c.status(422);
    return renderSignIn(c, { email: values.email, next, error: c.var.t("auth:signIn.invalidEmail") });
  }
  const challenge = await verifyTurnstile(c.env, values[TURNSTILE_FIELD], clientAddress(c));
  if (!challenge.success) {
    c.status(422);
    return renderSignIn(c, { email: values.email, next, formError: c.var.t("auth:signIn.challenge") });
  }
  await sendLoginLink(c, parsed.data, next);
  return c.render(<LinkSentPage email={parsed.data} development={isDevelopment(c.env)} />, {
    title: c.var.t("auth:sent.title"),
    noindex: true,
  });
});

authRoutes.get("/auth/verify", async (c) => {
  const token = c.req.query("token") ?? "";
  try {
    if (!/^[a-z2-7]{20,80}$/.test(token)) throw new LoginLinkError("invalid");
    const result = await redeemLoginLink(c.var.db, token, {
      env: c.env,
      previousSessionId: c.var.sessionId,
      requestId: c.var.requestId,
    });
    setSessionCookie(c, result.sessionToken);
    return c.redirect(safeNext(result.next) ?? homeFor(result.user.role), 303);
  } catch (error) {
    if (!(error instanceof LoginLinkError)) throw error;
    c.status(400);
    return c.render(<LinkFailedPage reason={error.reason} />, { title: c.var.t("auth:verify.failedTitle"), noindex: true });
  }
});

async function signOut(c: Context<AppEnv>) {
  const user = requireUser(c);
  if (c.var.sessionId) await revokeSession(c.var.db, c.var.sessionId, user.id, c.var.requestId);
  clearSessionCookie(c);
}

authRoutes.post("/api/v1/auth/logout", async (c) => {
  await signOut(c);
  return c.body(null, 204);
});

authRoutes.post("/auth/logout", async (c) => {
  if (c.var.user) await signOut(c);
  return c.redirect("/", 303);
});

authRoutes.get("/api/v1/me", (c) => {
  const user = requireUser(c);
  return c.json({ id: user.id, email: user.email, display_name: user.displayName, role: user.role });
});

/** Development only: what the archive would have mailed. Everywhere else these answer 404. */
async function outboxMessages(c: Context<AppEnv>) {
  if (!isDevelopment(c.env)) throw new AppError("not_found");
  const rows = await listOutbox(c.var.db, c.req.query("to"));
  return rows.map((m) => ({
    to: m.toAddress,
    subject: m.subject,
    text: m.body,
    link: m.link,
    sent_at: new Date(m.createdAt).toISOString(),
  }));
}

authRoutes.get("/api/v1/dev/outbox", async (c) => c.json({ messages: await outboxMessages(c) }));

authRoutes.get("/dev/outbox", async (c) => {
  const messages = (await outboxMessages(c)).map((m) => ({ ...m, sentAt: m.sent_at }));
  return c.render(<OutboxPage messages={messages} />, { title: c.var.t("auth:outbox.title"), noindex: true });
});
