import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LOGIN_TOKEN_TTL_MS } from "../../src/platform/auth/login-links";
import { auditLog, loginTokens, mailOutbox, sessions, users } from "../../src/platform/db/schema";
import app from "../../src/index";
import { ORIGIN, request, testDb } from "../helpers/app";
import { followSignInLink, openSignInLink, pressSignIn, signIn } from "../helpers/users";

async function linkFor(email: string) {
  const row = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
  return row?.link ? new URL(row.link) : undefined;
}

let clients = 0;

/** Each request from its own client unless one is named, as people ask from their own devices. */
async function askForLink(email: string, client = `203.0.113.${(++clients % 250) + 1}`) {
  return request("/api/v1/auth/login-link", { method: "POST", json: { email }, headers: { "cf-connecting-ip": client } });
}

function sessionCookie(res: Response): string {
  const match = res.headers.get("set-cookie")?.match(/zeugnis_session=([^;]+)/);
  return `zeugnis_session=${match?.[1]}`;
}

describe("signing in by email link", () => {
  it("mails a single-use link that opens a session visible at /api/v1/me", async () => {
    const email = "Hanna.Berger@Example.org";
    const res = await askForLink(email);
    expect(res.status).toBe(202);
    const link = await linkFor("hanna.berger@example.org");
    expect(link?.pathname).toBe("/auth/verify");

    const verified = await followSignInLink(link!.href);
    expect(verified.status).toBe(303);
    const setCookie = verified.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await request("/api/v1/me", { cookie: sessionCookie(verified) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: "hanna.berger@example.org", role: "contributor" });

    const user = await testDb().select().from(users).where(eq(users.email, "hanna.berger@example.org")).get();
    const audit = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, user!.id));
    expect(audit.map((a) => a.action)).toContain("session.login");
  });

  it("stores only a hash of the token", async () => {
    await askForLink("hash@example.org");
    const link = await linkFor("hash@example.org");
    const token = link!.searchParams.get("token")!;
    const rows = await testDb().select().from(loginTokens).where(eq(loginTokens.email, "hash@example.org"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a link used twice, an expired link and a forged one", async () => {
    await askForLink("twice@example.org");
    const link = await linkFor("twice@example.org");
    expect((await followSignInLink(link!.href)).status).toBe(303);
    const again = await followSignInLink(link!.href);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("already been used");

    await askForLink("late@example.org");
    const late = await linkFor("late@example.org");
    await testDb()
      .update(loginTokens)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(loginTokens.email, "late@example.org"));
    const expired = await followSignInLink(late!.href);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain("expired");

    const forged = await request("/auth/verify?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(forged.status).toBe(400);
    expect(forged.headers.get("set-cookie") ?? "").not.toContain("zeugnis_session");
  });

  it("lets only one of two simultaneous clicks on a link sign in", async () => {
    await askForLink("race@example.org");
    const link = await linkFor("race@example.org");
    const token = link!.searchParams.get("token")!;
    const results = await Promise.all([pressSignIn(token), pressSignIn(token), pressSignIn(token)]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 400, 400]);
  });

  it("answers 202 for any address, and 422 for something that is not an address", async () => {
    expect((await askForLink("nobody-ever@example.org")).status).toBe(202);
    const bad = await askForLink("not an address");
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: "email" }] });
  });

  it("limits how many links one address can request", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await askForLink("flood@example.org", "198.51.100.7")).status);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const mails = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, "flood@example.org"));
    expect(mails).toHaveLength(5);
  });

  it("only shows a button when the link is opened: a mail scanner or a planted link signs nobody in", async () => {
    await askForLink("scanned@example.org");
    const link = await linkFor("scanned@example.org");
    const page = await openSignInLink(link!.href);
    expect(page.status).toBe(200);
    expect(page.headers.get("set-cookie") ?? "").not.toContain("zeugnis_session=");
    expect(page.headers.get("cache-control")).toContain("no-store");
    const html = await page.text();
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(html).toContain('<form method="post" action="/auth/verify"');
    expect(html).toContain("scanned@example.org");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    const stored = await testDb().select().from(loginTokens).where(eq(loginTokens.email, "scanned@example.org")).get();
    expect(stored?.usedAt).toBeNull();
    expect(await testDb().select().from(users).where(eq(users.email, "scanned@example.org"))).toEqual([]);

    // Opened again (the scanner went first), the link still works for the person.
    expect((await followSignInLink(link!.href)).status).toBe(303);
  });

  it("keeps a signed-in person's session when someone else's link is only opened", async () => {
    const victim = await signIn("contributor", "victim@example.org");
    await askForLink("attacker@example.org");
    const planted = await linkFor("attacker@example.org");
    const page = await openSignInLink(planted!.href, victim.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("attacker@example.org");
    const me = await request("/api/v1/me", { cookie: victim.cookie });
    expect(await me.json()).toMatchObject({ email: "victim@example.org" });
  });

  it("refuses the button's post from another site and leaves the link unused", async () => {
    await askForLink("cross-site@example.org");
    const token = (await linkFor("cross-site@example.org"))!.searchParams.get("token")!;
    const res = await request("/auth/verify", {
      method: "POST",
      body: new URLSearchParams({ token }),
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie") ?? "").not.toContain("zeugnis_session=");
    const stored = await testDb().select().from(loginTokens).where(eq(loginTokens.email, "cross-site@example.org")).get();
    expect(stored?.usedAt).toBeNull();
  });

  it("answers a used, expired or forged link on opening, without a button", async () => {
    await askForLink("opened-late@example.org");
    const link = await linkFor("opened-late@example.org");
    expect((await followSignInLink(link!.href)).status).toBe(303);
    const used = await openSignInLink(link!.href);
    expect(used.status).toBe(400);
    const html = await used.text();
    expect(html).toContain("already been used");
    expect(html).not.toContain('action="/auth/verify"');
    expect((await openSignInLink(`${link!.origin}/auth/verify?token=${"b".repeat(52)}`)).status).toBe(400);
    expect((await pressSignIn("not a token")).status).toBe(400);
  });

  it("speaks German and Russian on the page with the button", async () => {
    await askForLink("languages@example.org");
    const link = await linkFor("languages@example.org");
    const de = await (await openSignInLink(`${link!.href}&lang=de`)).text();
    expect(de).toContain("Anmelden als languages@example.org");
    const ru = await (await openSignInLink(`${link!.href}&lang=ru`)).text();
    expect(ru).toContain("Войти как languages@example.org");
  });

  it("replaces a session the browser brought instead of reusing it (no fixation)", async () => {
    const old = await signIn("contributor", "fixation@example.org");
    await askForLink("fixation@example.org");
    const link = await linkFor("fixation@example.org");
    const res = await followSignInLink(link!.href, old.cookie);
    expect(sessionCookie(res)).not.toBe(old.cookie);
    expect((await request("/api/v1/me", { cookie: old.cookie })).status).toBe(401);
  });

  it("signs out: the session is revoked server-side", async () => {
    const user = await signIn();
    expect((await request("/api/v1/me", { cookie: user.cookie })).status).toBe(200);
    expect((await request("/api/v1/auth/logout", { method: "POST", cookie: user.cookie })).status).toBe(204);
    expect((await request("/api/v1/me", { cookie: user.cookie })).status).toBe(401);
    const rows = await testDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows[0]!.revokedAt).not.toBeNull();
  });

  it("works as an HTML form without JavaScript, keeping the input on error", async () => {
    const bad = await request("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "oops" }) });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="oops"');
    expect(html).toContain('aria-invalid="true"');
    const ok = await request("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "form@example.org" }) });
    expect(ok.status).toBe(200);
    expect(await linkFor("form@example.org")).toBeDefined();
  });

  it("refuses a form posted from another site", async () => {
    const res = await request("/auth/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: "csrf@example.org" }),
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(await linkFor("csrf@example.org")).toBeUndefined();
  });
});

describe("development accounts and the dev outbox", () => {
  async function inDevelopment(path: string, init?: RequestInit) {
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(new URL(path, ORIGIN), { redirect: "manual", ...init }), { ...env, ENVIRONMENT: "development" }, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }

  it("gives demo accounts their roles and shows mail in the outbox, in development only", async () => {
    const ask = await inDevelopment("/api/v1/auth/login-link", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "moderator@zeugnis.test" }),
    });
    expect(ask.status).toBe(202);
    const outbox = (await (await inDevelopment("/api/v1/dev/outbox?to=moderator@zeugnis.test")).json()) as {
      messages: Array<{ to: string; subject: string; link: string; sent_at: string }>;
    };
    expect(outbox.messages[0]).toMatchObject({ to: "moderator@zeugnis.test", subject: "Your sign-in link for Zeugnis" });
    const link = new URL(outbox.messages[0]!.link);
    expect((await inDevelopment(`${link.pathname}${link.search}`)).status).toBe(200);
    const verified = await inDevelopment("/auth/verify", {
      method: "POST",
      headers: { origin: ORIGIN },
      body: new URLSearchParams({ token: link.searchParams.get("token")! }),
    });
    const me = await inDevelopment("/api/v1/me", { headers: { cookie: sessionCookie(verified) } });
    expect(await me.json()).toMatchObject({ role: "moderator" });

    expect((await request("/api/v1/dev/outbox")).status).toBe(404);
  });

  it("gives demo addresses no special role outside development", async () => {
    await askForLink("admin@zeugnis.test");
    const link = await linkFor("admin@zeugnis.test");
    const verified = await followSignInLink(link!.href);
    const me = await request("/api/v1/me", { cookie: sessionCookie(verified) });
    expect(await me.json()).toMatchObject({ role: "contributor" });
  });
});

