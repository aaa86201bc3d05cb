import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, media, mediaBlobs, mediaUploads } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { approve, submitRevision } from "./access";
import { jpegWithGps, pdfFile, plainJpeg, pngWithMetadata, tiffWithGps } from "./fixtures";
import { uploadOk } from "./helpers";

const DAY = 86_400_000;

async function fireCron(cron: string, scheduledTime: number) {
  const controller = createScheduledController({ cron, scheduledTime });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

async function rowOf(id: string) {
  return (await testDb().select().from(media).where(eq(media.id, id)).get())!;
}

async function blobOf(sha256: string) {
  return (await testDb().select().from(mediaBlobs).where(eq(mediaBlobs.sha256, sha256)).get())!;
}

describe("the orphan cleanup job", () => {
  it("deletes files of withdrawn and rejected submissions 30 days on, with an audit entry, and nothing else", async () => {
    const [user, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const now = Date.now() + 40 * DAY; // the job runs 40 days after these uploads
    const withdrawn = await uploadOk(user.cookie, jpegWithGps(), "withdrawn.jpg");
    const rejected = await uploadOk(user.cookie, pdfFile(), "rejected.pdf");
    const recent = await uploadOk(user.cookie, await pngWithMetadata(), "recently-withdrawn.png");
    const pending = await uploadOk(user.cookie, tiffWithGps(), "pending.tif");
    const published = await uploadOk(user.cookie, plainJpeg(16, 16), "published.jpg");
    const neverSubmitted = await uploadOk(user.cookie, plainJpeg(24, 24), "draft-only.jpg");
    // The same bytes as the withdrawn photo, used by a submission still pending: the blob stays.
    const sharedBytes = await uploadOk(user.cookie, jpegWithGps(), "copy.jpg");

    await submitRevision(user.id, [withdrawn.ref], "withdrawn", now - 31 * DAY);
    await submitRevision(user.id, [rejected.ref], "rejected", now - 45 * DAY);
    await submitRevision(user.id, [recent.ref], "withdrawn", now - 5 * DAY);
    await submitRevision(user.id, [pending.ref, sharedBytes.ref]);
    // Once withdrawn, later resubmitted and still pending: not an orphan.
    await submitRevision(user.id, [pending.ref], "withdrawn", now - 60 * DAY);
    const approved = await submitRevision(user.id, [published.ref]);
    await approve(approved.id, moderator);
    await submitRevision(user.id, [published.ref], "rejected", now - 60 * DAY);

    const rejectedBlob = await blobOf(rejected.sha256);
    await request(`/media/${rejected.id}?size=thumb`, { cookie: user.cookie });

    await fireCron("17 3 * * *", now);

    expect((await rowOf(withdrawn.id)).status).toBe("deleted");
    expect((await rowOf(rejected.id)).status).toBe("deleted");
    for (const kept of [recent, pending, published, neverSubmitted, sharedBytes]) {
      expect((await rowOf(kept.id)).status, kept.id).not.toBe("deleted");
    }
    // The rejected PDF's bytes were only its own: gone from R2. The photo's bytes are shared: kept.
    expect(await env.MEDIA.head(rejectedBlob.objectKey)).toBeNull();
    expect((await blobOf(rejected.sha256)).purgedAt).not.toBeNull();
    expect((await blobOf(withdrawn.sha256)).deletedAt).toBeNull();
    expect(await env.MEDIA.head((await blobOf(withdrawn.sha256)).objectKey)).not.toBeNull();
    expect((await request(`/media/${sharedBytes.id}`, { cookie: user.cookie })).status).toBe(200);
    expect((await request(`/media/${withdrawn.id}`, { cookie: user.cookie })).status).toBe(404);
    expect((await request(`/media/${published.id}`)).status).toBe(200);

    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "media.delete_orphan"))
      .all();
    expect(audit.map((a) => a.subjectId).sort()).toEqual([withdrawn.id, rejected.id].sort());

    // Running again changes nothing.
    await fireCron("17 3 * * *", now + DAY);
    expect(
      (
        await testDb()
          .select()
          .from(auditLog)
          .where(eq(auditLog.action, "media.delete_orphan"))
          .all()
      ).length,
    ).toBe(2);
  });

  it("aborts resumable uploads nobody finished within seven days", async () => {
    const user = await signIn("contributor");
    const res = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { licence: "CC0-1.0", rights_confirmed: true, bytes: 100 },
    });
    const { upload_id } = (await res.json()) as { upload_id: string };
    await fireCron("*/15 * * * *", Date.now() + DAY);
    expect(
      (await testDb().select().from(mediaUploads).where(eq(mediaUploads.id, upload_id)).get())!
        .status,
    ).toBe("open");
    await fireCron("*/15 * * * *", Date.now() + 8 * DAY);
    expect(
      (await testDb().select().from(mediaUploads).where(eq(mediaUploads.id, upload_id)).get())!
        .status,
    ).toBe("aborted");
    const audit = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, upload_id))
      .all();
    expect(audit.map((a) => a.action)).toEqual(["media.upload_start", "media.upload_expired"]);
  });
});
