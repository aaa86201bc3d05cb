/**
 * The step every upload ends with once R2 holds the original: the served copy without GPS/camera
 * metadata (or the original itself when there was nothing to remove), then the blob row. When two
 * uploads of the same bytes race, one blob wins and the loser's objects — never referenced — go.
 */
import { AppError } from "../lib/errors";
import { readImageInfo } from "../lib/image-info";
import type { AcceptedMime } from "../lib/media-sniff";
import { MalformedFileError, stripMetadata } from "../lib/metadata/strip";
import type { IngestContext } from "./media.ingest";
import { findLiveBlob, upsertBlob, type BlobRow } from "./media.queries";
import { putPieces, readObject, variantKey } from "./media.storage";

/** Makes the served copy (metadata removed) and records the blob; returns the blob that won. */
export async function finalizeObject(
  ctx: IngestContext,
  input: { key: string; sha256: string; mime: AcceptedMime; bytes?: Uint8Array },
): Promise<BlobRow> {
  const { key, sha256, mime } = input;
  const bytes = input.bytes ?? (await readObject(ctx.bucket, key));
  if (!bytes) throw new AppError("internal", "The stored file could not be read back.");
  let stripped;
  try {
    stripped = stripMetadata(mime, bytes);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    await ctx.bucket.delete(key);
    throw new AppError(
      "validation_failed",
      "The file seems damaged: it could not be read as an image.",
      {
        errors: [{ path: "file", message: "could not be read as an image; it may be damaged" }],
      },
    );
  }
  const info = readImageInfo(mime, bytes);
  const servedKey = stripped.removed.length ? variantKey(key, "served") : key;
  if (stripped.removed.length) await putPieces(ctx.bucket, servedKey, stripped.pieces, mime);
  await upsertBlob(ctx.db, {
    sha256,
    objectKey: key,
    servedKey,
    servedBytes: stripped.bytes,
    mime,
    bytes: bytes.length,
    width: info?.width ?? null,
    height: info?.height ?? null,
    removedMetadata: JSON.stringify(stripped.removed),
    createdAt: Date.now(),
  }).run();
  const winner = await findLiveBlob(ctx.db, sha256);
  if (!winner) throw new AppError("internal", "The stored file could not be recorded.");
  if (winner.objectKey !== key) await ctx.bucket.delete([...new Set([key, servedKey])]);
  return winner;
}
