/**
 * WebP: walks the RIFF chunks. Kept: the image data (VP8, VP8L, ALPH), animation frames and the
 * ICC profile. Dropped: EXIF and XMP chunks and any unknown chunk; the VP8X flags that announce
 * Exif/XMP are cleared and the RIFF size is rewritten.
 */
import { MalformedFileError, result, type StripResult } from "./strip-result";

const KEEP = new Set(["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"]);
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

export function stripWebp(input: Uint8Array): StripResult {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const riffEnd = Math.min(input.length, 8 + view.getUint32(4, true));
  const pieces: Uint8Array[] = [];
  const removed: string[] = [];
  let vp8x: { at: number; flags: number } | null = null;
  let pos = 12;
  while (pos + 8 <= riffEnd) {
    const type = String.fromCharCode(...input.subarray(pos, pos + 4));
    const size = view.getUint32(pos + 4, true);
    const end = pos + 8 + size + (size & 1);
    if (pos + 8 + size > input.length)
      throw new MalformedFileError("WebP chunk longer than the file");
    if (KEEP.has(type)) {
      if (type === "VP8X") vp8x = { at: pos, flags: input[pos + 8]! };
      pieces.push(input.subarray(pos, Math.min(end, input.length)));
    } else {
      removed.push(`WebP ${type.trim()}`);
    }
    pos = end;
  }
  if (riffEnd < input.length) removed.push("data after the end of the image");
  if (removed.length === 0) return result([], [], input);
  const body = pieces.reduce((sum, p) => sum + p.length, 0);
  const header = new Uint8Array(12);
  header.set(input.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body + 4, true);
  if (vp8x) {
    const index = pieces.findIndex((p) => p.byteOffset - input.byteOffset === vp8x!.at);
    const patched = new Uint8Array(pieces[index]!);
    patched[8] = vp8x.flags & ~(EXIF_FLAG | XMP_FLAG);
    pieces[index] = patched;
  }
  return result([header, ...pieces], removed, input);
}
