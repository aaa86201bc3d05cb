/** WebP thumbnails: decoded whole (WebAssembly), so only pictures up to WEBP_DECODE_PIXELS. */
import { readImageInfo } from "../image-info";
import { BoxDownscaler, type RgbImage } from "./downscale";

/** RGBA in WebAssembly memory plus its copy in JS: 4 Mpx ≈ 32 MB beside the file. */
export const WEBP_DECODE_PIXELS = 4_000_000;

export async function downscaleWebp(bytes: Uint8Array, maxEdge: number): Promise<RgbImage | null> {
  const info = readImageInfo("image/webp", bytes);
  if (!info || info.width * info.height > WEBP_DECODE_PIXELS) return null;
  // Loaded on demand: the module carries a .wasm import that only Workers bundles resolve.
  const { decodeWebp } = await import("./webp-wasm");
  const image = await decodeWebp(bytes);
  const scaler = new BoxDownscaler(image.width, image.height, maxEdge);
  const row = new Uint8Array(image.width * 3);
  const data = image.data;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const a = data[i + 3]!;
      const white = 255 * (255 - a);
      row[x * 3] = (data[i]! * a + white) / 255;
      row[x * 3 + 1] = (data[i + 1]! * a + white) / 255;
      row[x * 3 + 2] = (data[i + 2]! * a + white) / 255;
    }
    scaler.pushRow(row);
  }
  return scaler.finish();
}
