/**
 * The step every upload ends with once R2 holds the original: the size check (docs/media.md,
 * "Limits"), the served copy without GPS/camera metadata (or the original itself when there was
 * nothing to remove), then the blob row. When two uploads of the same bytes race, one blob wins
 * and the loser's objects — never referenced — go.
 */
import { AppError } from "../platform/http/errors";
import { readImageInfo } from "../codecs/image-info";
import { exceedsImageLimits, MAX_IMAGE_EDGE, MAX_IMAGE_PIXELS } from "../codecs/image-limits";
import type { AcceptedMime } from "../codecs/media-sniff";
import {
  MalformedFileError,
  PdfNotCleanableError,
  stripMetadata,
  type PdfProblem,
} from "../codecs/metadata/strip";
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
  const info = readImageInfo(mime, bytes);
  if (info && exceedsImageLimits(info.width, info.height)) {
    await ctx.bucket.delete(key);
    throw new PictureTooLargeError(info.width, info.height);
  }
  let stripped;
  try {
    stripped = await stripMetadata(mime, bytes);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    await ctx.bucket.delete(key);
    if (error instanceof PdfNotCleanableError) throw new PdfRefusedError(error.problem);
    throw new AppError(
      "validation_failed",
      "The file seems damaged: it could not be read as an image.",
      {
        errors: [{ path: "file", message: "could not be read as an image; it may be damaged" }],
      },
    );
  }
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

const count = (n: number) => n.toLocaleString("en-US");

/** 422 on `file`: the picture's header declares more pixels than the archive accepts. */
export class PictureTooLargeError extends AppError {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(
      "validation_failed",
      `The picture is ${count(width)} × ${count(height)} pixels; the archive accepts at most ` +
        `${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${count(MAX_IMAGE_EDGE)} pixels on each side. ` +
        "Nothing was stored.",
      {
        errors: [
          {
            path: "file",
            message:
              `must be at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${count(MAX_IMAGE_EDGE)} ` +
              `pixels on each side (this picture: ${count(width)} × ${count(height)})`,
          },
        ],
      },
    );
  }
}

/** The same check for bytes stored already (deduplication), by the size recorded with them. */
export function refuseOversizedBlob(blob: Pick<BlobRow, "width" | "height">): void {
  if (blob.width && blob.height && exceedsImageLimits(blob.width, blob.height))
    throw new PictureTooLargeError(blob.width, blob.height);
}

const PDF_PROBLEMS: Record<PdfProblem, { detail: string; message: string }> = {
  encrypted: {
    detail: "The PDF is encrypted (password-protected)",
    message:
      "is an encrypted (password-protected) PDF whose hidden details cannot be removed; save it without a password and upload it again",
  },
  unreadable: {
    detail: "The PDF could not be read",
    message:
      "could not be read as a PDF, so its hidden details cannot be removed; it may be damaged — save or print it as a new PDF and upload that",
  },
  picture: {
    detail: "The PDF holds a picture stored in a way that cannot be cleaned",
    message:
      "holds a picture whose hidden details cannot be removed; print it as a new PDF and upload that",
  },
};

/**
 * 422 on `file`: a PDF whose hidden details (author, software, the GPS of embedded photos) cannot
 * be removed is refused rather than served as it came (docs/media.md).
 */
export class PdfRefusedError extends AppError {
  constructor(readonly problem: PdfProblem) {
    super(
      "validation_failed",
      `${PDF_PROBLEMS[problem].detail}, so its hidden details cannot be removed. Nothing was stored.`,
      { errors: [{ path: "file", message: PDF_PROBLEMS[problem].message }] },
    );
  }
}
