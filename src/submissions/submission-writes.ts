/**
 * Every change a submitter makes to a revision: each is one D1 batch holding the change, its
 * audit entry and any mail. State changes are conditional on the version the submitter saw.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditInsert } from "../audit/audit";
import type { SessionUser } from "../auth/session";
import { runBatch, type BatchItem, type Database } from "../db/client";
import { idempotencyKeys, revisions, type RevisionStatus } from "../db/schema";
import { isStaleWrite, requireChanged } from "../db/guard";
import type { Translate } from "../i18n";
import { AppError } from "../lib/errors";
import { newId } from "../lib/ids";
import { primaryName, type PersonDocument } from "../lib/person-document";
import { queueMail } from "../mail/mailer";
import { messageInsert } from "../revisions/revision-messages";
import type { SubmissionBody } from "./submission-body";

export interface WriteContext {
  db: Database;
  user: SessionUser;
  requestId: string;
  origin: string;
  t: Translate;
}

export interface BaseMemorial {
  id: string;
  revisionId: string;
}

/** States a submitter may withdraw from; in review and decided revisions stay as they are. */
export const WITHDRAWABLE: RevisionStatus[] = ["draft", "pending", "changes_requested"];
/** States in which the submitter edits the revision. */
export const EDITABLE: RevisionStatus[] = ["draft", "changes_requested"];

/** Listing columns copied from a document (drafts may lack a name yet). */
export function listingColumns(doc: { names?: Array<{ display?: unknown; primary?: unknown }>; sources?: unknown[] }) {
  const names = doc.names ?? [];
  const primary = names.find((n) => n.primary === true) ?? names[0];
  return {
    displayName: typeof primary?.display === "string" ? primary.display : "",
    sourceCount: Array.isArray(doc.sources) ? doc.sources.length : 0,
  };
}

function receivedMail(ctx: WriteContext, revisionId: string, name: string) {
  const link = `${ctx.origin}/my/submissions/${revisionId}`;
  return queueMail(ctx.db, {
    to: ctx.user.email,
    subject: ctx.t("submissions:mail.subject", { name }),
    text: ctx.t("submissions:mail.body", { name, link }),
    link,
    kind: "notification",
  });
}

/**
 * POST /api/v1/submissions: a complete revision, straight to the queue. With an idempotency key
 * the answer is stored in the same batch, so a retry finds it and nothing is stored twice.
 */
export async function createSubmission(
  ctx: WriteContext,
  body: SubmissionBody,
  base: BaseMemorial | null,
  idempotency: { key: string; requestHash: string } | null,
) {
  const { db, user } = ctx;
  const id = newId("rev");
  const now = Date.now();
  const answer = { id, status: "pending" as const, version: 1, kind: base ? "correction" : "new", memorial_id: base?.id ?? null };
  const statements: BatchItem[] = [
    db.insert(revisions).values({
      id,
      memorialId: base?.id ?? null,
      kind: base ? "correction" : "new",
      basedOnRevisionId: base?.revisionId ?? null,
      document: JSON.stringify(body.document),
      status: "pending",
      version: 1,
      submitterId: user.id,
      relationship: body.submitter.relationship,
      submitterNote: body.submitter.note || null,
      showName: body.submitter.show_name,
      consentPublish: true,
      ...listingColumns(body.document),
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
    }),
    auditInsert(db, { actorId: user.id, action: "revision.submit", subjectType: "revision", subjectId: id, subjectVersion: 1, detail: { via: "api", kind: answer.kind, memorial_id: answer.memorial_id }, requestId: ctx.requestId, at: now }),
    receivedMail(ctx, id, primaryName(body.document).display),
  ];
  if (idempotency) {
    statements.push(
      db.insert(idempotencyKeys).values({ userId: user.id, key: idempotency.key, requestHash: idempotency.requestHash, statusCode: 201, responseBody: JSON.stringify(answer), createdAt: now }),
    );
  }
  await runBatch(db, statements);
  return answer;
}

/** A new draft from the form's first step (a name) or from a published memorial (a correction). */
export async function createDraft(ctx: WriteContext, draft: Record<string, unknown>, base: BaseMemorial | null) {
  const { db, user } = ctx;
  const id = newId("rev");
  const now = Date.now();
  await runBatch(db, [
    db.insert(revisions).values({
      id,
      memorialId: base?.id ?? null,
      kind: base ? "correction" : "new",
      basedOnRevisionId: base?.revisionId ?? null,
      document: JSON.stringify(draft),
      status: "draft",
      version: 1,
      submitterId: user.id,
      ...listingColumns(draft),
      draftStep: "person",
      createdAt: now,
      updatedAt: now,
    }),
    auditInsert(db, { actorId: user.id, action: "revision.draft", subjectType: "revision", subjectId: id, subjectVersion: 1, detail: { kind: base ? "correction" : "new", memorial_id: base?.id ?? null }, requestId: ctx.requestId, at: now }),
  ]);
  return id;
}

