/**
 * Creating revisions and saving drafts: each write is one D1 batch holding the change, its audit
 * entry and any mail. Changes of state are in submission-transitions.ts.
 */
import { and, eq, inArray } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { SessionUser } from "../../platform/auth/session";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { idempotencyKeys, revisions, type RevisionStatus } from "../../platform/db/schema";
import type { Locale, Translate } from "../../platform/i18n";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { primaryName } from "../../domain/person-document";
import { queueMail } from "../../platform/mail/mailer";
import { describeWarnings } from "../revisions/plausibility-warnings";
import { plausibilityWarnings } from "../../domain/plausibility";
import type { SubmissionBody } from "./submission-body";

export interface WriteContext {
  db: Database;
  user: SessionUser;
  requestId: string;
  origin: string;
  t: Translate;
  /** The language of answers and mail (warnings are described in it). */
  locale: Locale;
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
export function listingColumns(doc: {
  names?: Array<{ display?: unknown; primary?: unknown }>;
  sources?: unknown[];
}) {
  const names = doc.names ?? [];
  const primary = names.find((n) => n.primary === true) ?? names[0];
  return {
    displayName: typeof primary?.display === "string" ? primary.display : "",
    sourceCount: Array.isArray(doc.sources) ? doc.sources.length : 0,
  };
}

export function receivedMail(ctx: WriteContext, revisionId: string, name: string) {
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
  /** Statements that must commit with the submission or not at all (the daily quota). */
  guards: BatchItem[] = [],
  /** More for the audit entry, e.g. what an import could not keep (src/exchange/imports/import-submit.ts). */
  detail: Record<string, unknown> = {},
) {
  const { db, user } = ctx;
  const id = newId("rev");
  const now = Date.now();
  const warnings = plausibilityWarnings(body.document, now);
  const answer = {
    id,
    status: "pending" as const,
    version: 1,
    kind: base ? "correction" : "new",
    memorial_id: base?.id ?? null,
    warnings: describeWarnings(warnings, ctx.t, ctx.locale),
  };
  const statements: BatchItem[] = [
    ...guards,
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
      plausibility: JSON.stringify(warnings),
      plausibilityNote: body.warnings_explanation || null,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
    }),
    auditInsert(db, {
      actorId: user.id,
      action: "revision.submit",
      subjectType: "revision",
      subjectId: id,
      subjectVersion: 1,
      detail: { via: "api", kind: answer.kind, memorial_id: answer.memorial_id, ...detail },
      requestId: ctx.requestId,
      at: now,
    }),
    receivedMail(ctx, id, primaryName(body.document).display),
  ];
  if (idempotency) {
    statements.push(
      db.insert(idempotencyKeys).values({
        userId: user.id,
        key: idempotency.key,
        requestHash: idempotency.requestHash,
        statusCode: 201,
        responseBody: JSON.stringify(answer),
        createdAt: now,
      }),
    );
  }
  await runBatch(db, statements);
  return answer;
}

export interface DraftOptions {
  /** The new revision's id, when statements of the same batch need it. */
  id?: string;
  /** Added to the detail of the draft's audit entry (e.g. the report it answers). */
  detail?: Record<string, unknown>;
  /** More statements for the same batch. */
  also?: BatchItem[];
}

/** A new draft from the form's first step (a name) or from a published memorial (a correction). */
export async function createDraft(
  ctx: WriteContext,
  draft: Record<string, unknown>,
  base: BaseMemorial | null,
  options: DraftOptions = {},
) {
  const { db, user } = ctx;
  const id = options.id ?? newId("rev");
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
    auditInsert(db, {
      actorId: user.id,
      action: "revision.draft",
      subjectType: "revision",
      subjectId: id,
      subjectVersion: 1,
      detail: { kind: base ? "correction" : "new", memorial_id: base?.id ?? null, ...options.detail },
      requestId: ctx.requestId,
      at: now,
    }),
    ...(options.also ?? []),
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
export async function saveDraft(
  db: Database,
  revisionId: string,
  userId: string,
  changes: DraftChanges,
) {
  const { document, ...columns } = changes;
  const result = await db
    .update(revisions)
    .set({
      ...columns,
      ...(document ? { document: JSON.stringify(document), ...listingColumns(document) } : {}),
      updatedAt: Date.now(),
    })
    .where(
      and(
        eq(revisions.id, revisionId),
        eq(revisions.submitterId, userId),
        inArray(revisions.status, EDITABLE),
      ),
    )
    .run();
  if (result.meta.changes === 0)
    throw new AppError("conflict", "This submission can no longer be changed.");
}
