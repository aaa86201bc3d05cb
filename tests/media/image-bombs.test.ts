/**
 * Image bombs (issue 18, item 1): files whose header declares far more pixels than any scan,
 * made to exhaust the Worker's memory or time when a thumbnail is made. Refused at upload; a file
 * stored before the limit existed gets a placeholder, remembered so that no view decodes it again.
 */
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { media, mediaBlobs } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { request, testDb } from "../helpers/app";
import { signIn, type TestUser } from "../helpers/users";
import { jpegDeclaring, pngDeclaring, tiffWithGps } from "./fixtures";
import { GOOD_FIELDS, sha256Hex, upload, uploadOk } from "./helpers";

interface Problem {
  status: number;
  detail: string;
  errors: Array<{ path: string; message: string }>;
}

async function storedCounts() {
  return {
    objects: (await env.MEDIA.list()).objects.length,
    rows: (await testDb().select().from(media).all()).length,
  };
}

/** A little-endian TIFF (tiffWithGps) whose width and height entries are made to say otherwise. */
function tiffDeclaring(width: number, height: number): Uint8Array {
  const bytes = tiffWithGps(8, 6).slice();
  const view = new DataView(bytes.buffer);
  const ifd = view.getUint32(4, true);
  for (let i = 0; i < view.getUint16(ifd, true); i++) {
    const entry = ifd + 2 + i * 12;
    const tag = view.getUint16(entry, true);
    if (tag !== 256 && tag !== 257) continue;
    view.setUint16(entry + 2, 4, true); // LONG, so sizes above 65,535 fit
    view.setUint32(entry + 8, tag === 256 ? width : height, true);
  }
  return bytes;
}

/**
 * A file as it was stored before the limit existed: the bytes in R2, the blob and the media row
 * written directly, the way the upload of that time wrote them.
 */
async function storedBeforeTheLimit(user: TestUser, bytes: Uint8Array, width: number, height: number) {
  const sha256 = await sha256Hex(bytes);
  const key = `o/before-the-limit-${newId("med").slice(4)}`;
  await env.MEDIA.put(key, bytes);
  const now = Date.now();
  await testDb().insert(mediaBlobs).values({
    sha256,
    objectKey: key,
    servedKey: key,
    servedBytes: bytes.length,
    mime: "image/png",
    bytes: bytes.length,
    width,
    height,
    createdAt: now,
  });
  const id = newId("med");
  await testDb().insert(media).values({
    id,
    uploaderId: user.id,
    sha256,
    mime: "image/png",
    bytes: bytes.length,
    width,
    height,
    licence: "CC-BY-4.0",
    rightsConfirmed: true,
    createdAt: now,
  });
  return { id, sha256 };
}

