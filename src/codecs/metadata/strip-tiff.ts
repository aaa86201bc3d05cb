/**
 * TIFF: every IFD (page) keeps only the tags that describe and locate the picture (size, samples,
 * compression, strips/tiles, resolution, orientation, colour map, ICC profile, page number). All
 * other tags are dropped — among them Make, Model, Software, DateTime, Artist, HostComputer,
 * ImageDescription, DocumentName, Copyright, XMP (700), IPTC (33723), Photoshop (34377), and the
 * Exif (34665), GPS (34853) and Interoperability IFDs. The IFD is rewritten in place, and the
 * bytes the dropped tags pointed to — including the whole Exif and GPS IFDs and their values —
 * are overwritten with zeros, so nothing of them remains in the served file.
 */
import { MalformedFileError, result, type StripResult } from "./strip-result";

// prettier-ignore
const KEEP_TAGS = new Set([
  254, 255, 256, 257, 258, 259, 262, 263, 264, 265, 266, 273, 274, 277, 278, 279, 280, 281, 282,
  283, 284, 286, 287, 296, 297, 301, 317, 318, 319, 320, 321, 322, 323, 324, 325, 332, 338, 339,
  340, 341, 347, 512, 513, 514, 515, 517, 518, 519, 520, 521, 529, 530, 531, 532, 34675,
]);
/** Tags whose value is the offset of another IFD whose contents must go too. */
const SUB_IFD_TAGS = new Set([34665, 34853, 40965, 330]);
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
const MAX_IFDS = 10_000;

interface Patch {
  offset: number;
  bytes: Uint8Array;
}

class TiffReader {
  readonly view: DataView;
  readonly little: boolean;
  constructor(readonly input: Uint8Array) {
    this.view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    this.little = input[0] === 0x49;
  }
  u16(at: number) {
    this.check(at, 2);
    return this.view.getUint16(at, this.little);
  }
  u32(at: number) {
    this.check(at, 4);
    return this.view.getUint32(at, this.little);
  }
  check(at: number, length: number) {
    if (at < 0 || at + length > this.input.length)
      throw new MalformedFileError("TIFF offset outside the file");
  }
  /** Where an entry's value lives when it does not fit in the entry itself. */
  valueRange(entry: number): [number, number] | null {
    const type = this.u16(entry + 2);
    const size = (TYPE_SIZES[type] ?? 1) * this.u32(entry + 4);
    if (size <= 4) return null;
    const start = this.u32(entry + 8);
    return [start, Math.min(start + size, this.input.length)];
  }
}

export function stripTiff(input: Uint8Array): StripResult {
  const tiff = new TiffReader(input);
  const patches: Patch[] = [];
  const zeroRanges: Array<[number, number]> = [];
  const keptRanges: Array<[number, number]> = [];
  const removed: string[] = [];
  const seen = new Set<number>();
  let ifd = tiff.u32(4);
  while (ifd !== 0) {
    if (seen.has(ifd) || seen.size > MAX_IFDS)
      throw new MalformedFileError("TIFF IFDs form a loop");
    seen.add(ifd);
    const count = tiff.u16(ifd);
    tiff.check(ifd, 2 + count * 12 + 4);
    const kept: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = tiff.u16(entry);
      const range = tiff.valueRange(entry);
      if (KEEP_TAGS.has(tag)) {
        kept.push(entry);
        if (range) keptRanges.push(range);
        continue;
      }
      removed.push(`TIFF tag ${tag}`);
      if (range) zeroRanges.push(range);
      if (SUB_IFD_TAGS.has(tag)) collectSubIfd(tiff, tiff.u32(entry + 8), zeroRanges, seen, 0);
    }
    const next = tiff.u32(ifd + 2 + count * 12);
    if (kept.length < count)
      patches.push({ offset: ifd, bytes: rewriteIfd(tiff, kept, count, next) });
    ifd = next;
  }
  for (const [start, end] of zeroRanges) {
    const overlapsKept = keptRanges.some(([s, e]) => start < e && s < end);
    if (!overlapsKept && start < end)
      patches.push({ offset: start, bytes: new Uint8Array(end - start) });
  }
  return result(applyPatches(input, patches), removed.map(describeTag), input);
}

/** The zeroed region of a sub-IFD (Exif, GPS, …) and of every value it points to. */
function collectSubIfd(
  tiff: TiffReader,
  at: number,
  zero: Array<[number, number]>,
  seen: Set<number>,
  depth: number,
) {
  if (depth > 4 || seen.has(at) || at + 2 > tiff.input.length) return;
  seen.add(at);
  const count = tiff.u16(at);
  const end = Math.min(at + 2 + count * 12 + 4, tiff.input.length);
  zero.push([at, end]);
  for (let i = 0; i < count && at + 2 + i * 12 + 12 <= end; i++) {
    const entry = at + 2 + i * 12;
    const range = tiff.valueRange(entry);
    if (range) zero.push(range);
    if (SUB_IFD_TAGS.has(tiff.u16(entry)))
      collectSubIfd(tiff, tiff.u32(entry + 8), zero, seen, depth + 1);
  }
}

/** The IFD with only the kept entries, zero-padded to its old length. */
function rewriteIfd(tiff: TiffReader, kept: number[], count: number, next: number): Uint8Array {
  const out = new Uint8Array(2 + count * 12 + 4);
  const view = new DataView(out.buffer);
  view.setUint16(0, kept.length, tiff.little);
  kept.forEach((entry, i) => out.set(tiff.input.subarray(entry, entry + 12), 2 + i * 12));
  view.setUint32(2 + kept.length * 12, next, tiff.little);
  return out;
}

/** The input with patches laid over it, as views plus the patch buffers. */
function applyPatches(input: Uint8Array, patches: Patch[]): Uint8Array[] {
  const sorted = mergeOverlaps(patches.sort((a, b) => a.offset - b.offset));
  const pieces: Uint8Array[] = [];
  let pos = 0;
  for (const patch of sorted) {
    pieces.push(input.subarray(pos, patch.offset), patch.bytes);
    pos = patch.offset + patch.bytes.length;
  }
  pieces.push(input.subarray(pos));
  return pieces;
}

/** Zero patches can overlap each other or a rewritten IFD; the IFD rewrite wins. */
function mergeOverlaps(sorted: Patch[]): Patch[] {
  const out: Patch[] = [];
  for (const patch of sorted) {
    const last = out[out.length - 1];
    if (!last || patch.offset >= last.offset + last.bytes.length) {
      out.push(patch);
      continue;
    }
    const end = Math.max(last.offset + last.bytes.length, patch.offset + patch.bytes.length);
    const merged = new Uint8Array(end - last.offset);
    for (const p of [last, patch]) {
      if (p.bytes.some((b) => b !== 0)) merged.set(p.bytes, p.offset - last.offset);
    }
    out[out.length - 1] = { offset: last.offset, bytes: merged };
  }
  return out;
}

// prettier-ignore
const TAG_NAMES: Record<number, string> = {
  269: "DocumentName", 270: "ImageDescription", 271: "Make", 272: "Model", 285: "PageName",
  305: "Software", 306: "DateTime", 315: "Artist", 316: "HostComputer", 330: "SubIFDs",
  700: "XMP", 33432: "Copyright", 33723: "IPTC", 34377: "Photoshop", 34665: "Exif IFD",
  34853: "GPS IFD",
};

function describeTag(text: string): string {
  const tag = Number(text.slice("TIFF tag ".length));
  return TAG_NAMES[tag] ? `TIFF ${TAG_NAMES[tag]}` : text;
}
