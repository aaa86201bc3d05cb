/**
 * Every decoder checks the declared size before it allocates anything, so a file that slipped
 * past the upload check (stored before it existed, or lying in a later header) cannot make a
 * thumbnail take gigabytes or minutes (issue 18, item 1).
 */
import { describe, expect, it } from "vitest";
import { exceedsImageLimits, ImageTooLargeError } from "../../src/codecs/image-limits";
import { BoxDownscaler } from "../../src/codecs/thumbnail/downscale";
import { countJpegScans, decodeJpegDc, MAX_JPEG_SCANS } from "../../src/codecs/thumbnail/jpeg-dc";
import { downscalePng } from "../../src/codecs/thumbnail/png";
import { renderThumbnail } from "../../src/codecs/thumbnail/render";
import { downscaleTiff } from "../../src/codecs/thumbnail/tiff";
import {
  concat,
  jpegDeclaring,
  plainJpeg,
  pngDeclaring,
  pngWithMetadata,
  tiffWithGps,
} from "../media/fixtures";

/** plainJpeg with its one scan (SOS and data) repeated: a file of many tiny scans. */
function jpegWithScans(count: number): Uint8Array {
  const jpeg = plainJpeg(16, 16);
  let sos = 2;
  while (jpeg[sos + 1] !== 0xda) sos += 2 + ((jpeg[sos + 2]! << 8) | jpeg[sos + 3]!);
  const scan = jpeg.subarray(sos, jpeg.length - 2);
  return concat(jpeg.subarray(0, sos), ...Array.from({ length: count }, () => scan), jpeg.subarray(-2));
}

describe("the pixel limit", () => {
  it("is 100 megapixels and 30,000 pixels a side", () => {
    expect(exceedsImageLimits(10_000, 10_000)).toBe(false);
    expect(exceedsImageLimits(30_000, 3_333)).toBe(false);
    expect(exceedsImageLimits(10_000, 10_001)).toBe(true);
    expect(exceedsImageLimits(30_001, 1)).toBe(true);
    expect(exceedsImageLimits(300_000_000, 1)).toBe(true);
  });

  it("is enforced by the downscaler and by each decoder before it allocates", async () => {
    expect(() => new BoxDownscaler(300_000_000, 1, 320)).toThrow(ImageTooLargeError);
    expect(() => new BoxDownscaler(0, 10, 320)).toThrow(ImageTooLargeError);
    await expect(downscalePng(pngDeclaring(300_000_000, 1), 320)).rejects.toThrow(
      ImageTooLargeError,
    );
    await expect(downscalePng(pngDeclaring(30_000, 30_000), 320)).rejects.toThrow(
      ImageTooLargeError,
    );
    expect(() => decodeJpegDc(jpegDeclaring(60_000, 60_000), 320)).toThrow(ImageTooLargeError);
    const tiff = tiffWithGps(8, 6).slice();
    const view = new DataView(tiff.buffer);
    const ifd = view.getUint32(4, true);
    view.setUint16(ifd + 2 + 8, 30_001, true); // the first entry is the width (SHORT)
    await expect(downscaleTiff(tiff, 320)).rejects.toThrow(ImageTooLargeError);
  });

  it("gives no thumbnail for such files, and still one for ordinary pictures", async () => {
    expect(await renderThumbnail("image/png", pngDeclaring(300_000_000, 1), 320)).toBeNull();
    expect(await renderThumbnail("image/jpeg", jpegDeclaring(60_000, 60_000), 320)).toBeNull();
    expect(await renderThumbnail("image/png", await pngWithMetadata(40, 30), 320)).not.toBeNull();
  });
});

describe("JPEGs made of many scans", () => {
  it("are not decoded beyond the number of scans real encoders write", async () => {
    expect(countJpegScans(plainJpeg())).toBe(1);
    expect(countJpegScans(jpegWithScans(10))).toBe(10);
    expect(countJpegScans(jpegWithScans(500))).toBe(MAX_JPEG_SCANS + 1);
    expect(await renderThumbnail("image/jpeg", jpegWithScans(10), 320)).not.toBeNull();
    expect(await renderThumbnail("image/jpeg", jpegWithScans(500), 320)).toBeNull();
  });
});
