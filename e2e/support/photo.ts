/** A small JPEG made on the spot (a sepia gradient), as a family photo stand-in. */
import { encode } from "jpeg-js";

export function familyPhoto(width = 240, height = 320): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 90 + Math.round((120 * (x + y)) / (width + height));
      data.set([shade + 30, shade + 10, shade - 20, 255], (y * width + x) * 4);
    }
  }
  return Buffer.from(encode({ data, width, height }, 85).data);
}
