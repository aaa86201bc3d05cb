import exifr from "exifr";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import {
  jpegWithGps,
  pdfFile,
  plainJpeg,
  pngWithMetadata,
  tiffWithGps,
  webpWithMetadata,
} from "./fixtures";
import { uploadOk } from "./helpers";

async function bytesOf(res: Response) {
  return new Uint8Array(await res.arrayBuffer());
}

function contains(haystack: Uint8Array, text: string) {
  return new TextDecoder("latin1").decode(haystack).includes(text);
}

describe("serving files", () => {
  it("never serves GPS or camera metadata of a photo, not even to its uploader, but keeps its orientation", async () => {
    const user = await signIn("contributor");
    const original = jpegWithGps(6);
    expect((await exifr.gps(original))?.latitude).toBeCloseTo(52.0917, 3);
    const file = await uploadOk(user.cookie, original, "IMG_0001.jpg");
    expect(file.metadata_removed).toEqual(["APP1 Exif", "APP1 XMP", "COM comment"]);

    const served = await bytesOf(await request(`/media/${file.id}`, { cookie: user.cookie }));
    expect(await exifr.gps(served)).toBeUndefined();
    const tags = await exifr.parse(served, { gps: true, xmp: true, tiff: true, exif: true });
    expect(tags).toEqual({ Orientation: "Rotate 90 CW" });
    expect(contains(served, "Zeugnis Camera")).toBe(false);
    expect(contains(served, "xmpmeta")).toBe(false);
    expect(contains(served, "shot at home")).toBe(false);
  });

  it("removes GPS and camera fields from PNG, WebP and TIFF too", async () => {
    const user = await signIn("contributor");
    const cases: Array<[Uint8Array, string]> = [
      [await pngWithMetadata(), "a.png"],
      [webpWithMetadata(), "a.webp"],
      [tiffWithGps(), "a.tif"],
    ];
    for (const [bytes, name] of cases) {
      expect(contains(bytes, "Zeugnis Camera"), name).toBe(true);
      const file = await uploadOk(user.cookie, bytes, name);
      const served = await bytesOf(await request(`/media/${file.id}`, { cookie: user.cookie }));
      expect(contains(served, "Zeugnis Camera"), name).toBe(false);
      expect(contains(served, "GPS"), name).toBe(false);
      if (!name.endsWith(".webp")) {
        const parsed = await exifr.parse(served, { gps: true, tiff: true, xmp: true });
        expect(parsed?.latitude, name).toBeUndefined();
        expect(parsed?.Make, name).toBeUndefined();
      } else {
        // exifr does not read WebP: check the container — no EXIF/XMP chunks, flags cleared.
        const text = new TextDecoder("latin1").decode(served);
        expect(text.includes("EXIF") || text.includes("XMP ")).toBe(false);
        expect(served[20]! & 0x0c).toBe(0);
        expect(new DataView(served.buffer).getUint32(4, true)).toBe(served.length - 8);
      }
    }
  });

  it("answers Range requests with 206, and 416 when the range is past the end", async () => {
    const user = await signIn("contributor");
    const bytes = plainJpeg(200, 100);
    const file = await uploadOk(user.cookie, bytes, "photo.jpg");
    const partial = await request(`/media/${file.id}`, {
      cookie: user.cookie,
      headers: { range: "bytes=10-19" },
    });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 10-19/${bytes.length}`);
    expect(partial.headers.get("content-length")).toBe("10");
    expect(await bytesOf(partial)).toEqual(bytes.subarray(10, 20));

    const suffix = await request(`/media/${file.id}`, {
      cookie: user.cookie,
      headers: { range: "bytes=-5" },
    });
    expect(suffix.status).toBe(206);
    expect(await bytesOf(suffix)).toEqual(bytes.subarray(bytes.length - 5));

    const open = await request(`/media/${file.id}`, {
      cookie: user.cookie,
      headers: { range: `bytes=${bytes.length - 3}-` },
    });
    expect(await bytesOf(open)).toEqual(bytes.subarray(bytes.length - 3));

    const past = await request(`/media/${file.id}`, {
      cookie: user.cookie,
      headers: { range: `bytes=${bytes.length}-` },
    });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${bytes.length}`);

    const full = await request(`/media/${file.id}`, { cookie: user.cookie });
    expect(full.status).toBe(200);
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    const etag = full.headers.get("etag")!;
    expect(
      (
        await request(`/media/${file.id}`, {
          cookie: user.cookie,
          headers: { "if-none-match": etag },
        })
      ).status,
    ).toBe(304);
    const staleIfRange = await request(`/media/${file.id}`, {
      cookie: user.cookie,
      headers: { range: "bytes=0-1", "if-range": '"other"' },
    });
    expect(staleIfRange.status).toBe(200);
  });

  it("serves PDFs as they were uploaded, as downloads", async () => {
    const user = await signIn("contributor");
    const pdf = pdfFile();
    const file = await uploadOk(user.cookie, pdf, "Rehabilitierung 1958 (Kopie).pdf");
    const res = await request(`/media/${file.id}`, { cookie: user.cookie });
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="Rehabilitierung 1958 Kopie.pdf"',
    );
    expect(await bytesOf(res)).toEqual(pdf);
    const thumb = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
    expect(thumb.headers.get("content-type")).toBe("image/svg+xml");
  });

  it("makes thumbnails and medium images once, stored in R2, the right way up", async () => {
    const user = await signIn("contributor");
    const cases: Array<[Uint8Array, string, [number, number]]> = [
      [jpegWithGps(6, 640, 400), "portrait.jpg", [200, 320]],
      [await pngWithMetadata(800, 200), "wide.png", [320, 80]],
      [tiffWithGps(64, 32), "scan.tif", [64, 32]],
    ];
    for (const [bytes, name, [w, h]] of cases) {
      const file = await uploadOk(user.cookie, bytes, name);
      const thumb = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
      expect(thumb.status, name).toBe(200);
      expect(thumb.headers.get("content-type")).toBe("image/jpeg");
      const jpeg = await bytesOf(thumb);
      const { decode } = await import("jpeg-js");
      const decoded = decode(jpeg, { useTArray: true });
      expect([decoded.width, decoded.height], name).toEqual([w, h]);
      const again = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
      expect(await bytesOf(again)).toEqual(jpeg);
      const medium = await request(`/media/${file.id}?size=medium`, { cookie: user.cookie });
      expect(medium.status).toBe(200);
    }
  });

  it("answers 404 for unknown ids and 422 for unknown sizes", async () => {
    const user = await signIn("contributor");
    expect((await request("/media/med_aaaaaaaaaaaaaaaa")).status).toBe(404);
    const file = await uploadOk(user.cookie, plainJpeg(), "x.jpg");
    expect((await request(`/media/${file.id}?size=huge`, { cookie: user.cookie })).status).toBe(
      422,
    );
  });
});
