/**
 * Turning received bytes into a stored media item: the type from the bytes, the sha256, one blob
 * per hash (deduplication), a served copy without GPS/camera metadata, then the media row and
 * its audit entry in one batch. Used by the one-request upload and by the resumable protocol.
 */
import { runBatch, type BatchItem, type Database } from "../platform/db/client";
import { auditInsert } from "../platform/audit/audit";
import { media } from "../platform/db/schema";
import { AppError } from "../platform/http/errors";
import { newId } from "../platform/ids";
import { sniffMime, SNIFF_BYTES, type AcceptedMime } from "../codecs/media-sniff";
import { finalizeObject, refuseOversizedBlob } from "./media.finalize";
import type { MediaItem } from "./media.schema";
import { findLiveBlob, findMedia, type BlobRow, type MediaRow } from "./media.queries";
import { hex, newObjectKey, putPieces, readObject, sha256OfPieces } from "./media.storage";

export interface IngestContext {
  db: Database;
  bucket: R2Bucket;
  userId: string;
  requestId: string | null;
}

export interface StoredMedia {
  media: MediaRow;
  blob: BlobRow;
}

export interface ReceivedFile {
  /** The file's bytes as received, in order; emptied once they are in R2 so memory is freed. */
  pieces: Uint8Array[];
  filename: string | null;
}

export function unsupportedType(): AppError {
  return new AppError(
    "unsupported_media_type",
    "The file is not a JPEG, PNG, WebP, TIFF or PDF (judged from its content, not its name).",
    { errors: [{ path: "file", message: "must be a JPEG, PNG, WebP, TIFF or PDF file" }] },
  );
}

function sniffPieces(pieces: Uint8Array[]): AcceptedMime | null {
  const head = new Uint8Array(SNIFF_BYTES);
  let filled = 0;
  for (const piece of pieces) {
    if (filled >= SNIFF_BYTES) break;
    const take = piece.subarray(0, SNIFF_BYTES - filled);
    head.set(take, filled);
    filled += take.length;
  }
  return sniffMime(head.subarray(0, filled));
}

/** The one-request upload: the bytes are in memory (at most 50 MB). */
export async function storeReceivedFile(
  ctx: IngestContext,
  file: ReceivedFile,
  item: MediaItem,
): Promise<StoredMedia> {
  const mime = sniffPieces(file.pieces);
  if (!mime) throw unsupportedType();
  const sha256 = await sha256OfPieces(file.pieces);
  let blob = await findLiveBlob(ctx.db, sha256);
  if (!blob) {
    const key = newObjectKey();
    await putPieces(ctx.bucket, key, file.pieces, mime);
    file.pieces = [];
    blob = await finalizeObject(ctx, { key, sha256, mime });
  }
  return createMediaRow(ctx, blob, file.filename, item);
}

/** Closing a resumable upload, written in the same batch as the media row and its audit entry. */
export interface UploadCompletion {
  uploadId: string;
  statements: (mediaId: string) => BatchItem[];
}

/** The resumable upload: R2 has assembled the original under `key`. */
export async function storeAssembledObject(
  ctx: IngestContext,
  key: string,
  filename: string | null,
  item: MediaItem,
  completion: UploadCompletion,
): Promise<StoredMedia> {
  const bytes = await readObject(ctx.bucket, key);
  if (!bytes)
    throw new AppError(
      "conflict",
      "The uploaded parts are no longer stored; start the upload again.",
    );
  const mime = sniffMime(bytes.subarray(0, SNIFF_BYTES));
  if (!mime) {
    await ctx.bucket.delete(key);
    throw unsupportedType();
  }
  const sha256 = hex(
    new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)),
  );
  const existing = await findLiveBlob(ctx.db, sha256);
  if (existing) {
    // Same bytes are stored already: this copy was never referenced by anything.
    await ctx.bucket.delete(key);
    return createMediaRow(ctx, existing, filename, item, completion);
  }
  const blob = await finalizeObject(ctx, { key, sha256, mime, bytes });
  return createMediaRow(ctx, blob, filename, item, completion);
}

async function createMediaRow(
  ctx: IngestContext,
  blob: BlobRow,
  filename: string | null,
  item: MediaItem,
  completion?: UploadCompletion,
) {
  refuseOversizedBlob(blob);
  const id = newId("med");
  const now = Date.now();
  const row = {
    id,
    uploaderId: ctx.userId,
    sha256: blob.sha256,
    mime: blob.mime,
    bytes: blob.bytes,
    width: blob.width,
    height: blob.height,
    originalName: filename ? filename.slice(0, 255) : null,
    caption: item.caption ? JSON.stringify(item.caption) : null,
    credit: item.credit ?? null,
    date: item.date ? JSON.stringify(item.date) : null,
    source: item.source ?? null,
    licence: item.licence,
    rightsConfirmed: item.rights_confirmed,
    status: "private" as const,
    createdAt: now,
  };
  await runBatch(ctx.db, [
    ctx.db.insert(media).values(row),
    auditInsert(ctx.db, {
      actorId: ctx.userId,
      action: "media.upload",
      subjectType: "media",
      subjectId: id,
      detail: {
        sha256: blob.sha256,
        mime: blob.mime,
        bytes: blob.bytes,
        ...(completion ? { upload_id: completion.uploadId } : {}),
      },
      requestId: ctx.requestId,
      at: now,
    }),
    ...(completion?.statements(id) ?? []),
  ]);
  const stored = await findMedia(ctx.db, id);
  if (!stored) throw new AppError("internal", "The upload could not be recorded.");
  return { media: stored, blob };
}
