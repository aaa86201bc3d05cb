/**
 * A moderator refuses one file of a submission, with a reason the uploader sees, while the rest
 * can still be approved: the file becomes `rejected`, is never published by an approval
 * (mediaPublishStatements skips it) and stops being public if it already was. The memorials that
 * showed it are touched in the same batch, so their pages' and the exports' ETags change at once.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { auditInsert } from "../platform/audit/audit";
import { runBatch, type Database } from "../platform/db/client";
import { isStaleWrite, requireChanged } from "../platform/db/guard";
import { media, mediaMemorials } from "../platform/db/schema";
import { AppError } from "../platform/http/errors";
import { findMedia } from "./media.queries";
import { touchMemorialsShowing } from "./media.visibility";

export interface RejectInput {
  mediaId: string;
  moderatorId: string;
  reason: string;
  /** The version the moderator saw; omitted, the current one. */
  version?: number;
  requestId?: string | null;
}

export async function rejectMedia(db: Database, input: RejectInput) {
  const current = await findMedia(db, input.mediaId);
  if (!current || current.status === "deleted")
    throw new AppError("not_found", "No file with this id.");
  if (current.status === "rejected")
    throw new AppError("conflict", "This file has already been rejected.");
  const version = input.version ?? current.version;
  const now = Date.now();
  const shownOn = await db
    .select({ id: mediaMemorials.memorialId })
    .from(mediaMemorials)
    .where(eq(mediaMemorials.mediaId, input.mediaId))
    .all();
  try {
    await runBatch(db, [
      db
        .update(media)
        .set({
          status: "rejected",
          rejectedReason: input.reason,
          rejectedBy: input.moderatorId,
          rejectedAt: now,
          version: sql`${media.version} + 1`,
        })
        .where(
          and(
            eq(media.id, input.mediaId),
            eq(media.version, version),
            inArray(media.status, ["private", "public"]),
          ),
        ),
      requireChanged(db),
      touchMemorialsShowing(db, input.mediaId, now),
      db.delete(mediaMemorials).where(eq(mediaMemorials.mediaId, input.mediaId)),
      auditInsert(db, {
        actorId: input.moderatorId,
        action: "media.reject",
        subjectType: "media",
        subjectId: input.mediaId,
        subjectVersion: version + 1,
        detail: {
          reason: input.reason,
          previous_status: current.status,
          memorial_ids: shownOn.map((m) => m.id),
        },
        requestId: input.requestId ?? null,
        at: now,
      }),
    ]);
  } catch (error) {
    if (isStaleWrite(error))
      throw new AppError("conflict", "The file changed since you saw it; reload and decide again.");
    throw error;
  }
  return (await findMedia(db, input.mediaId))!;
}
