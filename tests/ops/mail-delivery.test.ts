import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { deliverQueuedMail, MAX_ATTEMPTS, queueMail } from "../../src/platform/mail/mailer";
import { ORIGIN, testDb } from "../helpers/app";
import { fireCron, QUARTER_HOURLY } from "../helpers/cron";

const PRODUCTION = { ENVIRONMENT: "production" } as const;

async function queue(to: string) {
  const db = testDb();
  await db.batch([queueMail(db, { to, subject: "Hello", text: "Body", kind: "notification" })]);
  return (await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).get())!;
}

async function row(id: string) {
  return (await testDb().select().from(mailOutbox).where(eq(mailOutbox.id, id)).get())!;
}

/** The local email binding, counting what passes through it. */
function countingSender(sent: string[]): SendEmail {
  return {
    send: async (message: Parameters<SendEmail["send"]>[0]) => {
      sent.push(String((message as { to: string }).to));
      return env.EMAIL.send(message as Parameters<SendEmail["send"]>[0]);
    },
  } as SendEmail;
}

const failingSender = {
  send: async () => {
    throw new Error("550 mailbox unavailable");
  },
} as unknown as SendEmail;

describe("mail delivery and its retries", () => {
  it("sends a sign-in link right after the request that queued it (outside development)", async () => {
    const request = new Request(`${ORIGIN}/api/v1/auth/login-link`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: "right-away@example.org" }),
    });
    const ctx = createExecutionContext();
    const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], { ...env, ...PRODUCTION }, ctx);
    expect(res.status).toBe(202);
    await waitOnExecutionContext(ctx);
    const [mail] = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, "right-away@example.org")).all();
    expect(mail!.sentAt).not.toBeNull();
    expect(mail!.attempts).toBe(1);
  });

  it("keeps a failed message, retries it from the cron, and gives up after five attempts", async () => {
    const message = await queue("bounces@example.org");
    await fireCron(QUARTER_HOURLY, Date.now(), { ...PRODUCTION, EMAIL: failingSender });
    expect(await row(message.id)).toMatchObject({ sentAt: null, attempts: 1, lastError: "Error: 550 mailbox unavailable" });

    for (let i = 1; i < MAX_ATTEMPTS + 2; i++) await fireCron(QUARTER_HOURLY, Date.now(), { ...PRODUCTION, EMAIL: failingSender });
    expect(await row(message.id)).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS });

    // Another message recovers on a later run once the binding accepts mail again.
    const later = await queue("recovers@example.org");
    await fireCron(QUARTER_HOURLY, Date.now(), { ...PRODUCTION, EMAIL: failingSender });
    await fireCron(QUARTER_HOURLY, Date.now(), PRODUCTION);
    expect(await row(later.id)).toMatchObject({ attempts: 2, lastError: null });
    expect((await row(later.id)).sentAt).not.toBeNull();
  });

  it("sends each message once even when two deliveries run at the same time", async () => {
    const queued = await Promise.all(["a", "b", "c", "d"].map((n) => queue(`parallel-${n}@example.org`)));
    const sent: string[] = [];
    const bindings = { ...env, ...PRODUCTION, EMAIL: countingSender(sent) };
    await Promise.all([deliverQueuedMail(bindings, testDb()), deliverQueuedMail(bindings, testDb())]);
    expect(sent.sort()).toEqual(queued.map((m) => m.toAddress).sort());
    for (const message of queued) expect((await row(message.id)).sentAt).not.toBeNull();
  });

  it("sends nothing in development, where the outbox is the dev outbox", async () => {
    const message = await queue("stays-local@example.org");
    await fireCron(QUARTER_HOURLY, Date.now(), { ENVIRONMENT: "development" });
    expect(await row(message.id)).toMatchObject({ sentAt: null, attempts: 0 });
  });
});
