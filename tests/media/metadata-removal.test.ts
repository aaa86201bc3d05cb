/**
 * What hid GPS past the cleaning before issue 18 (item 5): a JPEG's JFXX thumbnail with its own
 * Exif, and PDFs, which were served as uploaded (a scan-to-PDF kept the embedded photo's GPS, its
 * author and producer). exifr reads every embedded JPEG of the served files to prove nothing
 * remains; the originals are checked first, so the tests prove the cleaning, not the fixtures.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from "@cantoo/pdf-lib";
import exifr from "exifr";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { ascii, buildPdf, jpegWithGps, jpegWithThumbnails, pdfWithMetadata, plainJpeg } from "./fixtures";
import { upload, uploadOk } from "./helpers";

async function served(id: string, cookie: string): Promise<Uint8Array> {
  return new Uint8Array(await (await request(`/media/${id}`, { cookie })).arrayBuffer());
}

function text(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

/** What exifr finds in each JPEG inside a file (every SOI marker after the first byte). */
async function embeddedExif(bytes: Uint8Array) {
  const found: Array<Record<string, unknown>> = [];
  for (let i = bytes.indexOf(0xff, 1); i !== -1; i = bytes.indexOf(0xff, i + 1)) {
    if (bytes[i + 1] !== 0xd8 || bytes[i + 2] !== 0xff) continue;
    const tags = await exifr
      .parse(bytes.subarray(i), { gps: true, tiff: true, exif: true, xmp: true })
      .catch(() => undefined);
    if (tags) found.push(tags as Record<string, unknown>);
  }
  return found;
}

/** An object as text, with text strings decoded (pdf-lib writes them as UTF-16 hex). */
function readable(object: PDFObject): string {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  if (object instanceof PDFArray) return object.asArray().map(readable).join(" ");
  if (object instanceof PDFDict)
    return object.entries().map(([key, value]) => `${key.toString()} ${readable(value)}`).join(" ");
  return object.toString();
}

