import encode, { init } from "@jsquash/webp/encode";
import WEBP_ENCODER from "@jsquash/webp/codec/enc/webp_enc_simd.wasm";
import { decode } from "jpeg-js";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { uploadOk } from "./helpers";

/** A real lossy WebP, 400×200: red on the left half, blue on the right. */
async function twoColourWebp(): Promise<Uint8Array> {
  await (init as unknown as (m: WebAssembly.Module) => Promise<void>)(WEBP_ENCODER);
  const width = 400;
  const height = 200;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++)
    data.set(i % width < width / 2 ? [200, 20, 20, 255] : [20, 20, 200, 255], i * 4);
  return new Uint8Array(
    await encode({ data, width, height, colorSpace: "srgb" } as Parameters<typeof encode>[0]),
  );
}

describe("WebP thumbnails", () => {
  it("are decoded in WebAssembly and downscaled like the others", async () => {
    const user = await signIn("contributor");
    const file = await uploadOk(user.cookie, await twoColourWebp(), "photo.webp");
    expect(file).toMatchObject({ mime: "image/webp", width: 400, height: 200 });
    const res = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    const thumb = decode(new Uint8Array(await res.arrayBuffer()), { useTArray: true });
    expect([thumb.width, thumb.height]).toEqual([320, 160]);
    const pixel = (x: number) => [
      ...thumb.data.subarray((80 * 320 + x) * 4, (80 * 320 + x) * 4 + 3),
    ];
    expect(pixel(40)[0]).toBeGreaterThan(150);
    expect(pixel(40)[2]).toBeLessThan(80);
    expect(pixel(280)[2]).toBeGreaterThan(150);
    expect(pixel(280)[0]).toBeLessThan(80);
  });
});
