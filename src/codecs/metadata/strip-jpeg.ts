/**
 * JPEG: walks the marker segments up to the end of the image. Kept: the segments that decode the
 * picture (tables, frame and scan headers, the entropy-coded data), JFIF (without its thumbnail),
 * the ICC colour profile and Adobe's colour-transform flag. Dropped: APP1 (Exif incl. GPS, XMP),
 * APP13 (IPTC/Photoshop), MPF and other APPn, JFXX (an extension that only carries a thumbnail —
 * which may be a whole JPEG with its own Exif and GPS), comments, and anything after the
 * end-of-image marker (such as the second picture of a multi-picture file, which carries its own
 * Exif). A JFIF segment's own thumbnail (raw pixels of the picture as it was before editing) is
 * cut off. The Exif orientation survives as a minimal Exif segment holding nothing else, so
 * portrait photos do not turn sideways.
 */
import { readExifOrientation } from "./exif-orientation";
import { MalformedFileError, result, type StripResult } from "./strip-result";

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

function ascii(bytes: Uint8Array, start: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Which APPn/COM segments may stay; the identifier follows the 4-byte marker and length. */
function keepSegment(marker: number, input: Uint8Array, start: number): string | null {
  const id = start + 4;
  if (marker === 0xe0)
    return ascii(input, id, "JFIF\0") ? null : ascii(input, id, "JFXX\0") ? "APP0 JFXX thumbnail" : "APP0";
  if (marker === 0xe1)
    return ascii(input, id, "Exif\0")
      ? "APP1 Exif"
      : ascii(input, id, "http://ns.adobe.com/")
        ? "APP1 XMP"
        : "APP1";
  if (marker === 0xe2)
    return ascii(input, id, "ICC_PROFILE\0")
      ? null
      : ascii(input, id, "MPF\0")
        ? "APP2 MPF"
        : "APP2";
  if (marker === 0xed) return "APP13 IPTC/Photoshop";
  if (marker === 0xee) return ascii(input, id, "Adobe") ? null : "APP14";
  if (marker >= 0xe3 && marker <= 0xef) return `APP${marker - 0xe0}`;
  if (marker === 0xfe) return "COM comment";
  return null;
}

/**
 * End of the entropy-coded data after a scan header: the next marker that is not RSTn or a
 * stuffed 0xFF00; -1 when the data runs to the end of the input.
 */
function endOfEntropyData(input: Uint8Array, from: number): number {
  let pos = input.indexOf(0xff, from);
  while (pos !== -1 && pos + 1 < input.length) {
    const next = input[pos + 1]!;
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return pos;
    pos = input.indexOf(0xff, pos + 1);
  }
  return -1;
}

/** JFIF: identifier (5), version (2), units (1), densities (4), thumbnail width and height (2). */
const JFIF_HEADER = 2 + 2 + 14;

/** The JFIF segment at `pos` cut to its header, declaring no thumbnail. */
function jfifWithoutThumbnail(input: Uint8Array, pos: number): Uint8Array {
  const head = input.slice(pos, pos + JFIF_HEADER);
  head.set([0, JFIF_HEADER - 2], 2);
  head.set([0, 0], JFIF_HEADER - 2);
  return head;
}

export interface JpegStripOptions {
  /**
   * A JPEG inside another file (a PDF's image): no orientation segment is added (PDF viewers
   * ignore it), and data that runs to the end without an end-of-image marker is kept.
   */
  embedded?: boolean;
}

/** A minimal big-endian Exif segment holding only IFD0 with the orientation. */
export function orientationSegment(orientation: number): Uint8Array {
  // prettier-ignore
  return new Uint8Array([
    0xff, 0xe1, 0x00, 0x22, // APP1, length 34
    0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // TIFF header, IFD0 at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation, SHORT
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
}

export function stripJpeg(input: Uint8Array, options: JpegStripOptions = {}): StripResult {
  if (input[0] !== 0xff || input[1] !== SOI) throw new MalformedFileError("not a JPEG");
  const pieces: Uint8Array[] = [input.subarray(0, 2)];
  const removed: string[] = [];
  let orientation = 1;
  let keptFrom = 2;
  let pos = 2;
  const drop = (start: number, end: number, what: string) => {
    pieces.push(input.subarray(keptFrom, start));
    keptFrom = end;
    removed.push(what);
  };
  for (;;) {
    if (pos + 1 >= input.length || input[pos] !== 0xff)
      throw new MalformedFileError("JPEG segment expected");
    const marker = input[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === EOI) {
      pieces.push(input.subarray(keptFrom, pos + 2));
      if (pos + 2 < input.length) removed.push("data after the end of the image");
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (pos + 4 > input.length) throw new MalformedFileError("JPEG segment cut off");
    const end = pos + 2 + ((input[pos + 2]! << 8) | input[pos + 3]!);
    if (end > input.length) throw new MalformedFileError("JPEG segment longer than the file");
    if (marker === SOS) {
      pos = endOfEntropyData(input, end);
      if (pos !== -1) continue;
      if (!options.embedded) throw new MalformedFileError("JPEG ends inside the image data");
      pieces.push(input.subarray(keptFrom));
      break;
    }
    if (
      marker === 0xe0 &&
      ascii(input, pos + 4, "JFIF\0") &&
      end - pos > JFIF_HEADER &&
      input[pos + JFIF_HEADER - 2]! * input[pos + JFIF_HEADER - 1]! > 0
    ) {
      drop(pos, end, "APP0 JFIF thumbnail");
      pieces.push(jfifWithoutThumbnail(input, pos));
      pos = end;
      continue;
    }
    const dropped = keepSegment(marker, input, pos);
    if (dropped) {
      if (dropped === "APP1 Exif")
        orientation = readExifOrientation(input.subarray(pos + 10, end)) ?? orientation;
      drop(pos, end, dropped);
    }
    pos = end;
  }
  if (removed.length === 0) return result([], [], input);
  // Right after SOI, where Exif normally sits.
  if (orientation !== 1 && !options.embedded) pieces.splice(1, 0, orientationSegment(orientation));
  return result(pieces, removed, input);
}