describe("pictures larger than 100 megapixels or 30,000 pixels a side", () => {
  it("are refused at upload with a 422 on the file field, and nothing is stored", async () => {
    const user = await signIn("contributor");
    const bombs: Array<[string, Uint8Array, string]> = [
      ["65-byte PNG declaring 300,000,000 × 1", pngDeclaring(300_000_000, 1), "bomb.png"],
      ["PNG declaring 30,000 × 30,000", pngDeclaring(30_000, 30_000), "square.png"],
      ["PNG declaring 30,001 × 2", pngDeclaring(30_001, 2), "long.png"],
      ["JPEG declaring 60,000 × 60,000", jpegDeclaring(60_000, 60_000), "bomb.jpg"],
      ["TIFF declaring 20,000 × 20,000", tiffDeclaring(20_000, 20_000), "bomb.tif"],
    ];
    expect(pngDeclaring(300_000_000, 1)).toHaveLength(65);
    for (const [what, bytes, name] of bombs) {
      const before = await storedCounts();
      const res = await upload(user.cookie, bytes, name);
      expect(res.status, what).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await res.json()) as Problem;
      expect(problem.errors, what).toEqual([
        {
          path: "file",
          message: expect.stringContaining("at most 100 megapixels and 30,000 pixels on each side"),
        },
      ]);
      expect(problem.detail).toContain("Nothing was stored");
      expect(await storedCounts(), what).toEqual(before);
    }
  });

  it("are accepted up to the limit", async () => {
    const user = await signIn("contributor");
    const edge = await uploadOk(user.cookie, pngDeclaring(30_000, 3_000), "edge.png");
    expect([edge.width, edge.height]).toEqual([30_000, 3_000]);
    const hundred = await uploadOk(user.cookie, pngDeclaring(10_000, 10_000), "hundred.png");
    expect([hundred.width, hundred.height]).toEqual([10_000, 10_000]);
  });

  it("are refused on the upload form with the message next to the file field, the description kept", async () => {
    const user = await signIn("contributor");
    const form = new FormData();
    form.set("caption", "Karte von Workuta");
    form.set("licence", "CC-BY-4.0");
    form.set("rights_confirmed", "true");
    form.set("file", new File([pngDeclaring(300_000_000, 1)], "karte.png"));
    const res = await request("/media/new?lang=en", {
      method: "POST",
      body: form,
      cookie: user.cookie,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("The picture is too large");
    expect(html).toContain("300,000,000 × 1");
    expect(html).toContain('value="Karte von Workuta"');
    expect(html).not.toMatch(/megapixels and 30,000 pixels on each side \(/); // the API wording stays in the API
  });

  it("are refused when a resumable upload completes, and the upload is closed", async () => {
    const user = await signIn("contributor");
    const bytes = pngDeclaring(300_000_000, 1);
    const created = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { ...GOOD_FIELDS, caption: { en: "map" }, rights_confirmed: true, bytes: bytes.length },
    });
    const { upload_id } = (await created.json()) as { upload_id: string };
    const part = await request(`/api/v1/media/uploads/${upload_id}/parts/1`, {
      method: "PUT",
      body: bytes,
      cookie: user.cookie,
    });
    expect(part.status).toBe(200);
    const before = await storedCounts();
    const done = await request(`/api/v1/media/uploads/${upload_id}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    expect(done.status).toBe(422);
    expect(((await done.json()) as Problem).errors[0]!.path).toBe("file");
    expect((await storedCounts()).rows).toBe(before.rows);
    const state = await request(`/api/v1/media/uploads/${upload_id}`, { cookie: user.cookie });
    expect(((await state.json()) as { status: string }).status).toBe("aborted");
  });

  it("stored before the limit existed get a placeholder instead of a thumbnail, remembered for later views", async () => {
    const user = await signIn("contributor");
    const bomb = pngDeclaring(30_000, 30_000);
    const stored = await storedBeforeTheLimit(user, bomb, 30_000, 30_000);
    for (const size of ["thumb", "medium"] as const) {
      const res = await request(`/media/${stored.id}?size=${size}`, { cookie: user.cookie });
      expect(res.status, size).toBe(200);
      expect(res.headers.get("content-type"), size).toBe("image/svg+xml");
    }
    const blob = await testDb()
      .select()
      .from(mediaBlobs)
      .where(eq(mediaBlobs.sha256, stored.sha256))
      .get();
    expect([blob!.thumbKey, blob!.mediumKey]).toEqual(["placeholder", "placeholder"]);
    // The same bytes uploaded again are refused too, although they are stored already.
    const again = await upload(user.cookie, bomb, "again.png");
    expect(again.status).toBe(422);
  });

  it("are checked again before decoding, whatever the stored row says", async () => {
    const user = await signIn("contributor");
    // The row claims a harmless size (as a row written by an older reader might); the file does not.
    const stored = await storedBeforeTheLimit(user, pngDeclaring(299_999_999, 1), 300, 1);
    const res = await request(`/media/${stored.id}?size=thumb`, { cookie: user.cookie });
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    const blob = await testDb()
      .select()
      .from(mediaBlobs)
      .where(eq(mediaBlobs.sha256, stored.sha256))
      .get();
    expect(blob!.thumbKey).toBe("placeholder");
  });
});

describe("a picture whose thumbnail cannot be made", () => {
  it("gets the placeholder, stored like a thumbnail so later views do not try again", async () => {
    const user = await signIn("contributor");
    // Interlaced PNGs are not decoded for thumbnails (docs/media.md).
    const file = await uploadOk(user.cookie, pngDeclaring(40, 30, { interlaced: true }), "i.png");
    const first = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
    expect(first.headers.get("content-type")).toBe("image/svg+xml");
    const blob = await testDb()
      .select()
      .from(mediaBlobs)
      .where(eq(mediaBlobs.sha256, file.sha256))
      .get();
    expect(blob!.thumbKey).toBe("placeholder");
    const second = await request(`/media/${file.id}?size=thumb`, { cookie: user.cookie });
    expect(await second.text()).toBe(await first.text());
  });
});
