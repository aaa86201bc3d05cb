/**
 * What a file is, decided from its first bytes (magic numbers) — never from its name or the
 * Content-Type a client claims, both of which lie easily.
 */

export const ACCEPTED_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/tiff",
  "application/pdf",
] as const;
export type AcceptedMime = (typeof ACCEPTED_MIME_TYPES)[number];

/** How many leading bytes `sniffMime` needs to decide. */
export const SNIFF_BYTES = 1024;

const EXTENSIONS: Record<AcceptedMime, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/tiff": "tif",
  "application/pdf": "pdf",
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const PDF = ascii("%PDF-");

/**
 * The type of a file from its leading bytes, or null when it is none of the accepted types.
 * PDF readers accept a header anywhere in the first 1024 bytes, and so do we.
 * @example sniffMime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "image/jpeg"
 */
export function sniffMime(head: Uint8Array): AcceptedMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  // Classic TIFF only ("II*\0" little-endian, "MM\0*" big-endian); BigTIFF is for >4 GB files.
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return "image/tiff";
  }
  const window = head.subarray(0, SNIFF_BYTES);
  for (
    let i = window.indexOf(0x25);
    i !== -1 && i <= window.length - PDF.length;
    i = window.indexOf(0x25, i + 1)
  ) {
    if (startsWith(window, PDF, i)) return "application/pdf";
  }
  return null;
}

export function isImage(mime: string): boolean {
  return mime.startsWith("image/");
}

/** The usual file extension of an accepted type, for download names. */
export function extensionFor(mime: AcceptedMime): string {
  return EXTENSIONS[mime];
}

export function isAcceptedMime(value: string): value is AcceptedMime {
  return (ACCEPTED_MIME_TYPES as readonly string[]).includes(value);
}
