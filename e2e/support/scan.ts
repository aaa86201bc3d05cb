/**
 * A scanned judgement as a PDF a browser would send: one page whose content stream is large
 * enough that the upload goes in two parts. It has to be a real PDF, since the archive parses
 * every PDF to remove its hidden details and refuses one it cannot read.
 */
export function longScanPdf(bytes: number): Buffer {
  const header = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const filler = `% ${"scan ".repeat(Math.ceil(bytes / 5))}`.slice(0, bytes);
  const content = `BT /F1 24 Tf 72 720 Td (Urteil 1938) Tj ET\n${filler}\n`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}endstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = header;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  const entries = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n\r\n`).join("");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${entries}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
