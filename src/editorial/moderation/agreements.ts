/**
 * Four eyes with a second account (docs/moderation.md, "Two moderators for a new memorial"):
 * with PUBLICATION_NEEDS_TWO_MODERATORS=true a new memorial is published only when two different
 * moderators approved the same version. The first approval is an agreement: it is recorded and
 * audited, the revision goes back to the queue (unclaimed, one version on) and nothing is
 * published; the approval of a second moderator on that version publishes. Any later change of
 * the revision moves its version on and so voids the agreement.
 */
import { and, eq, type SQL } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { revisionApprovals, revisions } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { documentToPublish } from "./approval";
import type { DecisionContext, DecisionInput, RevisionRow } from "./decisions";

/** The setting as wrangler.toml declares it; anything but "true" is off. */
export function publicationNeedsTwoModerators(env: Pick<Env, "PUBLICATION_NEEDS_TWO_MODERATORS">): boolean {
  return env.PUBLICATION_NEEDS_TWO_MODERATORS === "true";
}

/** How many moderators must approve this revision before it is published. */
export function approvalsNeeded(revision: { kind: string }, ctx: Pick<DecisionContext, "twoModerators">): 1 | 2 {
  return ctx.twoModerators && revision.kind === "new" ? 2 : 1;
}

/** The moderators whose agreement stands for the revision's current version. */
export async function standingAgreements(db: Database, revision: Pick<RevisionRow, "id" | "version">): Promise<string[]> {
  const rows = await db
    .select({ moderatorId: revisionApprovals.moderatorId })
    .from(revisionApprovals)
    .where(and(eq(revisionApprovals.revisionId, revision.id), eq(revisionApprovals.revisionVersion, revision.version)));
  return rows.map((r) => r.moderatorId);
}

export function alreadyAgreedError(): AppError {
  return new AppError("conflict", "You have already approved this version; a second moderator must approve it to publish it.");
}

/**
 * Records the first of two approvals: guarded by the version the moderator saw (of two first
 * approvals at once exactly one counts), checked like an approval (a possibly living person
 * needs the confirmation), audited in the same batch.
 */
export async function recordAgreement(
  db: Database,
  revision: RevisionRow,
  input: DecisionInput,
  ctx: DecisionContext,
  guard: SQL | undefined,
  staleError: () => Promise<AppError>,
) {
  await documentToPublish(db, revision, input, ctx.now);
  const version = input.version + 1;
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({ version, status: "pending", claimedBy: null, claimedUntil: null, updatedAt: ctx.now })
        .where(guard),
      requireChanged(db),
      db.insert(revisionApprovals).values({
        revisionId: revision.id,
        revisionVersion: version,
        moderatorId: ctx.moderator.id,
        livingConfirmation: input.livingConfirmation ?? null,
        at: ctx.now,
      }),
      auditInsert(db, {
        actorId: ctx.moderator.id,
        action: "revision.agree",
        subjectType: "revision",
        subjectId: revision.id,
        subjectVersion: version,
        detail: {
          seen_version: input.version,
          approvals: 1,
          approvals_needed: 2,
          ...(input.reason ? { note: input.reason } : {}),
          ...(input.livingConfirmation ? { living_confirmation: input.livingConfirmation } : {}),
        },
        requestId: ctx.requestId,
        at: ctx.now,
      }),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw await staleError();
    throw error;
  }
  return { id: revision.id, status: "pending", version, memorialId: revision.memorialId, approvals: 1, approvalsNeeded: 2 as const };
}
