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
import type { StripResult } from "./strip-result";

export { concatPieces, MalformedFileError, PdfNotCleanableError, result, unchanged, type PdfProblem, type StripResult } from "./strip-result";

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
