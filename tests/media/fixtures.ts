/**
 * Real files of every accepted type, built in the test so their content is known: a JPEG and a
 * TIFF carrying Exif with GPS and camera fields, a PNG with text/eXIf chunks, a WebP with EXIF
 * and XMP chunks, and a PDF.
 */
import { encode } from "jpeg-js";

/** An Exif block (TIFF structure, big-endian) with Make, Model, Orientation and a GPS IFD. */
export function exifTiff(orientation = 1): Uint8Array {
  const out: number[] = [];
  const u16 = (v: number) => out.push((v >> 8) & 255, v & 255);
  const u32 = (v: number) => out.push((v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255);
  /** One 12-byte IFD entry; `inline` fills the 4 value bytes instead of an offset/number. */
  const entry = (tag: number, type: number, count: number, value: number, inline?: number[]) => {
    u16(tag);
    u16(type);
    u32(count);
    if (inline) out.push(...inline);
    else u32(value);
  };
  const make = "Zeugnis Camera\0"; // 15 bytes
  const model = "Model GPS-1\0"; // 12 bytes
  // header(8), IFD0 at 8 with 4 entries (2+48+4 = 54) → make at 62, model at 77, GPS IFD at 89.
  out.push(0x4d, 0x4d, 0x00, 0x2a);
  u32(8);
  u16(4);
  entry(0x010f, 2, make.length, 62);
  entry(0x0110, 2, model.length, 77);
  entry(0x0112, 3, 1, 0, [0, orientation, 0, 0]);
  entry(0x8825, 4, 1, 89);
  u32(0);
  for (const ch of make + model) out.push(ch.charCodeAt(0));
  // GPS IFD (2+48+4 = 54 bytes from 89) → latitude rationals at 143, longitude at 167.
  u16(4);
  entry(1, 2, 2, 0, [0x4e, 0, 0, 0]); // "N"
  entry(2, 5, 3, 143);
  entry(3, 2, 2, 0, [0x45, 0, 0, 0]); // "E"
  entry(4, 5, 3, 167);
  u32(0);
  for (const n of [52, 1, 5, 1, 30, 1, 23, 1, 41, 1, 15, 1]) u32(n);
  return new Uint8Array(out);
}

/** A plain JPEG of the given size, a left-to-right gradient. */
export function plainJpeg(width = 64, height = 48): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = (i % width) * 4;
    data[i * 4 + 1] = 120;
    data[i * 4 + 2] = 200;
    data[i * 4 + 3] = 255;
  }
  const jpeg = encode({ data, width, height }, 80).data;
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
}

/** A JPEG with an APP1 Exif segment (GPS, camera) and an XMP segment right after SOI. */
export function jpegWithGps(orientation = 1, width = 64, height = 48): Uint8Array {
  const plain = plainJpeg(width, height);
  const exif = exifTiff(orientation);
  const app1 = segment(0xe1, [...ascii("Exif\0\0"), ...exif]);
  const xmp = segment(0xe1, [
    ...ascii("http://ns.adobe.com/xap/1.0/\0"),
    ...ascii("<x:xmpmeta>GPS 52.1</x:xmpmeta>"),
  ]);
  const comment = segment(0xfe, [...ascii("shot at home")]);
  return concat(plain.subarray(0, 2), app1, xmp, comment, plain.subarray(2));
}

function segment(marker: number, payload: number[]): Uint8Array {
  const length = payload.length + 2;
  return new Uint8Array([0xff, marker, length >> 8, length & 255, ...payload]);
}

