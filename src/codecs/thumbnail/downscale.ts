/**
 * Box-filter downscaling fed one source row at a time, so a decoder never needs the whole
 * picture in memory: only the output (at most 1024×1024×3 bytes) and one output row of sums.
 * It refuses a source above the pixel limits before allocating, whichever decoder asks.
 */
import { assertDecodable } from "../image-limits";
export interface RgbImage {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, row after row. */
  data: Uint8Array;
}

/** The output size fitting `maxEdge`, never larger than the source. */
export function fitWithin(width: number, height: number, maxEdge: number) {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export class BoxDownscaler {
  readonly out: RgbImage;
  private readonly sums: Uint32Array;
  private readonly counts: Uint32Array;
  private readonly columnOf: Uint32Array;
  private row = 0;
  private outRow = 0;

  constructor(
    readonly srcWidth: number,
    readonly srcHeight: number,
    maxEdge: number,
  ) {
    assertDecodable(srcWidth, srcHeight);
    const size = fitWithin(srcWidth, srcHeight, maxEdge);
    this.out = { ...size, data: new Uint8Array(size.width * size.height * 3) };
    this.sums = new Uint32Array(size.width * 3);
    this.counts = new Uint32Array(size.width);
    this.columnOf = new Uint32Array(srcWidth);
    for (let x = 0; x < srcWidth; x++) this.columnOf[x] = Math.floor((x * size.width) / srcWidth);
  }

  /** Adds one source row (RGB, srcWidth × 3 bytes). */
  pushRow(rgb: Uint8Array): void {
    if (this.row >= this.srcHeight) return;
    const target = Math.floor((this.row * this.out.height) / this.srcHeight);
    if (target !== this.outRow) this.flush(target);
    const { sums, counts, columnOf } = this;
    for (let x = 0; x < this.srcWidth; x++) {
      const col = columnOf[x]!;
      sums[col * 3] = sums[col * 3]! + rgb[x * 3]!;
      sums[col * 3 + 1] = sums[col * 3 + 1]! + rgb[x * 3 + 1]!;
      sums[col * 3 + 2] = sums[col * 3 + 2]! + rgb[x * 3 + 2]!;
      counts[col] = counts[col]! + 1;
    }
    this.row++;
  }

  private flush(next: number): void {
    const { sums, counts } = this;
    const base = this.outRow * this.out.width * 3;
    for (let col = 0; col < this.out.width; col++) {
      const n = counts[col] || 1;
      for (let ch = 0; ch < 3; ch++)
        this.out.data[base + col * 3 + ch] = Math.round(sums[col * 3 + ch]! / n);
    }
    sums.fill(0);
    counts.fill(0);
    this.outRow = next;
  }

  /** The finished picture; rows a short source never reached stay white. */
  finish(): RgbImage {
    this.flush(this.out.height);
    return this.out;
  }
}
