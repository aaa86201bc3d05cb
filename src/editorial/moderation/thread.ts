/**
 * A moderator writes to the submitter in the revision's thread: the message, its mail and the
 * audit entry go in one batch. The submitter answers from "My submissions" (submissions feature).
 */
import { eq } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { revisions } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { messageInsert } from "../revisions/revision-messages";
import type { ActorContext } from "./claims";
import { loadSubmitter, messageMail } from "./notify";

export async function postModeratorMessage(
  db: Database,
  revisionId: string,
  body: string,
  ctx: ActorContext & { origin: string },
): Promise<void> {
  const revision = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  if (!revision || revision.status === "draft") throw new AppError("not_found");
  const submitter = await loadSubmitter(db, revision.submitterId);
  const statements: BatchItem[] = [
    messageInsert(db, { revisionId, authorId: ctx.moderator.id, body, now: ctx.now }),
    auditInsert(db, {
      actorId: ctx.moderator.id,
      action: "revision.message",
      subjectType: "revision",
      subjectId: revisionId,
      subjectVersion: revision.version,
      requestId: ctx.requestId,
      at: ctx.now,
    }),
  ];
  if (submitter && submitter.id !== ctx.moderator.id) statements.push(messageMail(db, submitter, revision, body, ctx));
  await runBatch(db, statements);
}
