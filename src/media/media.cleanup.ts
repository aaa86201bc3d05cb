/**
 * The only deletion in the archive: files that only withdrawn or rejected submissions ever
 * listed, 30 days after the last of those decisions. The media row stays (status `deleted`,
 * with an audit entry); the bytes go from R2 once no live media row shares them. Public files,
 * files of pending/approved revisions and files nobody submitted are never touched.
 */
import { and, eq, inArray, isNotNull, isNull, ne, notExists, sql } from "drizzle-orm";
import { auditInsert } from "../platform/audit/audit";
import { runBatch, type Database } from "../platform/db/client";
import { requireChanged } from "../platform/db/guard";
import { media, mediaBlobs, mediaUploads } from "../platform/db/schema";
import { log } from "../platform/middleware/request-context";
import { NO_PICTURE } from "./media.variants";

export const ORPHAN_AFTER_MS = 30 * 86_400_000;
const BATCH = 50;

/** Media ids whose every referencing revision is withdrawn/rejected and decided before `cutoff`. */
export async function findOrphans(db: Database, cutoff: number) {
  return db.all<{ id: string; sha256: string }>(sql`
    WITH refs AS (
      SELECT json_extract(j.value, '$.id') AS media_id, r.status, COALESCE(r.decided_at, r.updated_at) AS at
      FROM revisions r, json_each(r.document, '$.media') j
    )
    SELECT m.id, m.sha256 FROM media m
    WHERE m.status IN ('private', 'rejected') AND m.created_at < ${cutoff}
      AND EXISTS (SELECT 1 FROM refs WHERE refs.media_id = m.id)
      AND NOT EXISTS (SELECT 1 FROM refs WHERE refs.media_id = m.id
                      AND (refs.status NOT IN ('withdrawn', 'rejected') OR refs.at >= ${cutoff}))
    LIMIT ${BATCH}`);
}

export async function deleteOrphanMedia(db: Database, bucket: R2Bucket, now = Date.now()) {
  const orphans = await findOrphans(db, now - ORPHAN_AFTER_MS);
  for (const orphan of orphans) {
    await runBatch(db, [
      db
        .update(media)
        .set({ status: "deleted", deletedAt: now, version: sql`${media.version} + 1` })
        .where(and(eq(media.id, orphan.id), inArray(media.status, ["private", "rejected"]))),
      requireChanged(db),
      db
        .update(mediaBlobs)
        .set({ deletedAt: now })
        .where(
          and(
            eq(mediaBlobs.sha256, orphan.sha256),
            isNull(mediaBlobs.deletedAt),
            notExists(
              db
                .select({ id: media.id })
                .from(media)
                .where(and(eq(media.sha256, orphan.sha256), ne(media.status, "deleted"))),
            ),
          ),
        ),
      auditInsert(db, {
        actorId: null,
        action: "media.delete_orphan",
        subjectType: "media",
        subjectId: orphan.id,
        detail: {
          sha256: orphan.sha256,
          reason: "only withdrawn or rejected submissions listed it, 30 days ago",
        },
        at: now,
      }),
    ]);
  }
  const purged = await purgeDeletedBlobs(db, bucket, now);
  return { deleted: orphans.length, purged };
}

/** R2 objects of blobs marked deleted; retried on the next run if R2 fails. */
async function purgeDeletedBlobs(db: Database, bucket: R2Bucket, now: number) {
  const blobs = await db
    .select()
    .from(mediaBlobs)
    .where(and(isNotNull(mediaBlobs.deletedAt), isNull(mediaBlobs.purgedAt)))
    .limit(BATCH)
    .all();
  for (const b of blobs) {
    const keys = [b.objectKey, b.servedKey, b.thumbKey, b.mediumKey].filter(
      (k): k is string => !!k && k !== NO_PICTURE,
    );
    await bucket.delete([...new Set(keys)]);
    await db.update(mediaBlobs).set({ purgedAt: now }).where(eq(mediaBlobs.sha256, b.sha256)).run();
  }
  return blobs.length;
}

/** Unfinished resumable uploads past their expiry: R2 drops the parts, D1 marks them aborted. */
export async function expireUploads(db: Database, bucket: R2Bucket, now = Date.now()) {
  const expired = await db
    .select()
    .from(mediaUploads)
    .where(and(eq(mediaUploads.status, "open"), sql`${mediaUploads.expiresAt} < ${now}`))
    .limit(BATCH)
    .all();
  for (const upload of expired) {
    try {
      await bucket.resumeMultipartUpload(upload.objectKey, upload.r2UploadId).abort();
    } catch (error) {
      log({
        level: "warn",
        msg: "multipart abort failed",
        upload_id: upload.id,
        error: String(error),
      });
    }
    await runBatch(db, [
      db
        .update(mediaUploads)
        .set({ status: "aborted" })
        .where(and(eq(mediaUploads.id, upload.id), eq(mediaUploads.status, "open"))),
      auditInsert(db, {
        actorId: null,
        action: "media.upload_expired",
        subjectType: "media",
        subjectId: upload.id,
        at: now,
      }),
    ]);
  }
  return expired.length;
}
