import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, media } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { visibleMediaByMemorial } from "../../src/media/media.visibility";
import { approve, restore, submitRevision, withhold } from "./access";
import { jpegWithGps, pdfFile } from "./fixtures";
import { uploadOk } from "./helpers";

async function statuses(id: string, cookies: Record<string, string | undefined>) {
  const out: Record<string, number> = {};
  for (const [who, cookie] of Object.entries(cookies))
    out[who] = (await request(`/media/${id}`, { cookie })).status;
  return out;
}

describe("who sees a file", () => {
  it("is private to its uploader and moderators until the revision listing it is approved, then public", async () => {
    const [uploader, other, moderator, admin] = [
      await signIn("contributor"),
      await signIn("contributor"),
      await signIn("moderator"),
      await signIn("admin"),
    ];
    const file = await uploadOk(uploader.cookie, jpegWithGps(), "photo.jpg");
    const who = {
      visitor: undefined,
      uploader: uploader.cookie,
      other: other.cookie,
      moderator: moderator.cookie,
      admin: admin.cookie,
    };

    expect(await statuses(file.id, who)).toEqual({
      visitor: 404,
      uploader: 200,
      other: 404,
      moderator: 200,
      admin: 200,
    });
    const privateRes = await request(`/media/${file.id}`, { cookie: uploader.cookie });
    expect(privateRes.headers.get("cache-control")).toBe("private, no-store");
    expect((await request(`/api/v1/media/${file.id}`, { cookie: other.cookie })).status).toBe(404);

    const revision = await submitRevision(uploader.id, [file.ref]);
    expect(await statuses(file.id, who)).toEqual({
      visitor: 404,
      uploader: 200,
      other: 404,
      moderator: 200,
      admin: 200,
    });

    const memorialId = await approve(revision.id, moderator);
    expect(await statuses(file.id, who)).toEqual({
      visitor: 200,
      uploader: 200,
      other: 200,
      moderator: 200,
      admin: 200,
    });
    const publicRes = await request(`/media/${file.id}`);
    expect(publicRes.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    expect(publicRes.headers.get("etag")).toMatch(/^"[0-9a-f]{32}-full"$/);
    expect(publicRes.headers.get("content-type")).toBe("image/jpeg");
    const row = await testDb().select().from(media).where(eq(media.id, file.id)).get();
    expect(row).toMatchObject({ status: "public", approvedRevisionId: revision.id });

    await withhold(memorialId, moderator);
    expect(await statuses(file.id, who)).toEqual({
      visitor: 404,
      uploader: 200,
      other: 404,
      moderator: 200,
      admin: 200,
    });
    expect((await request(`/media/${file.id}?size=thumb`)).status).toBe(404);
    await restore(memorialId, moderator);
    expect((await request(`/media/${file.id}`)).status).toBe(200);
  });

  it("does not publish another person's private upload named in someone else's document", async () => {
    const [owner, intruder, moderator] = [
      await signIn("contributor"),
      await signIn("contributor"),
      await signIn("moderator"),
    ];
    const file = await uploadOk(owner.cookie, pdfFile(), "passport.pdf");
    const revision = await submitRevision(intruder.id, [file.ref]);
    await approve(revision.id, moderator);
    expect((await request(`/media/${file.id}`)).status).toBe(404);
    expect((await request(`/media/${file.id}`, { cookie: intruder.cookie })).status).toBe(404);
  });

  it("lets a moderator reject one file with a reason while the others are approved", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const keep = await uploadOk(uploader.cookie, jpegWithGps(1, 32, 16), "keep.jpg");
    const drop = await uploadOk(uploader.cookie, pdfFile(), "drop.pdf");
    const revision = await submitRevision(uploader.id, [keep.ref, drop.ref]);

    expect(
      (
        await request(`/api/v1/moderation/media/${drop.id}/reject`, {
          method: "POST",
          json: { reason: "x" },
          cookie: uploader.cookie,
        })
      ).status,
    ).toBe(403);
    const missingReason = await request(`/api/v1/moderation/media/${drop.id}/reject`, {
      method: "POST",
      json: {},
      cookie: moderator.cookie,
    });
    expect(missingReason.status).toBe(422);
    const stale = await request(`/api/v1/moderation/media/${drop.id}/reject`, {
      method: "POST",
      json: { reason: "x", version: 7 },
      cookie: moderator.cookie,
    });
    expect(stale.status).toBe(409);

    const res = await request(`/api/v1/moderation/media/${drop.id}/reject`, {
      method: "POST",
      json: { reason: "This passport shows a living person's number.", version: 1 },
      cookie: moderator.cookie,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: drop.id, status: "rejected", version: 2 });
    const again = await request(`/api/v1/moderation/media/${drop.id}/reject`, {
      method: "POST",
      json: { reason: "again" },
      cookie: moderator.cookie,
    });
    expect(again.status).toBe(409);

    const memorialId = await approve(revision.id, moderator);
    expect((await visibleMediaByMemorial(testDb(), [memorialId])).get(memorialId)).toEqual(new Set([keep.id]));
    expect((await request(`/media/${keep.id}`)).status).toBe(200);
    expect((await request(`/media/${drop.id}`)).status).toBe(404);
    const seenByUploader = await request(`/api/v1/media/${drop.id}`, { cookie: uploader.cookie });
    expect(await seenByUploader.json()).toMatchObject({
      status: "rejected",
      rejected_reason: "This passport shows a living person's number.",
    });
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, drop.id))
      .all();
    expect(audit.map((a) => a.action)).toContain("media.reject");
  });
});
