/**
 * The pixel size of an image, read from its header without decoding it — to store with the
 * file, and to decide how (and whether) a thumbnail can be made within the Worker's memory.
 */
import type { AcceptedMime } from "./media-sniff";

export interface ImageInfo {
  width: number;
  height: number;
  /** JPEG only: progressive (SOF2) files decode differently from baseline ones. */
  progressive?: boolean;
}

export function readImageInfo(mime: AcceptedMime, bytes: Uint8Array): ImageInfo | null {
  try {
    switch (mime) {
      case "image/jpeg":
        return jpegInfo(bytes);
      case "image/png":
        return pngInfo(bytes);
      case "image/webp":
        return webpInfo(bytes);
      case "image/tiff":
        return tiffInfo(bytes);
      default:
        return null;
    }
  } catch {
    return null;
  }
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

function jpegInfo(b: Uint8Array): ImageInfo | null {
  let pos = 2;
  while (pos + 9 < b.length) {
    if (b[pos] !== 0xff) return null;
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = (b[pos + 2]! << 8) | b[pos + 3]!;
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (b[pos + 5]! << 8) | b[pos + 6]!;
      const width = (b[pos + 7]! << 8) | b[pos + 8]!;
      return {
        width,
        height,
        progressive: marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce,
      };
    }
    if (marker === 0xda || marker === 0xd9) return null;
    pos += 2 + length;
  }
  return null;
}

function pngInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 24) return null;
  return { width: view(b).getUint32(16), height: view(b).getUint32(20) };
}

function webpInfo(b: Uint8Array): ImageInfo | null {
  const v = view(b);
  const type = String.fromCharCode(...b.subarray(12, 16));
  if (type === "VP8X" && b.length >= 30) {
    const w = 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16));
    const h = 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16));
    return { width: w, height: h };
  }
  if (type === "VP8 " && b.length >= 30)
    return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  if (type === "VP8L" && b.length >= 25) {
    const bits = v.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

function tiffInfo(b: Uint8Array): ImageInfo | null {
  const little = b[0] === 0x49;
  const v = view(b);
  const ifd = v.getUint32(4, little);
  const count = v.getUint16(ifd, little);
  let width = 0;
  let height = 0;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = v.getUint16(entry, little);
    const type = v.getUint16(entry + 2, little);
    const value = type === 3 ? v.getUint16(entry + 8, little) : v.getUint32(entry + 8, little);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}