/** Every object of a PDF as text, compressed streams inflated (Info may hide in object streams). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = doc.context.trailerInfo.Info;
  const parts: string[] = [info ? readable(doc.context.lookup(info)!) : ""];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      const filter = object.dict.lookup(PDFName.of("Filter"));
      parts.push(readable(object.dict));
      if (filter === PDFName.of("FlateDecode"))
        parts.push(text(decodePDFRawStream(object).decode()));
      else if (!filter) parts.push(text(object.getContents()));
    } else parts.push(readable(object));
  }
  return parts.join("\n");
}

describe("thumbnails inside JPEGs", () => {
  it("are removed: the JFXX thumbnail with its own Exif and GPS, and JFIF's preview pixels", async () => {
    const user = await signIn("contributor");
    const original = jpegWithThumbnails();
    expect((await embeddedExif(original)).map((t) => t.latitude)).toEqual([
      expect.closeTo(52.0917, 3),
    ]);
    const file = await uploadOk(user.cookie, original, "with-thumbnails.jpg");
    expect(file.metadata_removed).toEqual(["APP0 JFIF thumbnail", "APP0 JFXX thumbnail"]);
    const cleaned = await served(file.id, user.cookie);
    expect(await embeddedExif(cleaned)).toEqual([]);
    expect(text(cleaned)).not.toContain("JFXX");
    expect(text(cleaned)).not.toContain("Zeugnis Camera");
    // The picture itself is the one uploaded, with a JFIF segment that declares no thumbnail.
    const { decode } = await import("jpeg-js");
    expect(decode(cleaned, { useTArray: true }).data).toEqual(
      decode(plainJpeg(64, 48), { useTArray: true }).data,
    );
    expect([...cleaned.subarray(2, 6)]).toEqual([0xff, 0xe0, 0x00, 0x10]);
  });
});

describe("PDFs", () => {
  it("lose document information, XMP, thumbnails, attachments, leftovers of earlier edits and the embedded photo's Exif", async () => {
    const user = await signIn("contributor");
    const original = pdfWithMetadata();
    const before = text(original);
    const hiddenInOriginal = ["Max Mustermann", "Erika Musterfrau", "ScanApp", "xmpmeta", "Zeugnis Camera"];
    for (const hidden of hiddenInOriginal) expect(before, hidden).toContain(hidden);
    expect((await embeddedExif(original)).some((t) => typeof t.latitude === "number")).toBe(true);

    const file = await uploadOk(user.cookie, original, "Rehabilitierung.pdf");
    expect(file.metadata_removed).toEqual([
      "PDF document information",
      "PDF file identifier",
      "PDF XMP metadata",
      "PDF attached files",
      "PDF page thumbnails",
      "PDF embedded JPEG: APP1 Exif",
      "PDF embedded JPEG: APP1 XMP",
      "PDF embedded JPEG: COM comment",
      "PDF unused objects (earlier versions)",
    ]);
    const cleaned = await served(file.id, user.cookie);
    const after = text(cleaned);
    for (const hidden of [
      "Mustermann",
      "Musterfrau",
      "ScanApp",
      "xmpmeta",
      "Zeugnis Camera",
      "shot at home",
      "notes.txt",
      "/Info",
      "/ID",
    ])
      expect(after, hidden).not.toContain(hidden);
    expect(await embeddedExif(cleaned)).toEqual([]);

    // Still the same document: one page showing the photo, whose pixels are unchanged.
    const doc = await PDFDocument.load(cleaned, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getAuthor()).toBeUndefined();
    const start = cleaned.indexOf(0xd8, 1) - 1;
    const { decode } = await import("jpeg-js");
    expect(decode(cleaned.subarray(start), { useTArray: true }).data).toEqual(
      decode(plainJpeg(64, 48), { useTArray: true }).data,
    );
    const res = await request(`/media/${file.id}`, { cookie: user.cookie });
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="Rehabilitierung.pdf"');
  });

  it("made with compressed object streams lose the information hidden inside them", async () => {
    const user = await signIn("contributor");
    const made = await PDFDocument.create({ updateMetadata: false });
    made.setAuthor("Max Mustermann");
    made.setProducer("ScanApp 3.1");
    made.setKeywords(["52.5123 13.4123"]);
    const photo = await made.embedJpg(jpegWithGps(1, 32, 24));
    made.addPage([32, 24]).drawImage(photo, { x: 0, y: 0, width: 32, height: 24 });
    const original = await made.save({ useObjectStreams: true });
    expect(await pdfText(original)).toContain("Mustermann");
    expect(text(original)).not.toContain("Mustermann"); // compressed: invisible to a plain search

    const file = await uploadOk(user.cookie, original, "scan.pdf");
    expect(file.metadata_removed).toEqual([
      "PDF document information",
      "PDF embedded JPEG: APP1 Exif",
      "PDF embedded JPEG: APP1 XMP",
      "PDF embedded JPEG: COM comment",
    ]);
    const cleaned = await served(file.id, user.cookie);
    const everything = await pdfText(cleaned);
    for (const hidden of ["Mustermann", "ScanApp", "52.5123", "Zeugnis Camera"])
      expect(everything, hidden).not.toContain(hidden);
    expect(await embeddedExif(cleaned)).toEqual([]);
    expect((await PDFDocument.load(cleaned)).getPageCount()).toBe(1);
  });

  it("without anything to remove are served as uploaded", async () => {
    const user = await signIn("contributor");
    const plain = buildPdf(
      [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
      ],
      "/Size 4 /Root 1 0 R",
    ).bytes;
    const file = await uploadOk(user.cookie, plain, "plain.pdf");
    expect(file.metadata_removed).toEqual([]);
    expect(await served(file.id, user.cookie)).toEqual(plain);
  });

  it("that cannot be cleaned are refused, saying why, and nothing is stored", async () => {
    const user = await signIn("contributor");
    const encrypted = buildPdf(
      [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [] /Count 0 >>",
        "<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>",
      ],
      "/Size 4 /Root 1 0 R /Encrypt 3 0 R",
    ).bytes;
    const res = await upload(user.cookie, encrypted, "locked.pdf");
    expect(res.status).toBe(422);
    const problem = (await res.json()) as {
      detail: string;
      errors: Array<{ path: string; message: string }>;
    };
    expect(problem.errors).toEqual([
      {
        path: "file",
        message:
          "is an encrypted (password-protected) PDF whose hidden details cannot be removed; save it without a password and upload it again",
      },
    ]);
    expect(problem.detail).toContain("Nothing was stored");

    const form = new FormData();
    form.set("caption", "Bescheinigung");
    form.set("licence", "CC-BY-4.0");
    form.set("rights_confirmed", "true");
    form.set("file", new File([encrypted], "locked.pdf"));
    const page = await request("/media/new?lang=de", {
      method: "POST",
      body: form,
      cookie: user.cookie,
    });
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain("verschlüsselt");
    expect(html).toContain('value="Bescheinigung"');

    const notPdf = ascii("%PDF-1.7\nthis is not a PDF at all");
    const unreadable = await upload(user.cookie, notPdf, "x.pdf");
    expect(unreadable.status).toBe(422);
    const why = (await unreadable.json()) as { errors: Array<{ message: string }> };
    expect(why.errors[0]!.message).toContain("could not be read as a PDF");
  });
});
