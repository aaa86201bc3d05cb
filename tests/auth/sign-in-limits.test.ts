/**
 * Sign-in links are limited per address and client together, so someone flooding an address
 * from their client is stopped without locking the address's owner out; a generous cap per
 * address bounds the mail anyone can make it receive, and the owner's own client (one they
 * signed in from before) still gets links when that cap is full (docs/operations.md).
 */
import { count, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { QUOTAS } from "../../src/platform/abuse/rate-limit";
import { mailOutbox, rateCounters, signInClients, users } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { DAILY, DAY, fireCron } from "../helpers/cron";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

function ask(email: string, ip: string, userAgent = BROWSER) {
  return request("/api/v1/auth/login-link", {
    method: "POST",
    json: { email },
    headers: { "cf-connecting-ip": ip, "user-agent": userAgent },
  });
}

async function mailsTo(email: string) {
  const row = await testDb().select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.toAddress, email)).get();
  return row!.n;
}

/** The owner signs in once from their client, through the link and its button. */
async function ownerSignsInFrom(email: string, ip: string) {
  expect((await ask(email, ip)).status).toBe(202);
  const mail = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
  const url = new URL(mail!.link!);
  const page = await request(`${url.pathname}${url.search}`, { headers: { "cf-connecting-ip": ip, "user-agent": BROWSER } });
  const token = /name="token" value="([^"]+)"/.exec(await page.text())![1]!;
  const signedIn = await request("/auth/verify", {
    method: "POST",
    body: new URLSearchParams({ token }),
    headers: { "cf-connecting-ip": ip, "user-agent": BROWSER },
  });
  expect(signedIn.status).toBe(303);
}

describe("sign-in links for an address someone floods", () => {
  it("stop the flooding client after five, while the owner's client still gets a link", async () => {
    const email = "flooded@example.org";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await ask(email, "198.51.100.66")).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
    expect((await ask(email, "203.0.113.10")).status).toBe(202);
    expect(await mailsTo(email)).toBe(6);
  });

  it("are capped per address across clients, against mail bombing", async () => {
    const email = "bombed@example.org";
    const cap = QUOTAS.loginPerAddress.limit;
    const statuses: number[] = [];
    for (let i = 0; i <= cap; i++) statuses.push((await ask(email, `192.0.2.${i + 1}`)).status);
    expect(statuses.slice(0, cap)).toEqual(Array(cap).fill(202));
    expect(statuses[cap]).toBe(429);
    expect(await mailsTo(email)).toBe(cap);
  });

  it("still reach the owner from a client they signed in from, when the address's cap is full", async () => {
    const email = "owner-under-attack@example.org";
    await ownerSignsInFrom(email, "203.0.113.77");
    for (let i = 0; i < QUOTAS.loginPerAddress.limit; i++) await ask(email, `192.0.2.${100 + i}`);
    expect((await ask(email, "198.51.100.200")).status).toBe(429);
    // The same address but another browser is another client.
    expect((await ask(email, "203.0.113.77", "curl/8.0")).status).toBe(429);
    const before = await mailsTo(email);
    expect((await ask(email, "203.0.113.77")).status).toBe(202);
    expect(await mailsTo(email)).toBe(before + 1);
  });

  it("keep neither addresses nor client addresses in clear", async () => {
    const email = "private-client@example.org";
    await ownerSignsInFrom(email, "203.0.113.88");
    const user = await testDb().select().from(users).where(eq(users.email, email)).get();
    const clients = await testDb().select().from(signInClients).where(eq(signInClients.userId, user!.id));
    expect(clients).toHaveLength(1);
    expect(clients[0]!.clientHash).toMatch(/^[0-9a-f]{32}$/);
    const stored = JSON.stringify([clients, await testDb().select().from(rateCounters)]);
    expect(stored).not.toContain("203.0.113.88");
    expect(stored).not.toContain(email);
  });

  it("forget a client 30 days after its last sign-in (the nightly job)", async () => {
    const email = "forgotten-client@example.org";
    await ownerSignsInFrom(email, "203.0.113.99");
    const user = await testDb().select().from(users).where(eq(users.email, email)).get();
    const now = Date.now();
    await testDb().insert(signInClients).values({ userId: user!.id, clientHash: "0".repeat(32), firstSeenAt: now - 40 * DAY, lastSeenAt: now - 31 * DAY });
    await fireCron(DAILY, now);
    const kept = await testDb().select().from(signInClients).where(eq(signInClients.userId, user!.id));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.clientHash).not.toBe("0".repeat(32));
  });
});
