import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, media, mediaUploads } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { jpegWithGps } from "./fixtures";
import { sha256Hex } from "./helpers";

const PART = 5 * 1024 * 1024;

/** A 12 MB "scan": a real JPEG header followed by filler, so it sniffs and strips as a JPEG. */
function bigJpeg(): Uint8Array {
  const head = jpegWithGps();
  const bytes = new Uint8Array(12 * 1024 * 1024);
  bytes.set(head.subarray(0, head.length - 2));
  for (let i = head.length - 2; i < bytes.length - 2; i++)
    bytes[i] = i % 251 === 0xff ? 0 : i % 251;
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

const meta = {
  caption: { de: "Haftbescheinigung" },
  licence: "permission",
  rights_confirmed: true,
};

function putPart(cookie: string, uploadId: string, n: number, body: Uint8Array) {
  return request(`/api/v1/media/uploads/${uploadId}/parts/${n}`, {
    method: "PUT",
    body,
    cookie,
    headers: { "content-type": "application/octet-stream" },
  });
}

describe("resumable uploads", () => {
  it("continue after a broken connection: parts are kept, the missing ones are sent again", async () => {
    const user = await signIn("contributor");
    const file = bigJpeg();
    const created = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { ...meta, filename: "bescheinigung.jpg", bytes: file.length },
    });
    expect(created.status).toBe(201);
    const upload = (await created.json()) as {
      upload_id: string;
      part_size: number;
      parts_total: number;
    };
    expect(upload).toMatchObject({ part_size: PART, parts_total: 3 });

    expect((await putPart(user.cookie, upload.upload_id, 1, file.subarray(0, PART))).status).toBe(
      200,
    );
    // The connection breaks in the middle of part 2: the server gets a short body and keeps nothing of it.
    const broken = await putPart(
      user.cookie,
      upload.upload_id,
      2,
      file.subarray(PART, PART + 1000),
    );
    expect(broken.status).toBe(400);
    const early = await request(`/api/v1/media/uploads/${upload.upload_id}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    expect(early.status).toBe(409);

    // Later, maybe from another device: ask what is missing, send it, complete.
    const status = await request(`/api/v1/media/uploads/${upload.upload_id}`, {
      cookie: user.cookie,
    });
    expect(await status.json()).toMatchObject({
      parts_received: [1],
      parts_missing: [2, 3],
      status: "open",
    });
    expect((await putPart(user.cookie, upload.upload_id, 3, file.subarray(2 * PART))).status).toBe(
      200,
    );
    expect(
      (await putPart(user.cookie, upload.upload_id, 2, file.subarray(PART, 2 * PART))).status,
    ).toBe(200);
    const done = await request(`/api/v1/media/uploads/${upload.upload_id}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    expect(done.status).toBe(201);
    const body = (await done.json()) as { id: string; sha256: string; bytes: number; mime: string };
    expect(body).toMatchObject({
      sha256: await sha256Hex(file),
      bytes: file.length,
      mime: "image/jpeg",
    });

    const row = await testDb().select().from(media).where(eq(media.id, body.id)).get();
    expect(row).toMatchObject({
      uploaderId: user.id,
      status: "private",
      caption: JSON.stringify({ de: "Haftbescheinigung" }),
    });
    const served = await request(`/media/${body.id}`, { cookie: user.cookie });
    expect(served.status).toBe(200);
    expect(Number(served.headers.get("content-length"))).toBeLessThan(file.length); // Exif removed
    const stored = await testDb()
      .select()
      .from(mediaUploads)
      .where(eq(mediaUploads.id, upload.upload_id))
      .get();
    expect(stored).toMatchObject({ status: "completed", mediaId: body.id });

    // Completing twice (a retry after a lost answer) gives the same file, nothing new.
    const retry = await request(`/api/v1/media/uploads/${upload.upload_id}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { id: string }).id).toBe(body.id);
  });

  it("refuses oversized uploads, files that are not accepted types, and other people's uploads", async () => {
    const [user, other] = [await signIn("contributor"), await signIn("contributor")];
    const tooBig = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { ...meta, bytes: 50 * 1024 * 1024 + 1 },
    });
    expect(tooBig.status).toBe(413);
    const noRights = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { caption: { en: "x" }, licence: "CC0-1.0", bytes: 10 },
    });
    expect(noRights.status).toBe(422);
    expect(await noRights.json()).toMatchObject({ errors: [{ path: "rights_confirmed" }] });

    const created = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { ...meta, bytes: 20 },
    });
    const { upload_id } = (await created.json()) as { upload_id: string };
    expect(
      (await request(`/api/v1/media/uploads/${upload_id}`, { cookie: other.cookie })).status,
    ).toBe(404);
    expect((await putPart(other.cookie, upload_id, 1, new Uint8Array(20))).status).toBe(404);
    const exe = new TextEncoder().encode("MZ not an image at all!").subarray(0, 20);
    expect((await putPart(user.cookie, upload_id, 1, new Uint8Array(21))).status).toBe(413);
    expect((await putPart(user.cookie, upload_id, 1, exe)).status).toBe(415);
    expect((await putPart(user.cookie, upload_id, 2, exe)).status).toBe(422);

    const aborted = await request(`/api/v1/media/uploads/${upload_id}`, {
      method: "DELETE",
      cookie: user.cookie,
    });
    expect(aborted.status).toBe(204);
    expect((await putPart(user.cookie, upload_id, 1, jpegWithGps().subarray(0, 20))).status).toBe(
      409,
    );
    const row = await testDb()
      .select()
      .from(mediaUploads)
      .where(eq(mediaUploads.id, upload_id))
      .get();
    expect(row!.status).toBe("aborted");
    expect(await env.MEDIA.head(row!.objectKey)).toBeNull();
  });

  it("records every change of an upload's state in the audit log: start, abort, refusal, completion", async () => {
    const user = await signIn("contributor");
    const actions = async (subjectId: string) =>
      (
        await testDb().select().from(auditLog).where(eq(auditLog.subjectId, subjectId)).all()
      ).map((a) => ({ action: a.action, actor: a.actorId, detail: JSON.parse(a.detail ?? "{}") }));
    const start = async (bytes: number) => {
      const created = await request("/api/v1/media/uploads", {
        method: "POST",
        cookie: user.cookie,
        json: { ...meta, bytes },
      });
      return ((await created.json()) as { upload_id: string }).upload_id;
    };

    // Aborted by its uploader; a second DELETE changes nothing and records nothing.
    const abandoned = await start(20);
    for (let i = 0; i < 2; i++) {
      const res = await request(`/api/v1/media/uploads/${abandoned}`, {
        method: "DELETE",
        cookie: user.cookie,
      });
      expect(res.status).toBe(204);
    }
    expect(await actions(abandoned)).toEqual([
      { action: "media.upload_start", actor: user.id, detail: { bytes: 20 } },
      { action: "media.upload_abort", actor: user.id, detail: { parts_received: 0 } },
    ]);

    // Refused when completed (not an image after all): closed, with the reason.
    const file = jpegWithGps();
    const refused = await start(file.length);
    const broken = file.slice(0, 40); // a JPEG start whose segments run past the end
    const padded = new Uint8Array(file.length);
    padded.set(broken);
    expect((await putPart(user.cookie, refused, 1, padded)).status).toBe(200);
    const complete = await request(`/api/v1/media/uploads/${refused}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    expect(complete.status).toBe(422);
    expect(await actions(refused)).toEqual([
      { action: "media.upload_start", actor: user.id, detail: { bytes: file.length } },
      {
        action: "media.upload_refused",
        actor: user.id,
        detail: { status: 422, reason: expect.stringContaining("damaged") },
      },
    ]);

    // Completed: the media item's upload entry names the upload, in the same batch.
    const good = await start(file.length);
    expect((await putPart(user.cookie, good, 1, file)).status).toBe(200);
    const done = await request(`/api/v1/media/uploads/${good}/complete`, {
      method: "POST",
      cookie: user.cookie,
    });
    const { id } = (await done.json()) as { id: string };
    expect((await actions(id)).map((a) => [a.action, a.detail.upload_id])).toEqual([
      ["media.upload", good],
    ]);
  });
});
