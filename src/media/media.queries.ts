/** All SQL of the media feature except publishing (media.publish.ts) and cleanup (media.cleanup.ts). */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { media, mediaBlobs, mediaUploadParts, mediaUploads } from "../platform/db/schema";

export type MediaRow = typeof media.$inferSelect;
export type BlobRow = typeof mediaBlobs.$inferSelect;

/** A live blob (not deleted by the cleanup) with this hash, for deduplication. */
export function findLiveBlob(db: Database, sha256: string) {
  return db
    .select()
    .from(mediaBlobs)
    .where(and(eq(mediaBlobs.sha256, sha256), isNull(mediaBlobs.deletedAt)))
    .get();
}

/**
 * Stores a new blob, or revives a hash whose earlier blob the cleanup deleted. When another
 * request stored the same hash meanwhile, nothing changes and the caller reads the winner.
 */
export function upsertBlob(db: Database, row: typeof mediaBlobs.$inferInsert) {
  return db
    .insert(mediaBlobs)
    .values(row)
    .onConflictDoUpdate({
      target: mediaBlobs.sha256,
      set: {
        objectKey: row.objectKey,
        servedKey: row.servedKey,
        servedBytes: row.servedBytes,
        removedMetadata: row.removedMetadata,
        thumbKey: null,
        mediumKey: null,
        deletedAt: null,
        purgedAt: null,
        createdAt: row.createdAt,
      },
      setWhere: sql`${mediaBlobs.deletedAt} IS NOT NULL`,
    });
}

export interface ServableMedia {
  media: MediaRow;
  blob: BlobRow;
  /** True while a published memorial lists the file: then anyone may see it. */
  published: boolean;
}

/**
 * Whether a published memorial lists the file. CROSS JOIN reads the file's few listings first:
 * SQLite takes `status = 'published'` for a narrow condition and would otherwise read every
 * published memorial for each file (docs/decisions.md).
 */
const listedByPublishedMemorial = sql<number>`EXISTS (SELECT 1 FROM media_memorials mm
  CROSS JOIN memorials mem ON mem.id = mm.memorial_id
  WHERE mm.media_id = ${media.id} AND mem.status = 'published')`;

/** A media item with its blob, and whether it is currently public. Deleted items are not found. */
export async function findServable(db: Database, id: string): Promise<ServableMedia | null> {
  const row = await db
    .select({
      media,
      blob: mediaBlobs,
      published: listedByPublishedMemorial,
    })
    .from(media)
    .innerJoin(mediaBlobs, eq(mediaBlobs.sha256, media.sha256))
    .where(and(eq(media.id, id), isNull(media.deletedAt), isNull(mediaBlobs.deletedAt)))
    .get();
  if (!row) return null;
  return {
    media: row.media,
    blob: row.blob,
    published: row.published === 1 && row.media.status === "public",
  };
}

export function findMedia(db: Database, id: string) {
  return db.select().from(media).where(eq(media.id, id)).get();
}

export function listMediaByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(media).where(inArray(media.id, ids)).all();
}

/** What the cleaning removed from each of these blobs (JSON lists), by sha256. */
export async function listRemovedMetadata(db: Database, sha256s: string[]) {
  if (sha256s.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ sha256: mediaBlobs.sha256, removed: mediaBlobs.removedMetadata })
    .from(mediaBlobs)
    .where(inArray(mediaBlobs.sha256, sha256s))
    .all();
  return new Map(rows.map((r) => [r.sha256, JSON.parse(r.removed) as string[]]));
}

export function recordVariantKey(
  db: Database,
  sha256: string,
  variant: "thumb" | "medium",
  key: string,
) {
  const set = variant === "thumb" ? { thumbKey: key } : { mediumKey: key };
  return db.update(mediaBlobs).set(set).where(eq(mediaBlobs.sha256, sha256)).run();
}

export function findUpload(db: Database, id: string) {
  return db.select().from(mediaUploads).where(eq(mediaUploads.id, id)).get();
}

export function listUploadParts(db: Database, uploadId: string) {
  return db
    .select()
    .from(mediaUploadParts)
    .where(eq(mediaUploadParts.uploadId, uploadId))
    .orderBy(mediaUploadParts.partNumber)
    .all();
}

/** Records a part R2 accepted; sending a part again replaces the earlier one. */
export function recordPart(db: Database, row: typeof mediaUploadParts.$inferInsert) {
  return db
    .insert(mediaUploadParts)
    .values(row)
    .onConflictDoUpdate({
      target: [mediaUploadParts.uploadId, mediaUploadParts.partNumber],
      set: { etag: row.etag, bytes: row.bytes, receivedAt: row.receivedAt },
    })
    .run();
}
