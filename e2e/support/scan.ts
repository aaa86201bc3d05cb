/**
 * A scanned judgement as a PDF a browser would send: one page whose content stream is large
 * enough that the upload goes in two parts. It has to be a real PDF, since the archive parses
 * every PDF to remove its hidden details and refuses one it cannot read. Built with the media
 * tests' own PDF writer.
 */
import { ascii, buildPdf } from "../../tests/media/fixtures";

export function longScanPdf(bytes: number): Buffer {
  const filler = `% ${"scan ".repeat(Math.ceil(bytes / 5))}`.slice(0, bytes);
  const content = ascii(`BT /F1 24 Tf 72 720 Td (Urteil 1938) Tj ET\n${filler}\n`);
  const pdf = buildPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      ["<< >>", content],
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ],
    "/Size 6 /Root 1 0 R",
  );
  return Buffer.from(pdf.bytes);
}