describe("a link's lifetime of 15 minutes", () => {
  // The Worker runs in this isolate, so a fake clock is the clock of the request handlers too:
  // the link is stored at `issued` and opened at the time set before each request.
  const issued = Date.UTC(2026, 2, 1, 9, 0, 0);
  const minutes = (m: number, s = 0) => issued + m * 60_000 + s * 1000;
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: issued }));
  afterEach(() => vi.useRealTimers());

  async function linkIssuedAt(email: string) {
    vi.setSystemTime(issued);
    expect((await askForLink(email)).status).toBe(202);
    const stored = await testDb().select().from(loginTokens).where(eq(loginTokens.email, email)).get();
    expect(stored).toMatchObject({ createdAt: issued, expiresAt: issued + 15 * 60_000 });
    const link = await linkFor(email);
    return link!.href;
  }

  async function openAt(link: string, time: number) {
    vi.setSystemTime(time);
    return followSignInLink(link);
  }

  it("stores the link with 15 minutes to live and honours it at 14:59", async () => {
    const path = await linkIssuedAt("ttl-in-time@example.org");
    const res = await openAt(path, minutes(14, 59));
    expect(res.status).toBe(303);
    expect((await request("/api/v1/me", { cookie: sessionCookie(res) })).status).toBe(200);
  });

  it("refuses it at 15:01, signs nobody in, and leaves it unused", async () => {
    const path = await linkIssuedAt("ttl-late@example.org");
    const res = await openAt(path, minutes(15, 1));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("expired");
    expect(res.headers.get("set-cookie") ?? "").not.toContain("zeugnis_session=");
    const stored = await testDb().select().from(loginTokens).where(eq(loginTokens.email, "ttl-late@example.org")).get();
    expect(stored?.usedAt).toBeNull();
    expect(await testDb().select().from(users).where(eq(users.email, "ttl-late@example.org"))).toEqual([]);
  });

  it("is exactly the lifetime the code declares", () => {
    expect(LOGIN_TOKEN_TTL_MS).toBe(15 * 60_000);
  });
});
