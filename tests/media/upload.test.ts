import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, media, mediaBlobs } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { jpegWithGps, pdfFile, pngWithMetadata, tiffWithGps, webpWithMetadata } from "./fixtures";
import { GOOD_FIELDS, sha256Hex, upload, uploadOk } from "./helpers";

async function objectCount() {
  return (await env.MEDIA.list()).objects.length;
}

describe("uploading photos and documents", () => {
  it("accepts each type, judged from the bytes, and stores it privately with its description", async () => {
    const user = await signIn("contributor");
    const files: Array<[string, Uint8Array, string]> = [
      ["image/jpeg", jpegWithGps(), "photo.jpg"],
      ["image/png", await pngWithMetadata(), "scan.png"],
      ["image/webp", webpWithMetadata(), "picture.webp"],
      ["image/tiff", tiffWithGps(), "scan.tif"],
      ["application/pdf", pdfFile(), "certificate.pdf"],
    ];
    for (const [mime, bytes, name] of files) {
      const res = await upload(user.cookie, bytes, name, { ...GOOD_FIELDS, date: "1938-05~" });
      expect(res.status, name).toBe(201);
      const body = (await res.json()) as {
        id: string;
        sha256: string;
        mime: string;
        bytes: number;
        ref: unknown;
      };
      expect(body).toMatchObject({ mime, bytes: bytes.length, sha256: await sha256Hex(bytes) });
      expect(body.id).toMatch(/^med_[a-z2-7]{16}$/);
      expect(body.ref).toEqual({
        id: body.id,
        caption: { en: "Letter from the camp" },
        credit: "Family archive",
        date: { edtf: "1938-05~" },
        licence: "CC-BY-4.0",
        rights_confirmed: true,
      });
      const row = await testDb().select().from(media).where(eq(media.id, body.id)).get();
      expect(row).toMatchObject({
        uploaderId: user.id,
        status: "private",
        mime,
        originalName: name,
      });
      const blob = await testDb()
        .select()
        .from(mediaBlobs)
        .where(eq(mediaBlobs.sha256, body.sha256))
        .get();
      expect(blob!.objectKey).toMatch(/^o\/[a-z2-7]{26}$/);
      expect(blob!.objectKey).not.toContain(body.sha256.slice(0, 8));
      const stored = await env.MEDIA.get(blob!.objectKey);
      expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(bytes);
      const audit = await testDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.subjectId, body.id))
        .all();
      expect(audit.map((a) => a.action)).toEqual(["media.upload"]);
    }
  });

  it("refuses a file whose name and Content-Type lie about its content", async () => {
    const user = await signIn("contributor");
    const before = await objectCount();
    const fake = new TextEncoder().encode("MZ\x90\x00 this is a program, not a photo");
    const res = await upload(user.cookie, fake, "holiday.jpg", GOOD_FIELDS, "image/jpeg");
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe(
      "file",
    );
    expect(await objectCount()).toBe(before);

    // …and the other way round: a real PNG called .pdf is stored as a PNG.
    const png = await pngWithMetadata();
    const ok = await uploadOk(user.cookie, png, "document.pdf");
    expect(ok.mime).toBe("image/png");
  });

  it("answers 413 for a file over 50 MB and stores nothing", async () => {
    const user = await signIn("contributor");
    const before = await objectCount();
    const rowsBefore = (await testDb().select().from(media).all()).length;
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set(jpegWithGps().subarray(0, 64));
    const res = await upload(user.cookie, big, "huge.jpg");
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ status: 413 });
    expect(await objectCount()).toBe(before);
    expect((await testDb().select().from(media).all()).length).toBe(rowsBefore);
  });

  it("refuses an item without the rights confirmation, or with an unknown licence, with clear messages", async () => {
    const user = await signIn("contributor");
    const before = await objectCount();
    const res = await upload(user.cookie, jpegWithGps(), "photo.jpg", {
      caption: "x",
      licence: "all-rights",
      date: "sometime",
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: Array<{ path: string; message: string }> };
    const byPath = Object.fromEntries(body.errors.map((e) => [e.path, e.message]));
    expect(byPath.rights_confirmed).toBe(
      "confirm that you may share this file under the licence you chose",
    );
    expect(byPath.licence).toBeDefined();
    expect(byPath["date.edtf"]).toContain("EDTF");
    expect(await objectCount()).toBe(before);
  });

  it("requires sign-in, and a file", async () => {
    expect((await upload(undefined, jpegWithGps(), "a.jpg")).status).toBe(401);
    const user = await signIn("contributor");
    const form = new FormData();
    for (const [k, v] of Object.entries(GOOD_FIELDS)) form.set(k, v!);
    const res = await request("/api/v1/media", { method: "POST", body: form, cookie: user.cookie });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: "file" }] });
  });

  it("stores a file uploaded twice (by two people) once, with two media items", async () => {
    const [a, b] = [await signIn("contributor"), await signIn("contributor")];
    const bytes = tiffWithGps(10, 4);
    const first = await uploadOk(a.cookie, bytes, "scan.tif");
    const objectsAfterFirst = await objectCount();
    const second = await uploadOk(b.cookie, bytes, "same-scan.tif");
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await objectCount()).toBe(objectsAfterFirst);
    const blobs = await testDb()
      .select()
      .from(mediaBlobs)
      .where(eq(mediaBlobs.sha256, first.sha256))
      .all();
    expect(blobs).toHaveLength(1);
    const rows = await testDb().select().from(media).where(eq(media.sha256, first.sha256)).all();
    expect(rows.map((r) => r.uploaderId).sort()).toEqual([a.id, b.id].sort());
  });
});
