/**
 * The largest picture the archive accepts: 100 megapixels and 30,000 pixels a side. A 600 dpi
 * scan of an A2 sheet is about 10,000 × 14,000 (140 Mpx would be refused, A3 at 600 dpi is 70 Mpx);
 * a camera's photo is 12–50 Mpx. The limit is checked from the header at upload and again by
 * every decoder before it allocates anything, because a file's header can claim any size: a
 * 65-byte PNG declaring 300,000,000 × 1 pixels once took 2 GB and 50 s to "thumbnail".
 */

export const MAX_IMAGE_PIXELS = 100_000_000;
export const MAX_IMAGE_EDGE = 30_000;

export function exceedsImageLimits(width: number, height: number): boolean {
  return width > MAX_IMAGE_EDGE || height > MAX_IMAGE_EDGE || width * height > MAX_IMAGE_PIXELS;
}

/** Thrown by decoders for a declared size that is empty or above the limits; means "no picture". */
export class ImageTooLargeError extends Error {
  override name = "ImageTooLargeError";
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`${width} × ${height} pixels is above the limit or not a picture`);
  }
}

/** Call before allocating anything from a declared size. */
export function assertDecodable(width: number, height: number): void {
  if (!(width >= 1 && height >= 1) || exceedsImageLimits(width, height))
    throw new ImageTooLargeError(width, height);
}