export function ascii(text: string): Uint8Array {
  return new Uint8Array([...text].map((c) => c.charCodeAt(0)));
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat(ascii(type), data);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An RGB PNG (red square) with tEXt, iTXt-free eXIf (with GPS) and tIME chunks. */
export async function pngWithMetadata(
  width = 40,
  height = 30,
  withMetadata = true,
): Promise<Uint8Array> {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([200, 30, 30], y * (1 + width * 3) + 1 + x * 3);
  const chunks = [pngChunk("IHDR", ihdr)];
  if (withMetadata) {
    chunks.push(
      pngChunk("tEXt", ascii("Comment\0taken at 52.1N 23.7E")),
      pngChunk("eXIf", exifTiff()),
      pngChunk("tIME", new Uint8Array(7)),
    );
  }
  chunks.push(pngChunk("IDAT", await deflate(raw)), pngChunk("IEND", new Uint8Array(0)));
  return concat(ascii("\x89PNG\r\n\x1a\n"), ...chunks);
}

/** A 1×1 lossless WebP wrapped in VP8X with EXIF and XMP chunks. */
export function webpWithMetadata(): Uint8Array {
  const vp8l = Uint8Array.from(atob("L0AAAAAQBxARIiD+BwA="), (c) => c.charCodeAt(0));
  const chunk = (type: string, data: Uint8Array) => {
    const head = new Uint8Array(8);
    head.set(ascii(type));
    new DataView(head.buffer).setUint32(4, data.length, true);
    return concat(head, data, data.length & 1 ? new Uint8Array(1) : new Uint8Array(0));
  };
  const vp8x = new Uint8Array(10);
  vp8x[0] = 0x08 | 0x04; // EXIF and XMP present
  const body = concat(
    ascii("WEBP"),
    chunk("VP8X", vp8x),
    chunk("VP8L", vp8l),
    chunk("EXIF", exifTiff()),
    chunk("XMP ", ascii("<x:xmpmeta>GPS</x:xmpmeta>")),
  );
  const header = concat(ascii("RIFF"), new Uint8Array(4));
  new DataView(header.buffer).setUint32(4, body.length, true);
  return concat(header, body);
}

/** A little-endian, uncompressed 8×6 RGB TIFF with Make, Model, Software and a GPS IFD. */
export function tiffWithGps(width = 8, height = 6): Uint8Array {
  const pixels = width * height * 3;
  const entries: Array<[number, number, number, number | Uint8Array]> = [];
  const b = new Uint8Array(8 + pixels + 2048);
  const v = new DataView(b.buffer);
  b.set(ascii("II*\0"));
  v.setUint32(4, 8 + pixels, true);
  for (let i = 0; i < pixels; i += 3) b.set([30, 140, 60], 8 + i);
  let extra = 8 + pixels + 2 + 14 * 12 + 4; // values after the IFD
  const put = (bytes: Uint8Array) => {
    const at = extra;
    b.set(bytes, at);
    extra += bytes.length + (bytes.length & 1);
    return at;
  };
  const bps = new Uint8Array(6);
  new DataView(bps.buffer).setUint16(0, 8, true);
  new DataView(bps.buffer).setUint16(2, 8, true);
  new DataView(bps.buffer).setUint16(4, 8, true);
  const gps = gpsIfdLittle();
  entries.push(
    [256, 3, 1, width],
    [257, 3, 1, height],
    [258, 3, 3, bps],
    [259, 3, 1, 1],
    [262, 3, 1, 2],
  );
  entries.push(
    [271, 2, 15, ascii("Zeugnis Camera\0")],
    [272, 2, 12, ascii("Model GPS-1\0")],
    [273, 4, 1, 8],
  );
  entries.push(
    [277, 3, 1, 3],
    [278, 3, 1, height],
    [279, 4, 1, pixels],
    [305, 2, 9, ascii("Scanner\0\0")],
  );
  entries.push([34853, 4, 1, -1], [284, 3, 1, 1]);
  entries.sort((x, y) => x[0] - y[0]);
  const ifd = 8 + pixels;
  v.setUint16(ifd, entries.length, true);
  entries.forEach(([tag, type, count, value], i) => {
    const e = ifd + 2 + i * 12;
    v.setUint16(e, tag, true);
    v.setUint16(e + 2, type, true);
    v.setUint32(e + 4, count, true);
    if (tag === 34853) {
      const at = extra;
      b.set(gps(at), at);
      extra += 102;
      v.setUint32(e + 8, at, true);
    } else if (value instanceof Uint8Array) {
      if (value.length <= 4) b.set(value, e + 8);
      else v.setUint32(e + 8, put(value), true);
    } else if (type === 3) v.setUint16(e + 8, value, true);
    else v.setUint32(e + 8, value, true);
  });
  v.setUint32(ifd + 2 + entries.length * 12, 0, true);
  return b.subarray(0, extra);
}

/** A GPS IFD placed at `at` (little-endian): N 52°5'30", E 23°41'15". */
function gpsIfdLittle() {
  return (at: number) => {
    const g = new Uint8Array(102);
    const v = new DataView(g.buffer);
    v.setUint16(0, 4, true);
    const entry = (
      i: number,
      tag: number,
      type: number,
      count: number,
      value: number,
      inline?: number[],
    ) => {
      const e = 2 + i * 12;
      v.setUint16(e, tag, true);
      v.setUint16(e + 2, type, true);
      v.setUint32(e + 4, count, true);
      if (inline) g.set(inline, e + 8);
      else v.setUint32(e + 8, value, true);
    };
    entry(0, 1, 2, 2, 0, [0x4e, 0]);
    entry(1, 2, 5, 3, at + 54); // 2 + 4×12 + 4 = 54: the rationals follow the IFD
    entry(2, 3, 2, 2, 0, [0x45, 0]);
    entry(3, 4, 5, 3, at + 54 + 24);
    const rationals = [52, 1, 5, 1, 30, 1, 23, 1, 41, 1, 15, 1];
    rationals.forEach((n, i) => v.setUint32(54 + i * 4, n, true));
    return g;
  };
}

export function pdfFile(): Uint8Array {
  return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

/** An empty zlib stream (8 bytes): enough IDAT for a header-only PNG. */
const EMPTY_ZLIB = new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);

/**
 * A PNG that only claims a size: signature, IHDR, an IDAT holding an empty zlib stream, IEND —
 * 65 bytes whatever the size it declares (the image bomb of issue 18).
 */
export function pngDeclaring(
  width: number,
  height: number,
  options: { depth?: number; colour?: number; interlaced?: boolean } = {},
): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([options.depth ?? 1, options.colour ?? 0, 0, 0, options.interlaced ? 1 : 0], 8);
  return concat(
    ascii("\x89PNG\r\n\x1a\n"),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", EMPTY_ZLIB),
    pngChunk("IEND", new Uint8Array(0)),
  );
}

