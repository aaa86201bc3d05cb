/**
 * Reads a JPEG at 1/8 scale from the DC coefficients alone (each 8×8 block's average), for
 * pictures too large to decode fully in 128 MB. Baseline scans are Huffman-decoded with the AC
 * coefficients skipped; progressive files read only their DC scans and jump over the AC scans.
 * Memory: one 16-bit value per block (about 1/40 of the full decode). Grey and YCbCr only.
 */
import { assertDecodable } from "../image-limits";
import { BoxDownscaler, type RgbImage } from "./downscale";
import { buildHuffman, skipEntropy, type Huffman } from "./jpeg-bits";
import { decodeScan, type Component } from "./jpeg-scan";

/**
 * More scans than any encoder writes (a progressive JPEG has about 10; one refinement scan per
 * bit of each of 4 components is 4 × 14). Each scan walks every block, so a file of thousands
 * of tiny scans would multiply the work of a thumbnail: such files are not decoded.
 */
export const MAX_JPEG_SCANS = 64;

/** How many scans (SOS segments) a JPEG has, counting no further than MAX_JPEG_SCANS + 1. */
export function countJpegScans(data: Uint8Array): number {
  let scans = 0;
  let pos = 2;
  while (pos + 4 <= data.length && scans <= MAX_JPEG_SCANS) {
    if (data[pos] !== 0xff) break;
    const marker = data[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd9) break;
    pos += 2 + ((data[pos + 2]! << 8) | data[pos + 3]!);
    if (marker === 0xda) {
      scans++;
      pos = skipEntropy(data, pos);
    }
  }
  return scans;
}

export function decodeJpegDc(data: Uint8Array, maxEdge: number): RgbImage | null {
  const quant = new Map<number, number>();
  const dcTables = new Map<number, Huffman>();
  const acTables = new Map<number, Huffman>();
  let components: Component[] = [];
  let width = 0,
    height = 0,
    hmax = 1,
    vmax = 1,
    progressive = false,
    restartInterval = 0,
    scans = 0;
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return null;
    const marker = data[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd9) break;
    const length = (data[pos + 2]! << 8) | data[pos + 3]!;
    const seg = data.subarray(pos + 4, pos + 2 + length);
    pos += 2 + length;
    if (marker === 0xdb) {
      for (let i = 0; i < seg.length; ) {
        const wide = seg[i]! >> 4;
        quant.set(seg[i]! & 15, wide ? (seg[i + 1]! << 8) | seg[i + 2]! : seg[i + 1]!);
        i += 1 + 64 * (wide ? 2 : 1);
      }
    } else if (marker === 0xc4) {
      for (let i = 0; i < seg.length; ) {
        const counts = seg.subarray(i + 1, i + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        const table = buildHuffman(counts, seg.subarray(i + 17, i + 17 + total));
        (seg[i]! >> 4 ? acTables : dcTables).set(seg[i]! & 15, table);
        i += 17 + total;
      }
    } else if (marker === 0xdd) {
      restartInterval = (seg[0]! << 8) | seg[1]!;
    } else if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
      if (seg[0] !== 8) return null;
      progressive = marker === 0xc2;
      height = (seg[1]! << 8) | seg[2]!;
      width = (seg[3]! << 8) | seg[4]!;
      assertDecodable(width, height);
      if (seg[5]! < 1 || seg[5]! > 4) return null;
      components = [];
      for (let i = 0; i < seg[5]!; i++) {
        const c = seg.subarray(6 + i * 3, 9 + i * 3);
        components.push({
          id: c[0]!,
          h: c[1]! >> 4,
          v: c[1]! & 15,
          tq: c[2]!,
          blocksPerLine: 0,
          blocksPerColumn: 0,
          dc: new Int16Array(0),
          pred: 0,
        });
      }
      if (components.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) return null;
      hmax = Math.max(...components.map((c) => c.h));
      vmax = Math.max(...components.map((c) => c.v));
      const mcusX = Math.ceil(width / (8 * hmax));
      const mcusY = Math.ceil(height / (8 * vmax));
      for (const c of components) {
        c.blocksPerLine = mcusX * c.h;
        c.blocksPerColumn = mcusY * c.v;
        c.dc = new Int16Array(c.blocksPerLine * c.blocksPerColumn);
      }
    } else if (
      marker >= 0xc3 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc
    ) {
      return null; // lossless, hierarchical or arithmetic-coded: not for thumbnails
    } else if (marker === 0xda) {
      if (++scans > MAX_JPEG_SCANS) return null;
      const n = seg[0]!;
      const scan = Array.from({ length: n }, (_, i) => ({
        comp: components.find((c) => c.id === seg[1 + i * 2])!,
        dc: dcTables.get(seg[2 + i * 2]! >> 4),
        ac: acTables.get(seg[2 + i * 2]! & 15),
      }));
      const ss = seg[1 + n * 2]!,
        se = seg[2 + n * 2]!,
        ah = seg[3 + n * 2]! >> 4,
        al = seg[3 + n * 2]! & 15;
      if (scan.some((s) => !s.comp) || (progressive && ss > 0)) {
        pos = skipEntropy(data, pos);
        continue;
      }
      pos = decodeScan(data, pos, {
        scan,
        hmax,
        vmax,
        width,
        height,
        restartInterval,
        progressive,
        se,
        ah,
        al,
      });
    }
  }
  if (!width || !components.length || !components.every((c) => quant.has(c.tq))) return null;
  if (components.length !== 1 && components.length !== 3) return null;
  return toImage(components, quant, width, height, hmax, vmax, maxEdge);
}

function toImage(
  components: Component[],
  quant: Map<number, number>,
  width: number,
  height: number,
  hmax: number,
  vmax: number,
  maxEdge: number,
): RgbImage {
  const w = Math.ceil(width / 8);
  const h = Math.ceil(height / 8);
  const scaler = new BoxDownscaler(w, h, maxEdge);
  const rgb = new Uint8Array(w * 3);
  const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);
  // A flat block's pixels equal DC × q0 / 8 + 128 (the IDCT's DC gain).
  const sample = (c: Component, x: number, y: number) =>
    (c.dc[Math.floor((y * c.v) / vmax) * c.blocksPerLine + Math.floor((x * c.h) / hmax)]! *
      quant.get(c.tq)!) /
      8 +
    128;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (components.length === 1) {
        rgb[x * 3] = rgb[x * 3 + 1] = rgb[x * 3 + 2] = clamp(sample(components[0]!, x, y));
        continue;
      }
      const Y = sample(components[0]!, x, y);
      const cb = sample(components[1]!, x, y) - 128;
      const cr = sample(components[2]!, x, y) - 128;
      rgb[x * 3] = clamp(Y + 1.402 * cr);
      rgb[x * 3 + 1] = clamp(Y - 0.344136 * cb - 0.714136 * cr);
      rgb[x * 3 + 2] = clamp(Y + 1.772 * cb);
    }
    scaler.pushRow(rgb);
  }
  return scaler.finish();
}