export interface DraftChanges {
  document?: Record<string, unknown>;
  draftStep?: string;
  relationship?: (typeof revisions.$inferInsert)["relationship"];
  submitterNote?: string | null;
  showName?: boolean;
  consentPublish?: boolean;
}

/**
 * Saves a step of the form. Saving content is not a change of state, so the version stays; it
 * only succeeds while the submitter is still editing (draft, or changes requested).
 */
export async function saveDraft(db: Database, revisionId: string, userId: string, changes: DraftChanges) {
  const { document, ...columns } = changes;
  const result = await db
    .update(revisions)
    .set({
      ...columns,
      ...(document ? { document: JSON.stringify(document), ...listingColumns(document) } : {}),
      updatedAt: Date.now(),
    })
    .where(and(eq(revisions.id, revisionId), eq(revisions.submitterId, userId), inArray(revisions.status, EDITABLE)))
    .run();
  if (result.meta.changes === 0) throw new AppError("conflict", "This submission can no longer be changed.");
}

export interface SubmitInput {
  revisionId: string;
  version: number;
  from: RevisionStatus[];
  document: PersonDocument;
  submitter: { relationship: (typeof revisions.$inferInsert)["relationship"]; note?: string | null; showName: boolean };
  via: "form" | "api";
}

/** draft → pending, or changes_requested → pending (a resubmission); 409 when the version is stale. */
export async function submitRevision(ctx: WriteContext, input: SubmitInput) {
  const { db, user } = ctx;
  const now = Date.now();
  const version = input.version + 1;
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({
          status: "pending",
          version,
          document: JSON.stringify(input.document),
          ...listingColumns(input.document),
          relationship: input.submitter.relationship,
          submitterNote: input.submitter.note || null,
          showName: input.submitter.showName,
          consentPublish: true,
          draftStep: null,
          claimedBy: null,
          claimedUntil: null,
          submittedAt: now,
          updatedAt: now,
        })
        .where(
          and(
            eq(revisions.id, input.revisionId),
            eq(revisions.submitterId, user.id),
            eq(revisions.version, input.version),
            inArray(revisions.status, input.from),
          ),
        ),
      requireChanged(db),
      auditInsert(db, { actorId: user.id, action: input.from.includes("draft") ? "revision.submit" : "revision.resubmit", subjectType: "revision", subjectId: input.revisionId, subjectVersion: version, detail: { via: input.via }, requestId: ctx.requestId, at: now }),
      receivedMail(ctx, input.revisionId, primaryName(input.document).display),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw staleError();
    throw error;
  }
  return { id: input.revisionId, status: "pending" as const, version };
}

/** → withdrawn, from draft, pending or changes_requested; conditional on the version when given. */
export async function withdrawRevision(ctx: WriteContext, revisionId: string, version: number | undefined) {
  const { db, user } = ctx;
  const now = Date.now();
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({ status: "withdrawn", version: sql`${revisions.version} + 1`, claimedBy: null, claimedUntil: null, updatedAt: now })
        .where(
          and(
            eq(revisions.id, revisionId),
            eq(revisions.submitterId, user.id),
            inArray(revisions.status, WITHDRAWABLE),
            version === undefined ? undefined : eq(revisions.version, version),
          ),
        ),
      requireChanged(db),
      auditInsert(db, { actorId: user.id, action: "revision.withdraw", subjectType: "revision", subjectId: revisionId, subjectVersion: version === undefined ? null : version + 1, requestId: ctx.requestId, at: now }),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw staleError();
    throw error;
  }
}

/** The submitter's answer in the thread with the moderators. */
export async function addSubmitterMessage(ctx: WriteContext, revisionId: string, body: string) {
  const now = Date.now();
  await runBatch(ctx.db, [
    messageInsert(ctx.db, { revisionId, authorId: ctx.user.id, body, now }),
    auditInsert(ctx.db, { actorId: ctx.user.id, action: "revision.message", subjectType: "revision", subjectId: revisionId, requestId: ctx.requestId, at: now }),
  ]);
}

function staleError() {
  return new AppError("conflict", "The submission was changed meanwhile (its version or state is no longer the one you saw). Reload it and try again.");
}
