/**
 * A streaming PNG reader for thumbnails: the compressed data is inflated with the platform's
 * DecompressionStream and unfiltered row by row into the downscaler, so memory stays at two
 * rows plus the output whatever the picture's size. Interlaced PNGs are not handled (null).
 * The declared size is checked against the limits before anything is allocated, and inflating
 * stops after the declared rows: a few kilobytes of IDAT can expand to gigabytes.
 */
import { assertDecodable } from "../image-limits";
import { BoxDownscaler, type RgbImage } from "./downscale";

interface Header {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlaced: boolean;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The bit depths the PNG specification allows for each colour type. */
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

export async function downscalePng(input: Uint8Array, maxEdge: number): Promise<RgbImage | null> {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let header: Header | null = null;
  let palette: Uint8Array | null = null;
  let paletteAlpha: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  for (let pos = 8; pos + 12 <= input.length; ) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...input.subarray(pos + 4, pos + 8));
    const data = input.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR" && !header) {
      header = {
        width: view.getUint32(pos + 8),
        height: view.getUint32(pos + 12),
        depth: data[8]!,
        colour: data[9]!,
        interlaced: data[12] === 1,
      };
    } else if (type === "PLTE") palette = data;
    else if (type === "tRNS") paletteAlpha = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    pos += 12 + length;
  }
  if (!header || header.interlaced || !DEPTHS[header.colour]?.includes(header.depth)) return null;
  assertDecodable(header.width, header.height);
  const channels = CHANNELS[header.colour]!;
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  const bpp = Math.max(1, (channels * header.depth) / 8);
  const scaler = new BoxDownscaler(header.width, header.height, maxEdge);
  const rgb = new Uint8Array(header.width * 3);
  let prev = new Uint8Array(rowBytes);
  let row = new Uint8Array(rowBytes + 1);
  let filled = 0;
  let rows = 0;

  const inflate = new DecompressionStream("deflate");
  const writing = (async () => {
    const writer = inflate.writable.getWriter();
    for (const chunk of idat) await writer.write(chunk as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined); // a broken stream shows on the reading side
  const reader = inflate.readable.getReader();
  while (rows < header.height) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let i = 0; i < value.length && rows < header.height; ) {
      const take = Math.min(row.length - filled, value.length - i);
      row.set(value.subarray(i, i + take), filled);
      filled += take;
      i += take;
      if (filled === row.length) {
        const line = row.subarray(1);
        unfilter(row[0]!, line, prev, bpp);
        toRgb(line, rgb, header, palette, paletteAlpha);
        scaler.pushRow(rgb);
        prev.set(line);
        filled = 0;
        rows++;
      }
    }
  }
  // Whatever the IDAT would still inflate to lies beyond the declared rows: stop here.
  await reader.cancel().catch(() => undefined);
  await writing;
  return scaler.finish();
}

function unfilter(filter: number, line: Uint8Array, prev: Uint8Array, bpp: number) {
  for (let i = 0; i < line.length; i++) {
    const left = i >= bpp ? line[i - bpp]! : 0;
    const up = prev[i]!;
    const upLeft = i >= bpp ? prev[i - bpp]! : 0;
    let add = 0;
    if (filter === 1) add = left;
    else if (filter === 2) add = up;
    else if (filter === 3) add = (left + up) >> 1;
    else if (filter === 4) {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    line[i] = (line[i]! + add) & 0xff;
  }
}

/** One unfiltered row as RGB; alpha is composited on white, 16-bit samples use their high byte. */
function toRgb(
  line: Uint8Array,
  rgb: Uint8Array,
  h: Header,
  palette: Uint8Array | null,
  trns: Uint8Array | null,
) {
  const channels = CHANNELS[h.colour]!;
  const sample = (x: number, c: number): number => {
    if (h.depth === 8) return line[x * channels + c]!;
    if (h.depth === 16) return line[(x * channels + c) * 2]!;
    const bit = (x * channels + c) * h.depth;
    const value = (line[bit >> 3]! >> (8 - h.depth - (bit & 7))) & ((1 << h.depth) - 1);
    return h.colour === 3 ? value : Math.round((value * 255) / ((1 << h.depth) - 1));
  };
  for (let x = 0; x < h.width; x++) {
    let r: number,
      g: number,
      b: number,
      a = 255;
    if (h.colour === 3) {
      const index = sample(x, 0);
      r = palette?.[index * 3] ?? 0;
      g = palette?.[index * 3 + 1] ?? 0;
      b = palette?.[index * 3 + 2] ?? 0;
      a = trns?.[index] ?? 255;
    } else if (h.colour === 0 || h.colour === 4) {
      r = g = b = sample(x, 0);
      if (h.colour === 4) a = sample(x, 1);
    } else {
      r = sample(x, 0);
      g = sample(x, 1);
      b = sample(x, 2);
      if (h.colour === 6) a = sample(x, 3);
    }
    const white = 255 * (255 - a);
    rgb[x * 3] = (r * a + white) / 255;
    rgb[x * 3 + 1] = (g * a + white) / 255;
    rgb[x * 3 + 2] = (b * a + white) / 255;
  }
}
