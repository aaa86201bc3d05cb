/**
 * Claims: one moderator holds a queue item for 30 minutes (renewable by the holder). A claim is
 * a conditional UPDATE guarded by `requireChanged`, so of two simultaneous claims exactly one
 * matches a row; the other batch rolls back and is answered 409 naming the holder.
 *
 * Claims do not change `version`: the version protects what the moderator read (the document
 * and its state), and holding an item does not change that.
 */
import { and, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { SessionUser } from "../../platform/auth/session";
import { runBatch, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { reports, revisions, users } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";

export const CLAIM_MS = 30 * 60_000;
export const REVIEWABLE = ["pending", "in_review"] as const;

export interface ActorContext {
  moderator: SessionUser;
  now: number;
  requestId: string;
}

interface ClaimState {
  claimedBy: string | null;
  claimedUntil: number | null;
}

/** True when someone other than `userId` holds a live claim. */
export function heldByOther(item: ClaimState, userId: string, now: number): boolean {
  return item.claimedBy !== null && item.claimedBy !== userId && (item.claimedUntil ?? 0) > now;
}

/** The 409 that names who holds an item (their public name, never their email). */
export async function heldError(db: Database, item: ClaimState): Promise<AppError> {
  const holder = item.claimedBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, item.claimedBy)).get()
    : undefined;
  const until = item.claimedUntil ? new Date(item.claimedUntil).toISOString() : "";
  return new AppError("conflict", `Claimed by ${holder?.name ?? "another moderator"} until ${until}.`);
}

/** Who may take an item now: nobody holds it, the claim ran out, or it is already mine. */
function claimable<T extends typeof revisions | typeof reports>(table: T, userId: string, now: number) {
  return or(isNull(table.claimedBy), lt(table.claimedUntil, now), eq(table.claimedBy, userId));
}

export async function claimRevision(db: Database, revisionId: string, ctx: ActorContext) {
  const { moderator, now } = ctx;
  const row = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  if (!row || row.status === "draft") throw new AppError("not_found");
  if (row.submitterId === moderator.id) throw new AppError("forbidden", "You cannot review your own submission.");
  if (!(REVIEWABLE as readonly string[]).includes(row.status)) {
    throw new AppError("conflict", `This revision is no longer waiting for review (it is ${row.status}).`);
  }
  if (heldByOther(row, moderator.id, now)) throw await heldError(db, row);
  const claimedUntil = now + CLAIM_MS;
  const renewing = row.claimedBy === moderator.id && (row.claimedUntil ?? 0) > now;
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({ status: "in_review", claimedBy: moderator.id, claimedUntil })
        .where(
          and(
            eq(revisions.id, revisionId),
            inArray(revisions.status, REVIEWABLE),
            ne(revisions.submitterId, moderator.id),
            claimable(revisions, moderator.id, now),
          ),
        ),
      requireChanged(db),
      auditInsert(db, {
        actorId: moderator.id,
        action: renewing ? "revision.claim_renew" : "revision.claim",
        subjectType: "revision",
        subjectId: revisionId,
        subjectVersion: row.version,
        detail: { claimed_until: claimedUntil },
        requestId: ctx.requestId,
        at: now,
      }),
    ]);
  } catch (error) {
    if (!isStaleWrite(error)) throw error;
    const current = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
    throw current && heldByOther(current, moderator.id, Date.now())
      ? await heldError(db, current)
      : new AppError("conflict", "This revision changed meanwhile; reload the queue.");
  }
  return { claimedUntil, version: row.version };
}

export async function releaseRevision(db: Database, revisionId: string, ctx: ActorContext) {
  const row = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  if (!row || row.status === "draft") throw new AppError("not_found");
  try {
    await runBatch(db, [
      db
        .update(revisions)
        .set({ status: "pending", claimedBy: null, claimedUntil: null })
        .where(
          and(eq(revisions.id, revisionId), eq(revisions.status, "in_review"), eq(revisions.claimedBy, ctx.moderator.id)),
        ),
      requireChanged(db),
      auditInsert(db, {
        actorId: ctx.moderator.id,
        action: "revision.release",
        subjectType: "revision",
        subjectId: revisionId,
        subjectVersion: row.version,
        requestId: ctx.requestId,
        at: ctx.now,
      }),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw new AppError("conflict", "You do not hold this revision.");
    throw error;
  }
}

export async function claimReport(db: Database, reportId: string, ctx: ActorContext) {
  const { moderator, now } = ctx;
  const row = await db.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!row) throw new AppError("not_found");
  if (row.status !== "open") throw new AppError("conflict", "This report has been resolved.");
  if (heldByOther(row, moderator.id, now)) throw await heldError(db, row);
  const claimedUntil = now + CLAIM_MS;
  try {
    await runBatch(db, [
      db
        .update(reports)
        .set({ claimedBy: moderator.id, claimedUntil })
        .where(and(eq(reports.id, reportId), eq(reports.status, "open"), claimable(reports, moderator.id, now))),
      requireChanged(db),
      auditInsert(db, {
        actorId: moderator.id,
        action: "report.claim",
        subjectType: "report",
        subjectId: reportId,
        subjectVersion: row.version,
        detail: { claimed_until: claimedUntil },
        requestId: ctx.requestId,
        at: now,
      }),
    ]);
  } catch (error) {
    if (!isStaleWrite(error)) throw error;
    const current = await db.select().from(reports).where(eq(reports.id, reportId)).get();
    throw current && heldByOther(current, moderator.id, Date.now())
      ? await heldError(db, current)
      : new AppError("conflict", "This report changed meanwhile; reload it.");
  }
  return { claimedUntil, version: row.version };
}
