/**
 * JPEG 2000 (as pictures inside PDFs use it): the JP2 container's top-level boxes. Kept: the
 * signature, file type, reader requirements, header (size, colour) and the codestream. Dropped:
 * XML boxes (XMP), UUID boxes (Exif, GeoJP2 coordinates), intellectual-property and UUID-info
 * boxes, and anything unknown. A bare codestream (no container) carries no such boxes.
 */
import { MalformedFileError, result, type StripResult } from "./strip-result";

const KEEP_BOXES = new Set(["jP  ", "ftyp", "rreq", "jp2h", "jp2c"]);

export function stripJp2(input: Uint8Array): StripResult {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const boxType = (at: number) => String.fromCharCode(...input.subarray(at + 4, at + 8));
  if (input.length < 12 || boxType(0) !== "jP  ") return result([], [], input);
  const pieces: Uint8Array[] = [];
  const removed: string[] = [];
  let keptFrom = 0;
  for (let pos = 0; pos < input.length; ) {
    if (pos + 8 > input.length) throw new MalformedFileError("JPEG 2000 box cut off");
    const declared = view.getUint32(pos);
    const length =
      declared === 0
        ? input.length - pos
        : declared === 1
          ? Number(view.getBigUint64(pos + 8))
          : declared;
    if (length < 8 || pos + length > input.length)
      throw new MalformedFileError("JPEG 2000 box longer than the file");
    const type = boxType(pos);
    if (!KEEP_BOXES.has(type)) {
      pieces.push(input.subarray(keptFrom, pos));
      keptFrom = pos + length;
      removed.push(`JPEG 2000 ${type.trim()} box`);
    }
    pos += length;
  }
  pieces.push(input.subarray(keptFrom));
  return result(pieces, removed, input);
}
