/**
 * A strip-by-strip TIFF reader for thumbnails (first page): uncompressed, PackBits, LZW and
 * Deflate strips, 1/8/16-bit grey, RGB(A) and palette, with the horizontal predictor. Each strip
 * is decoded and pushed row by row into the downscaler, then dropped (uncompressed strips are
 * read in place). Tiled, JPEG- or
 * fax-compressed TIFFs return null (the gallery shows a document icon; the file is still served).
 * The declared size is checked against the limits before anything is allocated, and no strip is
 * decompressed beyond the rows it should hold.
 */
import { assertDecodable } from "../image-limits";
import { BoxDownscaler, type RgbImage } from "./downscale";
import { decodeLzw, decodePackBits, inflate } from "./tiff-codecs";

/** A compressed strip is decoded whole; one larger than this would not fit beside the file. */
const MAX_STRIP_BYTES = 32 * 1024 * 1024;

interface Ifd {
  get(tag: number): number[] | undefined;
}

function readIfd(input: Uint8Array): Ifd {
  const little = input[0] === 0x49;
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const at = view.getUint32(4, little);
  const tags = new Map<number, number[]>();
  const sizes: Record<number, number> = { 1: 1, 3: 2, 4: 4 };
  for (let i = 0; i < view.getUint16(at, little); i++) {
    const entry = at + 2 + i * 12;
    const type = view.getUint16(entry + 2, little);
    const count = view.getUint32(entry + 4, little);
    const size = sizes[type];
    if (!size || count > 1_000_000) continue;
    const base = size * count <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
    if (base + size * count > input.length) continue;
    const values: number[] = [];
    for (let k = 0; k < count; k++) {
      const p = base + k * size;
      values.push(
        size === 1
          ? view.getUint8(p)
          : size === 2
            ? view.getUint16(p, little)
            : view.getUint32(p, little),
      );
    }
    tags.set(view.getUint16(entry, little), values);
  }
  return { get: (tag) => tags.get(tag) };
}

export async function downscaleTiff(input: Uint8Array, maxEdge: number): Promise<RgbImage | null> {
  const ifd = readIfd(input);
  const width = ifd.get(256)?.[0];
  const height = ifd.get(257)?.[0];
  const offsets = ifd.get(273);
  const counts = ifd.get(279);
  const compression = ifd.get(259)?.[0] ?? 1;
  const photometric = ifd.get(262)?.[0] ?? 1;
  const spp = ifd.get(277)?.[0] ?? 1;
  const depth = ifd.get(258)?.[0] ?? 1;
  const predictor = ifd.get(317)?.[0] ?? 1;
  const palette = ifd.get(320);
  if (!width || !height || !offsets || !counts || ifd.get(322)) return null;
  assertDecodable(width, height);
  // RGB(A) and grey with a few extra channels; more samples per pixel are no scan.
  if (spp < 1 || spp > 8) return null;
  if (![1, 5, 8, 32773, 32946].includes(compression) || ![1, 8, 16].includes(depth)) return null;
  if ((ifd.get(284)?.[0] ?? 1) !== 1 || ![0, 1, 2, 3].includes(photometric)) return null;
  const rowsPerStrip = Math.min(ifd.get(278)?.[0] ?? height, height);
  const rowBytes = Math.ceil((width * spp * depth) / 8);
  const scaler = new BoxDownscaler(width, height, maxEdge);
  const rgb = new Uint8Array(width * 3);
  const line = new Uint8Array(rowBytes);
  let row = 0;
  for (let s = 0; s < offsets.length && row < height; s++) {
    const raw = input.subarray(offsets[s]!, offsets[s]! + counts[s]!);
    const rows = Math.min(rowsPerStrip, height - row);
    if (compression !== 1 && rows * rowBytes > MAX_STRIP_BYTES) return null;
    // Uncompressed strips are read in place, one row at a time, however large the strip.
    const strip = compression === 1 ? raw : await decompress(compression, raw, rows * rowBytes);
    for (let r = 0; r < rows; r++) {
      if ((r + 1) * rowBytes > strip.length) return scaler.finish();
      line.set(strip.subarray(r * rowBytes, (r + 1) * rowBytes));
      if (predictor === 2 && depth === 8)
        for (let i = spp; i < line.length; i++) line[i] = (line[i]! + line[i - spp]!) & 0xff;
      toRgb(line, rgb, { width, spp, depth, photometric, palette });
      scaler.pushRow(rgb);
      row++;
    }
  }
  return scaler.finish();
}

async function decompress(
  compression: number,
  raw: Uint8Array,
  expected: number,
): Promise<Uint8Array> {
  switch (compression) {
    case 32773:
      return decodePackBits(raw, expected);
    case 5:
      return decodeLzw(raw, expected);
    default:
      return inflate(raw, expected);
  }
}

interface Layout {
  width: number;
  spp: number;
  depth: number;
  photometric: number;
  palette: number[] | undefined;
}

function toRgb(line: Uint8Array, rgb: Uint8Array, l: Layout) {
  const sample = (x: number, c: number): number => {
    const i = x * l.spp + c;
    if (l.depth === 8) return line[i]!;
    if (l.depth === 16) return line[i * 2 + 1]!; // little or big endian: close enough for a thumbnail
    return (line[i >> 3]! >> (7 - (i & 7))) & 1 ? 255 : 0;
  };
  const colours = l.palette ? l.palette.length / 3 : 0;
  for (let x = 0; x < l.width; x++) {
    let r: number, g: number, b: number;
    if (l.photometric === 2 && l.spp >= 3) {
      r = sample(x, 0);
      g = sample(x, 1);
      b = sample(x, 2);
    } else if (l.photometric === 3 && l.palette) {
      const index = l.depth === 8 ? line[x]! : sample(x, 0) ? 1 : 0;
      r = l.palette[index]! >> 8;
      g = l.palette[colours + index]! >> 8;
      b = l.palette[2 * colours + index]! >> 8;
    } else {
      const v = sample(x, 0);
      r = g = b = l.photometric === 0 ? 255 - v : v;
    }
    rgb[x * 3] = r;
    rgb[x * 3 + 1] = g;
    rgb[x * 3 + 2] = b;
  }
}
