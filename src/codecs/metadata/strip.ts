/**
 * Removing what a photo says about where and with what it was taken (GPS, camera, software,
 * dates, authors' tools) while keeping every byte that makes up the picture. Each format walks
 * its container and keeps an allow-list of structures; anything unknown is dropped rather than
 * served. The result is a list of views into the input plus a few small patched pieces, so a
 * 40 MB scan is not copied. What each format loses is listed in docs/media.md.
 */
import type { AcceptedMime } from "../media-sniff";
import { stripJpeg } from "./strip-jpeg";
import { stripPng } from "./strip-png";
import { stripTiff } from "./strip-tiff";
import { stripWebp } from "./strip-webp";

export interface StripResult {
  /** The cleaned file, in order. With nothing removed: the input itself. */
  pieces: Uint8Array[];
  bytes: number;
  /** Human-readable names of what was removed, e.g. "APP1 Exif", "PNG tEXt". */
  removed: string[];
}

/** A file that is not well-formed enough to be cleaned safely. */
export class MalformedFileError extends Error {
  override name = "MalformedFileError";
}

export type PdfProblem = "encrypted" | "unreadable" | "picture";

/** A PDF whose hidden details cannot be removed, and why (strip-pdf.ts). */
export class PdfNotCleanableError extends MalformedFileError {
  override name = "PdfNotCleanableError";
  constructor(
    readonly problem: PdfProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export async function stripMetadata(mime: AcceptedMime, input: Uint8Array): Promise<StripResult> {
  switch (mime) {
    case "image/jpeg":
      return stripJpeg(input);
    case "image/png":
      return stripPng(input);
    case "image/webp":
      return stripWebp(input);
    case "image/tiff":
      return stripTiff(input);
    case "application/pdf": {
      // Loaded on first use: the PDF parser is a quarter of the Worker's code, and most
      // requests never touch a PDF (evaluating it would slow every cold start).
      const { stripPdf } = await import("./strip-pdf");
      return stripPdf(input);
    }
  }
}

export function unchanged(input: Uint8Array): StripResult {
  return { pieces: [input], bytes: input.length, removed: [] };
}

/** Joins pieces into one result, merging adjacent views of the same buffer. */
export function result(pieces: Uint8Array[], removed: string[], input: Uint8Array): StripResult {
  if (removed.length === 0) return unchanged(input);
  const bytes = pieces.reduce((sum, p) => sum + p.length, 0);
  return { pieces: pieces.filter((p) => p.length > 0), bytes, removed: [...new Set(removed)] };
}

/** Concatenates pieces (for small files and tests; large files are streamed piece by piece). */
export function concatPieces(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
