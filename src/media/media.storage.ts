/**
 * R2 access for media. Object keys are random (128 bits) and say nothing about the file, its
 * owner or its hash; derivatives live under the original's key (`o/<random>/served`, `/thumb`,
 * `/medium`), so a regenerated thumbnail overwrites itself instead of leaving a stray object.
 */
import { base32 } from "../platform/ids";

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** R2's minimum part size (all parts but the last must be at least this and equal). */
export const PART_BYTES = 5 * 1024 * 1024;

export type Variant = "served" | "thumb" | "medium";

export function newObjectKey(): string {
  return `o/${base32(crypto.getRandomValues(new Uint8Array(16)))}`;
}

export function variantKey(objectKey: string, variant: Variant): string {
  return `${objectKey}/${variant}`;
}

/**
 * Writes pieces (views into buffers) as one object without joining them first: a 40 MB file
 * is not copied. R2 needs a stream of known length, which FixedLengthStream provides.
 */
export async function putPieces(
  bucket: R2Bucket,
  key: string,
  pieces: Uint8Array[],
  contentType: string,
) {
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  const { readable, writable } = new FixedLengthStream(total);
  const writing = (async () => {
    const writer = writable.getWriter();
    for (const piece of pieces) if (piece.length) await writer.write(piece);
    await writer.close();
  })();
  const [object] = await Promise.all([
    bucket.put(key, readable, { httpMetadata: { contentType } }),
    writing,
  ]);
  return object;
}

/** sha256 of pieces, hex, without joining them. */
export async function sha256OfPieces(pieces: Uint8Array[]): Promise<string> {
  // Workers-only API; the cast keeps the scripts' (Node + DOM) type check happy.
  const digest = new (crypto as unknown as { DigestStream: typeof DigestStream }).DigestStream(
    "SHA-256",
  );
  const writer = digest.getWriter();
  for (const piece of pieces) if (piece.length) await writer.write(piece);
  await writer.close();
  return hex(new Uint8Array(await digest.digest));
}

export function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The whole object as one buffer (at most MAX_FILE_BYTES), or null if it is gone. */
export async function readObject(bucket: R2Bucket, key: string): Promise<Uint8Array | null> {
  const object = await bucket.get(key);
  return object ? new Uint8Array(await object.arrayBuffer()) : null;
}
