/**
 * WebP decoding through libwebp compiled to WebAssembly (@jsquash/webp, from Squoosh), loaded
 * only when a WebP thumbnail is needed. Its output is the whole RGBA picture, so callers keep
 * to WEBP_DECODE_PIXELS.
 */
import decode, { init } from "@jsquash/webp/decode";
import WEBP_DECODER from "@jsquash/webp/codec/dec/webp_dec.wasm";

let ready: Promise<void> | null = null;

export async function decodeWebp(bytes: Uint8Array) {
  // The typings only list the options form of init(); at run time it also takes the compiled
  // module, which is how Workers provide WebAssembly (no fetching of .wasm files).
  ready ??= (init as unknown as (module: WebAssembly.Module) => Promise<void>)(WEBP_DECODER);
  await ready;
  const copy = bytes.slice().buffer;
  return decode(copy);
}
