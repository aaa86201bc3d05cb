/** Applies an Exif orientation (1–8) to a decoded picture, so thumbnails stand the right way up. */
import type { RgbImage } from "./downscale";

export function applyOrientation(img: RgbImage, orientation: number): RgbImage {
  if (orientation <= 1 || orientation > 8) return img;
  const swap = orientation >= 5;
  const width = swap ? img.height : img.width;
  const height = swap ? img.width : img.height;
  const data = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      let tx = x;
      let ty = y;
      const W = img.width - 1;
      const H = img.height - 1;
      switch (orientation) {
        case 2:
          tx = W - x;
          break;
        case 3:
          tx = W - x;
          ty = H - y;
          break;
        case 4:
          ty = H - y;
          break;
        case 5:
          tx = y;
          ty = x;
          break;
        case 6:
          tx = H - y;
          ty = x;
          break;
        case 7:
          tx = H - y;
          ty = W - x;
          break;
        case 8:
          tx = y;
          ty = W - x;
          break;
      }
      const from = (y * img.width + x) * 3;
      const to = (ty * width + tx) * 3;
      data[to] = img.data[from]!;
      data[to + 1] = img.data[from + 1]!;
      data[to + 2] = img.data[from + 2]!;
    }
  }
  return { width, height, data };
}
