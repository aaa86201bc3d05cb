/**
 * What every format's cleaner returns and how it fails: shared by strip.ts and the strip-*.ts
 * cleaners it dispatches to, so that none of them imports the dispatcher back.
 */
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
