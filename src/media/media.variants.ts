/**
 * Thumbnails (320 px) and medium images (1024 px) for the gallery, made from the served copy on
 * first request and kept in R2; later requests read the stored JPEG. Files that have no picture
 * to show (PDFs, images the Worker cannot or may not decode) get a document icon. When a picture
 * cannot be made, that is remembered in place of the key (`NO_PICTURE`), so a file that failed —
 * or a picture above the size limit stored before the limit existed — is decoded at most once,
 * not on every view by every visitor.
 */
import type { Database } from "../platform/db/client";
import { exceedsImageLimits } from "../codecs/image-limits";
import { isImage, type AcceptedMime } from "../codecs/media-sniff";
import { renderThumbnail } from "../codecs/thumbnail/render";
import { recordVariantKey, type BlobRow } from "./media.queries";
import { readObject, variantKey } from "./media.storage";

export const SIZES = { thumb: 320, medium: 1024 } as const;
export type Size = keyof typeof SIZES;

/** Recorded instead of a variant's key: no picture can be made of this file; show the icon. */
export const NO_PICTURE = "placeholder";

/** The key of the stored JPEG for this size, made now if needed; null when none can be made. */
export async function ensureVariant(
  db: Database,
  bucket: R2Bucket,
  blob: BlobRow,
  size: Size,
): Promise<string | null> {
  const known = size === "thumb" ? blob.thumbKey : blob.mediumKey;
  if (known === NO_PICTURE) return null;
  if (known) return known;
  if (!isImage(blob.mime)) return null;
  if (blob.width && blob.height && exceedsImageLimits(blob.width, blob.height)) {
    await recordVariantKey(db, blob.sha256, size, NO_PICTURE);
    return null;
  }
  const source = await readObject(bucket, blob.servedKey);
  if (!source) return null; // R2 did not answer: try again on the next view
  const jpeg = await renderThumbnail(blob.mime as AcceptedMime, source, SIZES[size]);
  if (!jpeg) {
    await recordVariantKey(db, blob.sha256, size, NO_PICTURE);
    return null;
  }
  const key = variantKey(blob.objectKey, size);
  await bucket.put(key, jpeg, { httpMetadata: { contentType: "image/jpeg" } });
  await recordVariantKey(db, blob.sha256, size, key);
  return key;
}

/** Shown for PDFs and for images too large to decode here; the file itself is still served. */
export const DOCUMENT_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 160" width="120" height="160" role="img" aria-label="Document">
<rect x="8" y="8" width="104" height="144" rx="6" fill="#f4f1ea" stroke="#6b6256" stroke-width="4"/>
<path d="M28 44h64M28 64h64M28 84h64M28 104h40" stroke="#6b6256" stroke-width="6" stroke-linecap="round"/>
</svg>`;
