import { Hono, type Context } from "hono";
import { z } from "zod";
import { clientAddress, consumeQuota, limitClient, QUOTAS } from "../abuse/rate-limit";
import { TURNSTILE_FIELD, verifyTurnstile } from "../abuse/turnstile";
import { TurnstileScript } from "../abuse/turnstile-widget";
import type { Role } from "../db/schema";
import type { AppEnv } from "../env";
import { readFormValues } from "../http/forms";
import { readJson } from "../http/json-body";
import { localPath, localPathField } from "../http/local-path";
import { AppError } from "../http/errors";
import { listOutbox } from "../mail/mailer";
import { isDevelopment } from "./demo-accounts";
import { ConfirmSignInPage, LinkFailedPage, LinkSentPage, OutboxPage, SignInPage } from "./auth.pages";
import { checkLoginLink, createLoginLink, LoginLinkError, normaliseEmail, redeemLoginLink, revokeSession } from "./login-links";
import { clearSessionCookie, requireUser, setSessionCookie } from "./session";
import { isKnownClient, requestClientHash } from "./sign-in-clients";

const emailSchema = z.email().max(254);

/** Where a sign-in without a return address leads: the work each role came for. */
export function homeFor(role: Role): string {
  return role === "contributor" ? "/my/submissions" : "/moderation";
}
export const loginLinkBody = z.strictObject({
  email: emailSchema,
  next: localPathField.optional().describe("Where the link leads after signing in: a path of this site (default: the queue for moderators, My submissions for contributors)."),
});

export const authRoutes = new Hono<AppEnv>();

/**
 * The limits, in this order so that a refused request counts against nothing further: the
 * client's own, then the address from this client, then the address's cap — which a client the
 * owner signed in from does not count against (QUOTAS, docs/operations.md).
 */
async function sendLoginLink(c: Context<AppEnv>, email: string, next: string | null) {
  const address = normaliseEmail(email);
  const client = clientAddress(c);
  await limitClient(c, "login");
  await consumeQuota(c.var.db, QUOTAS.loginPerClient, client);
  await consumeQuota(c.var.db, QUOTAS.loginPerAddressAndClient, `${address}\n${client}`);
  if (!(await isKnownClient(c.var.db, address, await requestClientHash(c)))) {
    await consumeQuota(c.var.db, QUOTAS.loginPerAddress, address);
  }
  await createLoginLink(c.var.db, { email, next, env: c.env, t: c.var.t });
}

// 202 whatever the address: the answer never tells whether someone has an account.
authRoutes.post("/api/v1/auth/login-link", async (c) => {
  const body = await readJson(c, loginLinkBody);
  await sendLoginLink(c, body.email, body.next ?? null);
  return c.json({ status: "accepted", detail: "If the address can receive mail, a sign-in link is on its way." }, 202);
});

function renderSignIn(c: Context<AppEnv>, form: { email?: string; error?: string; formError?: string; next: string | null }) {
  return c.render(<SignInPage {...form} siteKey={c.env.TURNSTILE_SITE_KEY} />, {
    title: c.var.t("auth:signIn.title"),
    noindex: true,
    head: <TurnstileScript nonce={c.var.secureHeadersNonce} />,
  });
}

authRoutes.get("/auth/sign-in", (c) => renderSignIn(c, { next: localPath(c.req.query("next")) }));

// An anonymous form that sends mail to any address: Turnstile keeps bots from using it.
authRoutes.post("/auth/sign-in", async (c) => {
  const values = await readFormValues(c);
  const next = localPath(values.next);
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

function linkFailed(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof LoginLinkError)) throw error;
  c.status(400);
  return c.render(<LinkFailedPage reason={error.reason} />, { title: c.var.t("auth:verify.failedTitle"), noindex: true });
}

// Opening the link shows one button and spends nothing (api.md): a mail scanner or a link
// someone planted signs nobody in. The token is in this page's address, so it is neither
// cached nor sent on as a Referer (the site-wide policy already keeps it from other sites).
authRoutes.get("/auth/verify", async (c) => {
  const token = c.req.query("token") ?? "";
  c.header("Cache-Control", "no-store");
  try {
    const { email } = await checkLoginLink(c.var.db, token);
    const signedInAs = c.var.user && c.var.user.email !== email ? c.var.user.email : null;
    return c.render(<ConfirmSignInPage token={token} email={email} signedInAs={signedInAs} />, {
      title: c.var.t("auth:verify.title"),
      noindex: true,
      head: <meta name="referrer" content="no-referrer" />,
    });
  } catch (error) {
    return linkFailed(c, error);
  }
});

// The button: a same-origin POST (crossOriginProtection refuses any other) spends the token.
authRoutes.post("/auth/verify", async (c) => {
  const values = await readFormValues(c);
  c.header("Cache-Control", "no-store");
  try {
    const result = await redeemLoginLink(c.var.db, values.token ?? "", {
      env: c.env,
      previousSessionId: c.var.sessionId,
      requestId: c.var.requestId,
      clientHash: await requestClientHash(c),
    });
    setSessionCookie(c, result.sessionToken);
    return c.redirect(result.next ?? homeFor(result.user.role), 303);
  } catch (error) {
    return linkFailed(c, error);
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
