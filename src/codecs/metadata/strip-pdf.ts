/**
 * PDF: the document is parsed (@cantoo/pdf-lib, docs/decisions.md) and written anew from its
 * catalogue, keeping only the objects the document uses. Removed: the document information
 * (author, title, creator and producer software, dates), XMP metadata streams anywhere (document,
 * pages, pictures, fonts), applications' private data (PieceInfo), page thumbnails, attached
 * files, the file identifier, and every object nothing refers to any more — leftovers of earlier
 * edits (an incremental update leaves the old Info dictionary in the file) and the compressed
 * object streams the objects came in. Pictures inside are cleaned like uploaded ones: a JPEG
 * loses Exif (with GPS), XMP, IPTC, comments and thumbnails; a JPEG 2000 its XML, UUID and IPR
 * boxes. A PDF that cannot be cleaned — encrypted, unreadable, or with a JPEG stored under a
 * further compression — is refused (MalformedFileError), since serving it as uploaded could
 * publish what it hides.
 *
 * Memory: stream contents stay views into the upload (no copy), and the output is a list of
 * pieces — those views plus the re-serialised dictionaries — so a 50 MB scan is not copied.
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFParser,
  PDFRawStream,
  PDFRef,
  type PDFContext,
  type PDFObject,
} from "@cantoo/pdf-lib";
import { stripJp2 } from "./strip-jp2";
import { stripJpeg } from "./strip-jpeg";
import {
  MalformedFileError,
  PdfNotCleanableError,
  result,
  type StripResult,
} from "./strip-result";

/** Keys removed from every dictionary, with what the list of removed things calls them. */
const DROPPED_KEYS: Array<[string, string]> = [
  ["Metadata", "PDF XMP metadata"],
  ["PieceInfo", "PDF application data (PieceInfo)"],
  ["Thumb", "PDF page thumbnails"],
  ["EF", "PDF attached files"],
  ["EmbeddedFiles", "PDF attached files"],
  ["LastModified", "PDF modification dates"],
];

/**
 * A Uint8Array whose `slice` is a view, not a copy: the parser slices every stream out of the
 * file, and a 50 MB scan would otherwise be held twice.
 */
class SharedSlices extends Uint8Array {
  override slice(start?: number, end?: number) {
    return this.subarray(start, end);
  }
}

async function parse(input: Uint8Array): Promise<PDFContext> {
  try {
    const bytes = new SharedSlices(input.buffer as ArrayBuffer, input.byteOffset, input.byteLength);
    return await PDFParser.forBytesWithOptions(bytes).parseDocument();
  } catch (error) {
    throw new PdfNotCleanableError("unreadable", `PDF could not be read: ${String(error)}`);
  }
}

export async function stripPdf(input: Uint8Array): Promise<StripResult> {
  const context = await parse(input);
  const { trailerInfo } = context;
  if (trailerInfo.Encrypt) throw new PdfNotCleanableError("encrypted", "PDF is encrypted");
  const root = trailerInfo.Root;
  if (!(root instanceof PDFRef) || !(context.lookup(root) instanceof PDFDict))
    throw new PdfNotCleanableError("unreadable", "PDF has no catalogue");
  const removed: string[] = [];
  if (trailerInfo.Info) {
    const info = context.lookup(trailerInfo.Info);
    if (!(info instanceof PDFDict) || info.keys().length > 0) removed.push("PDF document information");
  }
  if (trailerInfo.ID) removed.push("PDF file identifier");

  const reachable = new Set<PDFRef>();
  /** Cleaned pictures' contents, as pieces of the upload: a 40 MB scan is not copied. */
  const replaced = new Map<PDFRef, Uint8Array[]>();
  const visit = (object: PDFObject | undefined, ref?: PDFRef) => {
    const pending: Array<[PDFObject | undefined, PDFRef | undefined]> = [[object, ref]];
    while (pending.length) {
      const [current, currentRef] = pending.pop()!;
      if (current instanceof PDFRef) {
        if (reachable.has(current)) continue;
        reachable.add(current);
        pending.push([context.lookup(current), current]);
      } else if (current instanceof PDFArray) {
        for (const item of current.asArray()) pending.push([item, undefined]);
      } else if (current instanceof PDFDict || current instanceof PDFRawStream) {
        const dict = current instanceof PDFRawStream ? current.dict : current;
        for (const [key, what] of DROPPED_KEYS)
          if (dict.delete(PDFName.of(key))) removed.push(what);
        if (current instanceof PDFRawStream && currentRef) {
          const pieces = cleanPicture(current, removed);
          if (pieces) replaced.set(currentRef, pieces);
        }
        for (const [, value] of dict.entries()) pending.push([value, undefined]);
      }
    }
  };
  visit(root);

  const unused = context.enumerateIndirectObjects().filter(([ref]) => !reachable.has(ref));
  for (const [ref] of unused) context.delete(ref);
  // Object and cross-reference streams are the file's structure, rewritten anyway; anything
  // else nothing refers to is a leftover (an earlier version's Info, a replaced picture).
  const info = trailerInfo.Info;
  if (unused.some(([ref, object]) => ref !== info && !isStructure(object)))
    removed.push("PDF unused objects (earlier versions)");

  return result(writePdf(context, root, replaced), removed, input);
}

