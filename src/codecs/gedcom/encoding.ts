/**
 * Which character set a GEDCOM file is in (BOM, then HEAD.CHAR), and decoding one chunk of it.
 * UTF-8 is read strictly: a byte that is not UTF-8 is an error at its line, never a "?".
 */
import { AnselError, decodeAnsel } from "./ansel";

export const GEDCOM_ENCODINGS = ["UTF-8", "UTF-16LE", "UTF-16BE", "ANSEL", "WINDOWS-1252"] as const;
export type GedcomEncoding = (typeof GEDCOM_ENCODINGS)[number];

export interface DetectedEncoding {
  encoding: GedcomEncoding;
  /** Bytes of the byte-order mark to skip. */
  bom: number;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "UTF-8", bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "UTF-16LE", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "UTF-16BE", bom: 2 };
  if (head[0] === 0x30 && head[1] === 0x00) return { encoding: "UTF-16LE", bom: 0 };
  if (head[0] === 0x00 && head[1] === 0x30) return { encoding: "UTF-16BE", bom: 0 };
  const text = new TextDecoder("latin1").decode(head.subarray(0, 4096));
  const char = /^\s*1\s+CHAR\s+(\S+)/m.exec(text)?.[1]?.toUpperCase();
  if (char === "ANSEL") return { encoding: "ANSEL", bom: 0 };
  if (char === "ANSI" || char === "WINDOWS-1252" || char === "CP1252" || char === "IBMPC") {
    return { encoding: "WINDOWS-1252", bom: 0 };
  }
  // GEDCOM 7 has no CHAR: it is always UTF-8. So are "UTF-8", "UNICODE" without BOM and "ASCII".
  return { encoding: "UTF-8", bom: 0 };
}

export class DecodeError extends Error {
  constructor(readonly byteOffset: number, message: string) {
    super(message);
  }
}

/** Finds the first byte that is not valid UTF-8 (for the error's line number). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function decodeChunk(bytes: Uint8Array, encoding: GedcomEncoding): string {
  switch (encoding) {
    case "ANSEL":
      try {
        return decodeAnsel(bytes);
      } catch (error) {
        if (error instanceof AnselError) throw new DecodeError(error.offset, error.message);
        throw error;
      }
    case "WINDOWS-1252":
      return new TextDecoder("windows-1252").decode(bytes);
    case "UTF-16LE":
    case "UTF-16BE":
      return new TextDecoder(encoding.toLowerCase()).decode(bytes);
    case "UTF-8":
      try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        const at = firstInvalidUtf8(bytes);
        throw new DecodeError(at, `byte 0x${bytes[at]?.toString(16)} is not UTF-8; save the file as UTF-8 or choose its encoding`);
      }
  }
}

/** Line number (1-based, from `firstLine`) of a byte offset inside a chunk. */
export function lineAt(bytes: Uint8Array, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
