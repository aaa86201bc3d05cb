import { eq } from "drizzle-orm";
import { revisions, type RevisionStatus } from "../../src/platform/db/schema";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { messageInsert } from "../../src/editorial/revisions/revision-messages";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import type { TestUser } from "../helpers/users";

/** A complete API body around a document (Max Zucker unless given). */
export function submissionBody(
  document: PersonDocumentInput = zuckerDocument(),
  extra: Record<string, unknown> = {},
) {
  return {
    document,
    submitter: {
      relationship: "descendant",
      note: "From my grandmother's letters.",
      show_name: false,
    },
    consent: { publish: true },
    ...extra,
  };
}

export function postSubmission(user: TestUser, body: unknown, key?: string) {
  return request("/api/v1/submissions", {
    method: "POST",
    cookie: user.cookie,
    json: body,
    headers: key ? { "idempotency-key": key } : {},
  });
}

export function revisionsOf(userId: string) {
  return testDb().select().from(revisions).where(eq(revisions.submitterId, userId));
}

export function revisionRow(id: string) {
  return testDb().select().from(revisions).where(eq(revisions.id, id)).get();
}

/**
 * Puts a revision into a state the moderation feature would produce (its routes live on another
 * branch), optionally with the moderator's message.
 */
export async function moderatorSets(
  id: string,
  status: RevisionStatus,
  moderator?: TestUser,
  message?: string,
) {
  const db = testDb();
  const row = await revisionRow(id);
  await db
    .update(revisions)
    .set({ status, version: row!.version + 1 })
    .where(eq(revisions.id, id));
  if (moderator && message)
    await messageInsert(db, { revisionId: id, authorId: moderator.id, body: message });
  return row!.version + 1;
}