/** A real JPEG whose frame header (SOF0) is rewritten to declare another size. */
export function jpegDeclaring(width: number, height: number): Uint8Array {
  const bytes = plainJpeg(16, 16).slice();
  for (let i = 2; i + 9 < bytes.length; ) {
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (bytes[i + 1] === 0xc0) {
      bytes.set([height >> 8, height & 255, width >> 8, width & 255], i + 5);
      return bytes;
    }
    i += 2 + length;
  }
  throw new Error("no SOF0 in the JPEG");
}

/**
 * A classic PDF (cross-reference table) from its objects, numbered from 1 in order; each is the
 * text between `obj` and `endobj`, or [dictionary, stream bytes] for a stream.
 */
export function buildPdf(
  objects: Array<string | [string, Uint8Array]>,
  trailer: string,
  firstNumber = 1,
  previous?: { bytes: Uint8Array; xref: number },
): { bytes: Uint8Array; xref: number } {
  const parts: Uint8Array[] = [previous ? previous.bytes : ascii("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  const add = (part: Uint8Array) => {
    parts.push(part);
    offset += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(offset);
    add(ascii(`${firstNumber + i} 0 obj\n`));
    if (typeof object === "string") add(ascii(object));
    else {
      add(ascii(object[0].replace(">>", ` /Length ${object[1].length} >>`)));
      add(ascii("\nstream\n"));
      add(object[1]);
      add(ascii("\nendstream"));
    }
    add(ascii("\nendobj\n"));
  });
  const xref = offset;
  const entries = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n\r\n`).join("");
  const head = previous ? "" : "0000000000 65535 f\r\n";
  const start = previous ? firstNumber : 0;
  const count = objects.length + (previous ? 0 : 1);
  const prev = previous ? ` /Prev ${previous.xref}` : "";
  add(ascii(`xref\n${start} ${count}\n${head}${entries}`));
  add(ascii(`trailer\n<< ${trailer}${prev} >>\nstartxref\n${xref}\n%%EOF\n`));
  return { bytes: concat(...parts), xref };
}

/**
 * A scan-to-PDF as a phone app writes it, then edited once: the photo (a JPEG with GPS and camera
 * Exif, XMP and a comment) as the page's picture and as its thumbnail, document information
 * (author, producer, dates), XMP on the document, an attached text file, a file identifier — and
 * an incremental update that replaced the document information, leaving the first one
 * unreferenced in the file.
 */
export function pdfWithMetadata(): Uint8Array {
  const photo = jpegWithGps(1, 64, 48);
  const xmp = ascii(
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="52,30.738N" ' +
      'dc:creator="Max Mustermann" xmp:CreatorTool="ScanApp 3.1"/></x:xmpmeta>',
  );
  const first = buildPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /Names << /EmbeddedFiles << /Names [(notes.txt) 9 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 64 48] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 6 0 R /Thumb 8 0 R >>",
      [
        "<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode >>",
        photo,
      ],
      ["<< /Type /Metadata /Subtype /XML >>", xmp],
      ["<< >>", ascii("q 64 0 0 48 0 0 cm /Im1 Do Q")],
      "<< /Author (Max Mustermann) /Producer (ScanApp 3.1 on iPhone) /CreationDate (D:20240501120000+02'00') >>",
      [
        "<< /Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode >>",
        photo,
      ],
      "<< /Type /Filespec /F (notes.txt) /EF << /F 10 0 R >> >>",
      ["<< /Type /EmbeddedFile >>", ascii("Notes by Max Mustermann, Berlin")],
    ],
    "/Size 11 /Root 1 0 R /Info 7 0 R /ID [<0123456789abcdef> <0123456789abcdef>]",
  );
  return buildPdf(
    ["<< /Author (Erika Musterfrau) /Title (Rehabilitierung) >>"],
    "/Size 12 /Root 1 0 R /Info 11 0 R",
    11,
    first,
  ).bytes;
}

/**
 * A JPEG carrying two thumbnails besides the picture: its JFIF segment's own 2×2 RGB preview, and
 * a JFXX extension holding a whole JPEG thumbnail with its own Exif (GPS, camera).
 */
export function jpegWithThumbnails(): Uint8Array {
  const plain = plainJpeg(64, 48);
  if (plain[3] !== 0xe0 || plain[5] !== 16) throw new Error("expected a JFIF segment after SOI");
  const jfif = segment(0xe0, [...ascii("JFIF\0"), 1, 2, 0, 0, 1, 0, 1, 2, 2, ...new Array(12).fill(200)]);
  const jfxx = segment(0xe0, [...ascii("JFXX\0"), 0x10, ...jpegWithGps(1, 16, 12)]);
  return concat(plain.subarray(0, 2), jfif, jfxx, plain.subarray(2 + 18));
}
