import { decode, encode } from "jpeg-js";
import { describe, expect, it } from "vitest";
import { readImageInfo } from "../../src/codecs/image-info";
import { sniffMime } from "../../src/codecs/media-sniff";
import { concatPieces, MalformedFileError, stripMetadata } from "../../src/codecs/metadata/strip";
import { decodeJpegDc } from "../../src/codecs/thumbnail/jpeg-dc";
import { renderThumbnail } from "../../src/codecs/thumbnail/render";
import { downloadName, etagMatches, parseRange } from "../../src/media/media.http";
import {
  ascii,
  jpegWithGps,
  pdfFile,
  plainJpeg,
  pngWithMetadata,
  tiffWithGps,
  webpWithMetadata,
} from "../media/fixtures";

describe("recognising files by their bytes", () => {
  it("knows each accepted type and nothing else", async () => {
    expect(sniffMime(jpegWithGps())).toBe("image/jpeg");
    expect(sniffMime(await pngWithMetadata())).toBe("image/png");
    expect(sniffMime(webpWithMetadata())).toBe("image/webp");
    expect(sniffMime(tiffWithGps())).toBe("image/tiff");
    expect(sniffMime(pdfFile())).toBe("application/pdf");
    expect(sniffMime(ascii("\r\n%PDF-1.7 with junk before"))).toBe("application/pdf");
    expect(sniffMime(ascii("GIF89a"))).toBeNull();
    expect(sniffMime(ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffMime(ascii("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffMime(new Uint8Array(0))).toBeNull();
  });

  it("reads the pixel size from the header", async () => {
    expect(readImageInfo("image/jpeg", plainJpeg(123, 45))).toMatchObject({
      width: 123,
      height: 45,
      progressive: false,
    });
    expect(readImageInfo("image/png", await pngWithMetadata(40, 30))).toEqual({
      width: 40,
      height: 30,
    });
    expect(readImageInfo("image/tiff", tiffWithGps(8, 6))).toEqual({ width: 8, height: 6 });
    expect(readImageInfo("image/webp", webpWithMetadata())).toEqual({ width: 1, height: 1 });
  });
});

describe("removing metadata", () => {
  it("leaves a file without metadata untouched (the same bytes)", async () => {
    const plain = plainJpeg();
    const result = await stripMetadata("image/jpeg", plain);
    expect(result.removed).toEqual([]);
    expect(result.pieces[0]).toBe(plain);
    expect((await stripMetadata("image/png", await pngWithMetadata(10, 10, false))).removed).toEqual(
      [],
    );
    expect((await stripMetadata("application/pdf", pdfFile())).removed).toEqual([]);
  });

  it("keeps the picture data byte for byte", async () => {
    const plain = plainJpeg(50, 20);
    const cleaned = concatPieces(
      (await stripMetadata("image/jpeg", jpegWithGps(1, 50, 20))).pieces,
    );
    expect(cleaned).toEqual(plain);
    expect(decode(cleaned, { useTArray: true }).data).toEqual(
      decode(plain, { useTArray: true }).data,
    );
  });

  it("drops data hidden after the end of a JPEG", async () => {
    const withTrailer = new Uint8Array([...plainJpeg(), ...ascii("Exif GPS secret")]);
    const result = await stripMetadata("image/jpeg", withTrailer);
    expect(result.removed).toContain("data after the end of the image");
    expect(concatPieces(result.pieces)).toEqual(plainJpeg());
  });

  it("refuses files too damaged to clean", async () => {
    const cut = jpegWithGps().subarray(0, 30);
    await expect(stripMetadata("image/jpeg", cut)).rejects.toThrow(MalformedFileError);
    await expect(stripMetadata("image/tiff", ascii("II*\0\xff\xff\xff\x00"))).rejects.toThrow(
      MalformedFileError,
    );
  });
});

describe("byte ranges", () => {
  it("follows RFC 9110 for single ranges and ignores what it does not support", () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: "full" });
    expect(parseRange("bytes=0-9", 100)).toEqual({ kind: "partial", offset: 0, length: 10 });
    expect(parseRange("bytes=90-200", 100)).toEqual({ kind: "partial", offset: 90, length: 10 });
    expect(parseRange("bytes=-500", 100)).toEqual({ kind: "partial", offset: 0, length: 100 });
    expect(parseRange("bytes=100-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=0-1,5-6", 100)).toEqual({ kind: "full" });
    expect(parseRange("items=0-1", 100)).toEqual({ kind: "full" });
    expect(etagMatches('W/"abc", "def"', '"def"')).toBe(true);
    expect(etagMatches('"abc"', '"def"')).toBe(false);
    expect(downloadName("../../etc/passwd", "med_x", "pdf")).toBe("etcpasswd.pdf");
    expect(downloadName(null, "med_x", "jpg")).toBe("med_x.jpg");
  });
});

describe("thumbnails of large JPEGs from DC coefficients", () => {
  it("match a full decode averaged over 8×8 blocks", () => {
    const width = 96;
    const height = 64;
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        data.set([(x * 255) / width, (y * 255) / height, 128, 255], (y * width + x) * 4);
    const jpeg = encode({ data, width, height }, 90).data;
    const dc = decodeJpegDc(new Uint8Array(jpeg), 1000)!;
    expect([dc.width, dc.height]).toEqual([12, 8]);
    const full = decode(jpeg, { useTArray: true });
    for (const [bx, by] of [
      [0, 0],
      [5, 3],
      [11, 7],
    ] as const) {
      let sum = 0;
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) sum += full.data[((by * 8 + y) * width + bx * 8 + x) * 4]!;
      expect(Math.abs(dc.data[(by * 12 + bx) * 3]! - sum / 64)).toBeLessThan(6);
    }
  });

  it("renders a thumbnail of a JPEG above the full-decode budget", async () => {
    const big = plainJpeg(2600, 1600); // 4.2 Mpx: read at 1/8 scale
    const thumb = await renderThumbnail("image/jpeg", big, 320);
    const decoded = decode(thumb!, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([320, 197]);
  });
});

describe("the DC reader on other JPEG layouts", () => {
  it("reads progressive files and files with restart markers exactly like the baseline file", async () => {
    const { BASELINE, PROGRESSIVE, RESTART, GREY_PROGRESSIVE, bytes } = await import(
      "../media/jpeg-variants"
    );
    const baseline = decodeJpegDc(bytes(BASELINE), 1000)!;
    expect(readImageInfo("image/jpeg", bytes(PROGRESSIVE))?.progressive).toBe(true);
    expect(decodeJpegDc(bytes(PROGRESSIVE), 1000)).toEqual(baseline);
    expect(decodeJpegDc(bytes(RESTART), 1000)).toEqual(baseline);
    const grey = decodeJpegDc(bytes(GREY_PROGRESSIVE), 1000)!;
    expect([grey.width, grey.height]).toEqual([12, 8]);
    // Greyscale keeps the luminance: equal channels, close to the colour file's luma.
    const [r, g, b] = grey.data.subarray(3 * 30, 3 * 30 + 3);
    expect(r).toBe(g);
    expect(g).toBe(b);
  });
});

describe("JPEG 2000 pictures inside PDFs", () => {
  it("lose their XML (XMP) and UUID (Exif, GeoJP2) boxes and keep the picture's boxes", async () => {
    const { stripJp2 } = await import("../../src/codecs/metadata/strip-jp2");
    const box = (type: string, payload: Uint8Array) => {
      const out = new Uint8Array(8 + payload.length);
      new DataView(out.buffer).setUint32(0, out.length);
      out.set(ascii(type), 4);
      out.set(payload, 8);
      return out;
    };
    const join = (...parts: Uint8Array[]) => concatPieces(parts);
    const signature = box("jP  ", new Uint8Array([0x0d, 0x0a, 0x87, 0x0a]));
    const kept = [
      signature,
      box("ftyp", ascii("jp2 \0\0\0\0jp2 ")),
      box("jp2h", ascii("ihdr...")),
      box("jp2c", ascii("\xff\x4f\xff\x51 codestream")),
    ];
    const withMetadata = join(
      kept[0]!,
      kept[1]!,
      box("xml ", ascii("<x:xmpmeta>GPS 52.5</x:xmpmeta>")),
      kept[2]!,
      box("uuid", ascii("GeoJP2 52.5123 13.4123")),
      kept[3]!,
    );
    const cleaned = stripJp2(withMetadata);
    expect(cleaned.removed).toEqual(["JPEG 2000 xml box", "JPEG 2000 uuid box"]);
    expect(concatPieces(cleaned.pieces)).toEqual(join(...kept));
    expect(stripJp2(join(...kept)).removed).toEqual([]);
    const cut = join(signature, box("xml ", ascii("xy")).subarray(0, 9));
    expect(() => stripJp2(cut)).toThrow(MalformedFileError);
  });
});
