/**
 * PNG: walks the chunks up to IEND. Kept: critical chunks and the ancillary chunks that affect how
 * the picture looks (transparency, gamma, colour space and profile, physical size, animation).
 * Dropped: eXIf (Exif incl. GPS), tEXt/zTXt/iTXt (text, XMP), tIME, any other ancillary chunk
 * (private ones may carry anything), and data after IEND.
 */
import { MalformedFileError, result, type StripResult } from "./strip-result";

// prettier-ignore
const KEEP_ANCILLARY = new Set([
  "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "hIST", "pHYs", "sPLT",
  "acTL", "fcTL", "fdAT", "cICP", "mDCV", "mDCv", "cLLI", "cLLi",
]);

function chunkType(input: Uint8Array, at: number): string {
  return String.fromCharCode(input[at]!, input[at + 1]!, input[at + 2]!, input[at + 3]!);
}

export function stripPng(input: Uint8Array): StripResult {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const pieces: Uint8Array[] = [];
  const removed: string[] = [];
  let keptFrom = 0;
  let pos = 8;
  for (;;) {
    if (pos + 12 > input.length) throw new MalformedFileError("PNG ends before IEND");
    const length = view.getUint32(pos);
    const type = chunkType(input, pos + 4);
    const end = pos + 12 + length;
    if (end > input.length) throw new MalformedFileError("PNG chunk longer than the file");
    const critical = (input[pos + 4]! & 0x20) === 0;
    if (!critical && !KEEP_ANCILLARY.has(type)) {
      pieces.push(input.subarray(keptFrom, pos));
      keptFrom = end;
      removed.push(`PNG ${type}`);
    }
    if (type === "IEND") {
      pieces.push(input.subarray(keptFrom, end));
      if (end < input.length) removed.push("data after the end of the image");
      break;
    }
    pos = end;
  }
  return result(pieces, removed, input);
}
