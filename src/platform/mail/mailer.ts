/**
 * All mail goes through the outbox table: a message is queued in the same batch as the change
 * that causes it (a sign-in request, a decision), then delivered. In development nothing is
 * delivered and the outbox is readable at /api/v1/dev/outbox; elsewhere the email binding sends it.
 */
import { and, asc, desc, eq, isNull, lt } from "drizzle-orm";
import type { Database } from "../db/client";
import { mailOutbox } from "../db/schema";
import { newId } from "../ids";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The one link the message is about (sign-in, a submission); shown in the dev outbox. */
  link?: string;
  kind: "login_link" | "notification" | "digest";
}

/** The insert that queues a message; put it in the batch of the change that causes it. */
export function queueMail(db: Database, mail: OutgoingMail, now = Date.now()) {
  return db.insert(mailOutbox).values({
    id: newId("mail"),
    toAddress: mail.to,
    subject: mail.subject,
    body: mail.text,
    link: mail.link ?? null,
    kind: mail.kind,
    createdAt: now,
  });
}

export function deliversMail(env: Pick<Env, "ENVIRONMENT">): boolean {
  return env.ENVIRONMENT !== "development" && env.ENVIRONMENT !== "test";
}

export const MAX_ATTEMPTS = 5;

export interface DeliveryOptions {
  limit?: number;
  /** Also retry messages whose earlier attempts failed (the cron does; requests do not). */
  retries?: boolean;
}

/**
 * Sends queued messages through the email binding. Safe to run repeatedly and at the same time
 * (right after a request and from the cron trigger): each attempt first takes the message by
 * raising `attempts` from the value it read, so two runs never send the same message; it is
 * marked sent only after the binding accepted it. A message gives up after MAX_ATTEMPTS.
 */
export async function deliverQueuedMail(env: Env, db: Database, options: DeliveryOptions = {}): Promise<number> {
  if (!deliversMail(env)) return 0;
  const queued = await db
    .select()
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        options.retries === false ? eq(mailOutbox.attempts, 0) : lt(mailOutbox.attempts, MAX_ATTEMPTS),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt))
    .limit(options.limit ?? 50);
  let sent = 0;
  for (const message of queued) {
    const taken = await db
      .update(mailOutbox)
      .set({ attempts: message.attempts + 1 })
      .where(and(eq(mailOutbox.id, message.id), eq(mailOutbox.attempts, message.attempts), isNull(mailOutbox.sentAt)))
      .run();
    if (taken.meta.changes !== 1) continue;
    try {
      await env.EMAIL.send({
        from: { name: "Zeugnis", email: env.MAIL_FROM },
        to: message.toAddress,
        subject: message.subject,
        text: message.body,
      });
    } catch (error) {
      await db.update(mailOutbox).set({ lastError: String(error).slice(0, 500) }).where(eq(mailOutbox.id, message.id));
      continue;
    }
    await db.update(mailOutbox).set({ sentAt: Date.now(), lastError: null }).where(eq(mailOutbox.id, message.id));
    sent++;
  }
  return sent;
}

/** The dev outbox: messages to one address (or all), newest first. */
export function listOutbox(db: Database, to: string | undefined, limit = 50) {
  return db
    .select()
    .from(mailOutbox)
    .where(to ? eq(mailOutbox.toAddress, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
