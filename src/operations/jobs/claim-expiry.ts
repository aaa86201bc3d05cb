/**
 * Claims run out after 30 minutes (src/editorial/moderation/claims.ts); the queue already treats a lapsed
 * claim as none. This job makes the state say so too: a revision whose claim lapsed goes back to
 * `pending`, a report loses its holder. Each release is guarded (a moderator who renewed the
 * claim meanwhile keeps it) and audited with the holder it released.
 */
import { and, eq, isNotNull, lt } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { reports, revisions } from "../../platform/db/schema";

interface LapsedClaim {
  id: string;
  version: number;
  claimedBy: string | null;
  claimedUntil: number | null;
}

/** Runs one guarded batch; false when the claim was renewed or decided meanwhile. */
async function release(db: Database, statements: Parameters<typeof runBatch>[1]): Promise<boolean> {
  try {
    await runBatch(db, statements);
    return true;
  } catch (error) {
    if (isStaleWrite(error)) return false;
    throw error;
  }
}

function releaseAudit(db: Database, kind: "revision" | "report", claim: LapsedClaim, now: number) {
  return auditInsert(db, {
    actorId: null,
    action: `${kind}.claim_expired`,
    subjectType: kind,
    subjectId: claim.id,
    subjectVersion: claim.version,
    detail: { claimed_by: claim.claimedBy, claimed_until: claim.claimedUntil },
    at: now,
  });
}

export async function expireClaims(db: Database, now: number, limit = 100) {
  const claim = { id: revisions.id, version: revisions.version, claimedBy: revisions.claimedBy, claimedUntil: revisions.claimedUntil };
  const lapsedRevisions = await db
    .select(claim)
    .from(revisions)
    .where(and(eq(revisions.status, "in_review"), lt(revisions.claimedUntil, now)))
    .limit(limit);
  let released = 0;
  for (const item of lapsedRevisions) {
    const ok = await release(db, [
      db
        .update(revisions)
        .set({ status: "pending", claimedBy: null, claimedUntil: null })
        .where(and(eq(revisions.id, item.id), eq(revisions.status, "in_review"), lt(revisions.claimedUntil, now))),
      requireChanged(db),
      releaseAudit(db, "revision", item, now),
    ]);
    if (ok) released++;
  }

  const lapsedReports = await db
    .select({ id: reports.id, version: reports.version, claimedBy: reports.claimedBy, claimedUntil: reports.claimedUntil })
    .from(reports)
    .where(and(eq(reports.status, "open"), isNotNull(reports.claimedBy), lt(reports.claimedUntil, now)))
    .limit(limit);
  let releasedReports = 0;
  for (const item of lapsedReports) {
    const ok = await release(db, [
      db
        .update(reports)
        .set({ claimedBy: null, claimedUntil: null })
        .where(and(eq(reports.id, item.id), eq(reports.status, "open"), lt(reports.claimedUntil, now))),
      requireChanged(db),
      releaseAudit(db, "report", item, now),
    ]);
    if (ok) releasedReports++;
  }
  return { revisions: released, reports: releasedReports };
}
