/**
 * The thread between moderators and the submitter of one revision. Moderators write when they
 * request changes or decide; submitters answer from "My submissions". Both sides read it.
 */
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { revisionMessages, users } from "../../platform/db/schema";
import { newId } from "../../platform/ids";

export const MAX_MESSAGE_LENGTH = 5_000;

/** Messages of a revision, oldest first, with the author's public name and role (never the email). */
export function listRevisionMessages(db: Database, revisionId: string) {
  return db
    .select({
      id: revisionMessages.id,
      body: revisionMessages.body,
      createdAt: revisionMessages.createdAt,
      authorId: revisionMessages.authorId,
      authorName: users.displayName,
      authorRole: users.role,
    })
    .from(revisionMessages)
    .innerJoin(users, eq(users.id, revisionMessages.authorId))
    .where(eq(revisionMessages.revisionId, revisionId))
    .orderBy(asc(revisionMessages.createdAt), asc(revisionMessages.id));
}

/** The insert of one message; put it in the batch of the change it belongs to. */
export function messageInsert(db: Database, message: { revisionId: string; authorId: string; body: string; now?: number }) {
  return db.insert(revisionMessages).values({
    id: newId("msg"),
    revisionId: message.revisionId,
    authorId: message.authorId,
    body: message.body,
    createdAt: message.now ?? Date.now(),
  });
}
