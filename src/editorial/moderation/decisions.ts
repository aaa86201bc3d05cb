/**
 * Deciding on a revision: approve, reject or request changes. The decision carries the version
 * the moderator saw; one batch holds the guarded state change, the publication (for approvals),
 * the message to the submitter, the audit entries and the mail. When the guard finds the row
 * changed (another moderator decided, the submitter revised), nothing at all is written.
 */
import { and, eq, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { revisions, users } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import type { LivingConfirmation } from "../../domain/possibly-living";
import { messageInsert } from "../revisions/revision-messages";
import { heldByOther, heldError, REVIEWABLE, type ActorContext } from "./claims";
import { decisionMail } from "./notify";
import { approvalStatements } from "./approval";
import { alreadyAgreedError, approvalsNeeded, recordAgreement, standingAgreements } from "./agreements";

export const DECISION_ACTIONS = ["approve", "reject", "request_changes"] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

const NEXT_STATUS = { approve: "approved", reject: "rejected", request_changes: "changes_requested" } as const;

export interface DecisionInput {
  action: DecisionAction;
  version: number;
  /** Required for reject and request_changes; shown to the submitter. */
  reason?: string;
  livingConfirmation?: LivingConfirmation;
  /** The moderator saw that the memorial changed after the correction was based on it. */
  conflictConfirmed?: boolean;
}

export interface DecisionContext extends ActorContext {
  origin: string;
  /** PUBLICATION_NEEDS_TWO_MODERATORS: a new memorial needs two moderators' approval (agreements.ts). */
  twoModerators: boolean;
}

export interface DecisionResult {
  id: string;
  status: string;
  version: number;
  memorialId: string | null;
  /** Approvals standing for the revision after this decision, and how many publication needs. */
  approvals: number;
  approvalsNeeded: 1 | 2;
}

export type RevisionRow = typeof revisions.$inferSelect;

export async function decideRevision(
  db: Database,
  revisionId: string,
  input: DecisionInput,
  ctx: DecisionContext,
  attempt = 0,
): Promise<DecisionResult> {
  // The revision and whom to tell, in one round trip.
  const row = await db
    .select({ revision: revisions, submitter: { id: users.id, email: users.email, locale: users.locale } })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.submitterId))
    .where(eq(revisions.id, revisionId))
    .get();
  const revision = row?.revision;
  if (!revision || revision.status === "draft") throw new AppError("not_found");
  if (revision.submitterId === ctx.moderator.id) {
    throw new AppError("forbidden", "You cannot decide on your own submission; another moderator must review it.");
  }
  assertCurrent(revision, input.version);
  if (heldByOther(revision, ctx.moderator.id, ctx.now)) throw await heldError(db, revision);
  const needed = approvalsNeeded(revision, ctx);
  const agreedBy = input.action === "approve" && needed === 2 ? await standingAgreements(db, revision) : [];
  if (agreedBy.includes(ctx.moderator.id)) throw alreadyAgreedError();
  if (input.action === "approve" && agreedBy.length + 1 < needed) {
    return recordAgreement(db, revision, input, ctx, decisionGuard(revision, input, ctx), () => staleError(db, revisionId, ctx));
  }
  const statements = [...decisionStatements(db, revision, input, ctx, agreedBy)];
  let memorialId = revision.memorialId;
  if (input.action === "approve") {
    const approval = await approvalStatements(db, revision, input, ctx);
    memorialId = approval.memorialId;
    statements.push(...approval.statements);
  }
  if (row.submitter) statements.push(decisionMail(db, row.submitter, revision, input, ctx));
  try {
    await runBatch(db, statements);
  } catch (error) {
    if (isStaleWrite(error)) throw await staleError(db, revisionId, ctx);
    if (input.action === "approve" && revision.kind === "new" && attempt === 0 && isSlugClash(error)) {
      // Another memorial took the same slug in the same instant: decide again with a unique one.
      return decideRevision(db, revisionId, input, ctx, attempt + 1);
    }
    throw error;
  }
  const approvals = input.action === "approve" ? agreedBy.length + 1 : 0;
  return { id: revisionId, status: NEXT_STATUS[input.action], version: revision.version + 1, memorialId, approvals, approvalsNeeded: needed };
}

function assertCurrent(revision: RevisionRow, version: number) {
  if (revision.version !== version || !(REVIEWABLE as readonly string[]).includes(revision.status)) {
    throw new AppError(
      "conflict",
      `This revision changed since you opened it (now version ${revision.version}, ${revision.status}). Reload it and review again.`,
    );
  }
}

/** Still the version the moderator saw, reviewable, not their own, not held by another. */
function decisionGuard(revision: RevisionRow, input: DecisionInput, ctx: DecisionContext): SQL | undefined {
  const { moderator, now } = ctx;
  return and(
    eq(revisions.id, revision.id),
    eq(revisions.version, input.version),
    inArray(revisions.status, REVIEWABLE),
    ne(revisions.submitterId, moderator.id),
    or(isNull(revisions.claimedBy), eq(revisions.claimedBy, moderator.id), lt(revisions.claimedUntil, now)),
  );
}

/** The guarded state change, the thread message and the decision's audit entry. */
function decisionStatements(db: Database, revision: RevisionRow, input: DecisionInput, ctx: DecisionContext, agreedBy: string[]): BatchItem[] {
  const { moderator, now } = ctx;
  const guard = decisionGuard(revision, input, ctx);
  const statements: BatchItem[] = [
    db
      .update(revisions)
      .set({
        status: NEXT_STATUS[input.action],
        version: sql`${revisions.version} + 1`,
        decidedAt: now,
        decidedBy: moderator.id,
        decisionReason: input.reason ?? null,
        livingConfirmation: input.action === "approve" ? (input.livingConfirmation ?? null) : null,
        claimedBy: null,
        claimedUntil: null,
        updatedAt: now,
      })
      .where(guard),
    requireChanged(db),
  ];
  if (input.reason) statements.push(messageInsert(db, { revisionId: revision.id, authorId: moderator.id, body: input.reason, now }));
  statements.push(
    auditInsert(db, {
      actorId: moderator.id,
      action: `revision.${input.action}`,
      subjectType: "revision",
      subjectId: revision.id,
      subjectVersion: input.version + 1,
      detail: {
        seen_version: input.version,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.livingConfirmation && input.action === "approve" ? { living_confirmation: input.livingConfirmation } : {}),
        ...(input.conflictConfirmed ? { conflict_confirmed: true } : {}),
        ...(agreedBy.length ? { agreed_by: agreedBy } : {}),
      },
      requestId: ctx.requestId,
      at: now,
    }),
  );
  return statements;
}

async function staleError(db: Database, revisionId: string, ctx: DecisionContext): Promise<AppError> {
  const current = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  if (current && heldByOther(current, ctx.moderator.id, Date.now())) return heldError(db, current);
  if (current && !(REVIEWABLE as readonly string[]).includes(current.status)) {
    return new AppError("conflict", `This revision has already been decided (${current.status}); nothing was changed.`);
  }
  return new AppError("conflict", "The revision or its memorial changed while you decided; nothing was changed. Reload and review again.");
}

function isSlugClash(error: unknown): boolean {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
  return messages.some((m) => /UNIQUE constraint failed: memorial(s|_slugs)\.slug/.test(m));
}
