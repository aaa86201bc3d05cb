/**
 * Floods and bots: exact quotas on submissions, reports and sign-in links (per person, per
 * address, per client), Turnstile on the anonymous forms, answers that never tell whether an
 * address has an account, and sessions that cannot be planted or replayed.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { count, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, reports, revisions, sessions, users } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { SUBMISSION_QUOTA } from "../../src/editorial/submissions/submission-quota";
import { ORIGIN, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { followSignInLink, signIn } from "../helpers/users";

const FAILING_SECRET = "2x0000000000000000000000000000000AA";

/** The Worker with another Turnstile secret, as production would be configured. */
async function withSecret(secret: string, path: string, form: Record<string, string>) {
  const ctx = createExecutionContext();
  const req = new Request(new URL(path, ORIGIN), { method: "POST", body: new URLSearchParams(form), headers: { origin: ORIGIN }, redirect: "manual" });
  const res = await worker.fetch(req, { ...env, TURNSTILE_SECRET: FAILING_SECRET }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const submission = { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } };
const mailsTo = async (email: string) => (await testDb().select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.toAddress, email)).get())!.n;

describe("quotas", () => {
  it("lets one person start 30 submissions a day; the next is refused with Retry-After and not stored", async () => {
    const user = await signIn();
    const statuses: number[] = [];
    const first = await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission, headers: { "idempotency-key": "first-of-the-day" } });
    statuses.push(first.status);
    for (let i = 1; i < SUBMISSION_QUOTA.limit; i++) {
      statuses.push((await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission })).status);
    }
    expect(new Set(statuses)).toEqual(new Set([201]));
    // Retrying an acknowledged submission (same Idempotency-Key) is not a new one and not refused,
    // even with the day's quota used up: it gets its first answer.
    const retried = await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission, headers: { "idempotency-key": "first-of-the-day" } });
    expect(retried.status).toBe(201);
    expect(await retried.json()).toEqual(await first.json());
    const key = { "idempotency-key": "retry-after-quota" };
    const over = await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission, headers: key });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    const form = await request("/submit", { method: "POST", cookie: user.cookie, body: new URLSearchParams({ name: "One More", confirmed: "1" }) });
    expect(form.status).toBe(429);
    const stored = await testDb().select({ n: count() }).from(revisions).where(eq(revisions.submitterId, user.id)).get();
    expect(stored!.n).toBe(SUBMISSION_QUOTA.limit);
    // Another person is not affected.
    expect((await request("/api/v1/submissions", { method: "POST", cookie: (await signIn()).cookie, json: submission })).status).toBe(201);
  }, 30_000);

  it("does not count a retried submission twice", async () => {
    const user = await signIn();
    const key = { "idempotency-key": "same-key" };
    for (let i = 0; i < 3; i++) {
      expect((await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission, headers: key })).status).toBe(201);
    }
    for (let i = 1; i < SUBMISSION_QUOTA.limit; i++) {
      expect((await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission })).status).toBe(201);
    }
  }, 30_000);

  it("takes 20 reports an hour from one client, by API and form together", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const headers = { "cf-connecting-ip": "203.0.113.7" };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await request("/api/v1/reports", { method: "POST", headers, json: { memorial_id: memorialId, kind: "other", message: `spam ${i}` } })).status);
    for (let i = 0; i < 11; i++) statuses.push((await request(`/memorials/${slug}/report`, { method: "POST", headers, body: new URLSearchParams({ kind: "other", message: `spam ${i}` }) })).status);
    expect(statuses.filter((s) => s === 202 || s === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const stored = await testDb().select({ n: count() }).from(reports).where(eq(reports.memorialId, memorialId)).get();
    expect(stored!.n).toBe(20);
  });

  it("sends at most 20 sign-in links an hour to one client, whatever the addresses", async () => {
    const headers = { "cf-connecting-ip": "203.0.113.9" };
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await request("/api/v1/auth/login-link", { method: "POST", headers, json: { email: `spray-${i}@example.org` } })).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(202));
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect(await mailsTo("spray-21@example.org")).toBe(0);
  });
});

