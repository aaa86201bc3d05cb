/**
 * Thumbnails within the Worker's 128 MB: every decoder here feeds rows into a box downscaler
 * instead of materialising the picture, except small JPEGs (full decode by jpeg-js, at most
 * FULL_DECODE_PIXELS) — large JPEGs are read at 1/8 scale from their DC coefficients. Output is
 * a baseline JPEG (jpeg-js encoder), turned upright by the Exif orientation. Null means "no
 * picture can be made within memory" and the caller shows an icon. Measured in bench/RESULTS.md.
 *
 * Work is bounded by the declared size, which is checked here before any decoding (and again by
 * each decoder and the downscaler before they allocate): at most MAX_IMAGE_PIXELS, whatever the
 * file. A JPEG with more than MAX_JPEG_SCANS scans is not decoded — each scan walks every block
 * again, so thousands of tiny scans would multiply the work.
 */
import { decode, encode } from "jpeg-js";
import { readExifOrientation } from "../metadata/exif-orientation";
import type { AcceptedMime } from "../media-sniff";
import { readImageInfo } from "../image-info";
import { assertDecodable, exceedsImageLimits } from "../image-limits";
import { BoxDownscaler, type RgbImage } from "./downscale";
import { countJpegScans, decodeJpegDc, MAX_JPEG_SCANS } from "./jpeg-dc";
import { applyOrientation } from "./orient";
import { downscalePng } from "./png";
import { downscaleTiff } from "./tiff";
import { downscaleWebp } from "./webp";

/** jpeg-js needs about 13 bytes per pixel (coefficients, planes, RGBA): 4 Mpx ≈ 52 MB. */
export const FULL_DECODE_PIXELS = 4_000_000;
export const JPEG_QUALITY = 82;

export async function renderThumbnail(
  mime: AcceptedMime,
  bytes: Uint8Array,
  maxEdge: number,
): Promise<Uint8Array | null> {
  const declared = readImageInfo(mime, bytes);
  if (declared && exceedsImageLimits(declared.width, declared.height)) return null;
  let image: RgbImage | null = null;
  try {
    if (mime === "image/jpeg") image = jpegThumbnail(bytes, maxEdge);
    else if (mime === "image/png") image = await downscalePng(bytes, maxEdge);
    else if (mime === "image/tiff") image = await downscaleTiff(bytes, maxEdge);
    else if (mime === "image/webp") image = await downscaleWebp(bytes, maxEdge);
  } catch {
    // A picture we cannot decode still has its file served; the gallery shows an icon.
    return null;
  }
  return image ? encodeJpeg(image) : null;
}

function jpegThumbnail(bytes: Uint8Array, maxEdge: number): RgbImage | null {
  const info = readImageInfo("image/jpeg", bytes);
  if (!info) return null;
  assertDecodable(info.width, info.height);
  if (countJpegScans(bytes) > MAX_JPEG_SCANS) return null;
  let image: RgbImage | null;
  if (info.width * info.height <= FULL_DECODE_PIXELS) {
    const decoded = decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 96 });
    const scaler = new BoxDownscaler(decoded.width, decoded.height, maxEdge);
    const row = new Uint8Array(decoded.width * 3);
    for (let y = 0; y < decoded.height; y++) {
      for (let x = 0; x < decoded.width; x++) {
        const from = (y * decoded.width + x) * 4;
        row[x * 3] = decoded.data[from]!;
        row[x * 3 + 1] = decoded.data[from + 1]!;
        row[x * 3 + 2] = decoded.data[from + 2]!;
      }
      scaler.pushRow(row);
    }
    image = scaler.finish();
  } else {
    image = decodeJpegDc(bytes, maxEdge);
  }
  return image ? applyOrientation(image, jpegOrientation(bytes)) : null;
}

function jpegOrientation(bytes: Uint8Array): number {
  // The served copy keeps at most a minimal Exif segment right after SOI.
  if (bytes[2] === 0xff && bytes[3] === 0xe1) {
    const length = (bytes[4]! << 8) | bytes[5]!;
    return readExifOrientation(bytes.subarray(12, 4 + length)) ?? 1;
  }
  return 1;
}

function encodeJpeg(image: RgbImage): Uint8Array {
  const rgba = new Uint8Array(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.data.length; i += 3, j += 4) {
    rgba[j] = image.data[i]!;
    rgba[j + 1] = image.data[i + 1]!;
    rgba[j + 2] = image.data[i + 2]!;
    rgba[j + 3] = 255;
  }
  const out = encode({ data: rgba, width: image.width, height: image.height }, JPEG_QUALITY).data;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
