/**
 * One scan of a JPEG read for its DC coefficients only: baseline scans decode and discard the AC
 * coefficients to stay in step; progressive DC scans (first and refinement) are read as they are.
 */
import { BitReader, skipEntropy, type Huffman } from "./jpeg-bits";

export interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
  blocksPerLine: number;
  blocksPerColumn: number;
  dc: Int16Array;
  pred: number;
}

export interface ScanSpec {
  scan: Array<{ comp: Component; dc?: Huffman; ac?: Huffman }>;
  hmax: number;
  vmax: number;
  width: number;
  height: number;
  restartInterval: number;
  progressive: boolean;
  se: number;
  ah: number;
  al: number;
}

export function decodeScan(data: Uint8Array, start: number, s: ScanSpec): number {
  const reader = new BitReader(data, start);
  for (const { comp } of s.scan) comp.pred = 0;
  const decodeBlock = (entry: ScanSpec["scan"][number], row: number, col: number) => {
    const { comp } = entry;
    const index = row * comp.blocksPerLine + col;
    if (s.progressive && s.ah > 0) {
      comp.dc[index] = comp.dc[index]! | (reader.bit() << s.al);
      return;
    }
    const t = reader.decode(entry.dc!);
    comp.pred += reader.extend(t);
    comp.dc[index] = comp.pred << s.al;
    if (s.progressive || s.se === 0) return;
    for (let k = 1; k < 64; ) {
      const rs = reader.decode(entry.ac!);
      const size = rs & 15;
      if (size === 0) {
        if (rs >> 4 < 15) break;
        k += 16;
        continue;
      }
      k += (rs >> 4) + 1;
      reader.receive(size);
    }
  };
  const single = s.scan.length === 1;
  const first = s.scan[0]!.comp;
  const units = single
    ? {
        x: Math.ceil(Math.ceil((s.width * first.h) / s.hmax) / 8),
        y: Math.ceil(Math.ceil((s.height * first.v) / s.vmax) / 8),
      }
    : { x: Math.ceil(s.width / (8 * s.hmax)), y: Math.ceil(s.height / (8 * s.vmax)) };
  let done = 0;
  for (let my = 0; my < units.y; my++) {
    for (let mx = 0; mx < units.x; mx++) {
      if (s.restartInterval && done > 0 && done % s.restartInterval === 0) {
        reader.restart();
        for (const { comp } of s.scan) comp.pred = 0;
      }
      if (single) decodeBlock(s.scan[0]!, my, mx);
      else
        for (const entry of s.scan)
          for (let v = 0; v < entry.comp.v; v++)
            for (let h = 0; h < entry.comp.h; h++)
              decodeBlock(entry, my * entry.comp.v + v, mx * entry.comp.h + h);
      done++;
    }
  }
  return skipEntropy(data, reader.pos);
}