describe("Turnstile on anonymous forms", () => {
  it("the sign-in form carries the widget, and a failed challenge sends no mail", async () => {
    const page = await (await request("/auth/sign-in")).text();
    expect(page).toContain('class="cf-turnstile"');
    expect(page).toMatch(/<script src="https:\/\/challenges\.cloudflare\.com\/turnstile\/v0\/api\.js"[^>]*nonce=/);
    const refused = await withSecret(FAILING_SECRET, "/auth/sign-in", { email: "bot@example.org", "cf-turnstile-response": "XXXX.DUMMY.TOKEN.XXXX" });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("The spam check did not succeed");
    expect(await mailsTo("bot@example.org")).toBe(0);
    // Cloudflare's always-passing test secret (the tests' configuration) lets a person through.
    expect((await request("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email: "person@example.org" }) })).status).toBe(200);
    expect(await mailsTo("person@example.org")).toBe(1);
  });

  it("the report form refuses a failed challenge and stores nothing", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const refused = await withSecret(FAILING_SECRET, `/memorials/${slug}/report`, { kind: "other", message: "bot text" });
    expect(refused.status).toBe(422);
    const stored = await testDb().select({ n: count() }).from(reports).where(eq(reports.memorialId, memorialId)).get();
    expect(stored!.n).toBe(0);
  });
});

describe("sign-in never tells who has an account", () => {
  it("answers a known and an unknown address alike, by API and by form", async () => {
    const known = await signIn("moderator", "known-person@example.org");
    const strip = (text: string) => text.replace(/[0-9a-f-]{36}/g, "ID").replace(/known-person|nobody-here/g, "ADDR").replace(/nonce="[^"]+"/g, "");
    const api = async (email: string) => {
      const res = await request("/api/v1/auth/login-link", { method: "POST", json: { email } });
      // The D1 bookmark after a write moves with every write, known address or not.
      const cookies = res.headers.get("set-cookie")?.replace(/zeugnis_d1=[^;]+/, "zeugnis_d1=BOOKMARK");
      return [res.status, strip(await res.text()), cookies];
    };
    expect(await api(known.email)).toEqual(await api("nobody-here@example.org"));
    const form = async (email: string) => {
      const res = await request("/auth/sign-in", { method: "POST", body: new URLSearchParams({ email }) });
      return [res.status, strip(await res.text())];
    };
    expect(await form(known.email)).toEqual(await form("nobody-here@example.org"));
    // An unknown address gets no account until its link is opened.
    expect(await testDb().select().from(users).where(eq(users.email, "nobody-here@example.org")).get()).toBeUndefined();
  });
});

describe("sessions cannot be planted or replayed", () => {
  async function link(email: string) {
    await request("/api/v1/auth/login-link", { method: "POST", json: { email } });
    const row = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
    return row!.link!;
  }

  it("ignores a session token an attacker planted before sign-in, and issues a new one", async () => {
    const planted = "zeugnis_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const res = await followSignInLink(await link("planted@example.org"), planted);
    expect(res.status).toBe(303);
    const issued = res.headers.get("set-cookie")!.match(/zeugnis_session=([^;]+)/)![1]!;
    expect(`zeugnis_session=${issued}`).not.toBe(planted);
    expect((await request("/api/v1/me", { cookie: planted })).status).toBe(401);
    expect((await request("/api/v1/me", { cookie: `zeugnis_session=${issued}` })).status).toBe(200);
  });

  it("refuses a used link from another browser, and creates no second session", async () => {
    const path = await link("replay@example.org");
    expect((await followSignInLink(path)).status).toBe(303);
    const user = await testDb().select().from(users).where(eq(users.email, "replay@example.org")).get();
    const replay = await followSignInLink(path, "zeugnis_session=someoneelse");
    expect(replay.status).toBe(400);
    expect(replay.headers.get("set-cookie") ?? "").not.toContain("zeugnis_session=");
    const rows = await testDb().select().from(sessions).where(eq(sessions.userId, user!.id));
    expect(rows).toHaveLength(1);
  });

  it("ends every use of a session once it is signed out or its user disabled", async () => {
    const user = await signIn();
    await request("/api/v1/auth/logout", { method: "POST", cookie: user.cookie });
    expect((await request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submission })).status).toBe(401);
    const other = await signIn();
    await testDb().update(users).set({ disabledAt: Date.now() }).where(eq(users.id, other.id));
    expect((await request("/api/v1/me", { cookie: other.cookie })).status).toBe(401);
    // A disabled person's new link does not sign them in either.
    const path = await link(other.email);
    expect((await followSignInLink(path)).status).toBe(400);
  });
});