function isStructure(object: PDFObject): boolean {
  if (!(object instanceof PDFRawStream)) return false;
  const type = object.dict.lookup(PDFName.of("Type"));
  return type === PDFName.of("ObjStm") || type === PDFName.of("XRef");
}

function filtersOf(stream: PDFRawStream): string[] {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  if (filter instanceof PDFName) return [filter.asString()];
  if (filter instanceof PDFArray)
    return filter.asArray().map((f) => (f instanceof PDFName ? f.asString() : "?"));
  return [];
}

/**
 * A picture stream's own metadata: Exif & co. in JPEGs, XML/UUID boxes in JPEG 2000. Returns the
 * cleaned contents as pieces, or null when nothing had to go.
 */
function cleanPicture(stream: PDFRawStream, removed: string[]): Uint8Array[] | null {
  const filters = filtersOf(stream);
  const jpeg = filters.includes("/DCTDecode");
  const jp2 = filters.includes("/JPXDecode");
  if (!jpeg && !jp2) return null;
  // The picture would first have to be decompressed, cleaned and compressed again.
  if (filters.length > 1)
    throw new PdfNotCleanableError("picture", "PDF picture under a further filter");
  const contents = stream.getContents();
  let cleaned: StripResult;
  try {
    cleaned = jpeg ? stripJpeg(contents, { embedded: true }) : stripJp2(contents);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    throw new PdfNotCleanableError("picture", `PDF picture could not be read: ${error.message}`);
  }
  if (cleaned.removed.length === 0) return null;
  for (const what of cleaned.removed)
    removed.push(`PDF embedded ${jpeg ? "JPEG" : "JPEG 2000"}: ${what}`);
  return cleaned.pieces;
}

const encoder = new TextEncoder();

/** Collects small writes into 64 KiB chunks and passes large stream contents through as views. */
class PieceWriter {
  readonly pieces: Uint8Array[] = [];
  offset = 0;
  private chunk = new Uint8Array(64 * 1024);
  private used = 0;

  text(value: string) {
    this.bytes(encoder.encode(value));
  }

  /** An object (or the header) serialised by pdf-lib. */
  object(object: { sizeInBytes(): number; copyBytesInto(buffer: Uint8Array, offset: number): number }) {
    const size = object.sizeInBytes();
    if (size > this.chunk.length - this.used) this.flush();
    if (size > this.chunk.length) {
      const own = new Uint8Array(size);
      object.copyBytesInto(own, 0);
      this.pieces.push(own);
    } else {
      object.copyBytesInto(this.chunk, this.used);
      this.used += size;
    }
    this.offset += size;
  }

  bytes(bytes: Uint8Array) {
    if (bytes.length > 4096) {
      this.flush();
      this.pieces.push(bytes);
    } else {
      if (bytes.length > this.chunk.length - this.used) this.flush();
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.offset += bytes.length;
  }

  flush() {
    if (this.used === 0) return;
    this.pieces.push(this.chunk.subarray(0, this.used));
    this.chunk = new Uint8Array(this.chunk.length);
    this.used = 0;
  }
}

/**
 * The document as a classic PDF: header, every remaining object (stream contents as views of the
 * upload), a cross-reference table and a trailer naming only the catalogue — no Info, no ID.
 */
function writePdf(
  context: PDFContext,
  root: PDFRef,
  replaced: Map<PDFRef, Uint8Array[]>,
): Uint8Array[] {
  const out = new PieceWriter();
  out.object(context.header);
  out.bytes(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])); // "%âãÏÓ": binary content follows
  const offsets = new Map<number, [number, number]>();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    offsets.set(ref.objectNumber, [out.offset, ref.generationNumber]);
    out.text(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    if (object instanceof PDFRawStream) {
      const contents = replaced.get(ref) ?? [object.getContents()];
      const length = contents.reduce((sum, piece) => sum + piece.length, 0);
      object.dict.set(PDFName.of("Length"), PDFNumber.of(length));
      out.object(object.dict);
      out.text("\nstream\n");
      for (const piece of contents) out.bytes(piece);
      out.text("\nendstream");
    } else {
      out.object(object);
    }
    out.text("\nendobj\n");
  }
  const size = Math.max(0, ...offsets.keys()) + 1;
  const xref = out.offset;
  const lines = [`xref\n0 ${size}\n`, "0000000000 65535 f\r\n"];
  for (let n = 1; n < size; n++) {
    const entry = offsets.get(n);
    lines.push(
      entry
        ? `${String(entry[0]).padStart(10, "0")} ${String(entry[1]).padStart(5, "0")} n\r\n`
        : "0000000000 00000 f\r\n",
    );
  }
  out.text(lines.join(""));
  out.text(`trailer\n<< /Size ${size} /Root ${root.objectNumber} ${root.generationNumber} R >>\n`);
  out.text(`startxref\n${xref}\n%%EOF\n`);
  out.flush();
  return out.pieces;
}
