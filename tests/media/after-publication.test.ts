/**
 * A moderator rejects one file after its memorial is published: every public view of the
 * memorial (page, API, exports) stops showing it at once, caches notice, and the published
 * document still round-trips as a correction.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, revisions } from "../../src/platform/db/schema";
import { postForm, request, testDb } from "../helpers/app";
import { signIn, type TestUser } from "../helpers/users";
import { location, saveStep } from "../submissions/form-helpers";
import { submissionBody } from "../submissions/submission-helpers";
import { approve, submitRevision } from "./access";
import { pdfFile, plainJpeg } from "./fixtures";
import { uploadOk } from "./helpers";

interface Published {
  uploader: TestUser;
  moderator: TestUser;
  memorialId: string;
  keep: string;
  drop: string;
}

/** A memorial with two approved files: a photo that stays, and a scan rejected later. */
async function publishedWithTwoFiles(): Promise<Published> {
  const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
  const keep = await uploadOk(uploader.cookie, plainJpeg(40, 30), "portrait.jpg");
  const drop = await uploadOk(uploader.cookie, pdfFile(), "certificate.pdf");
  const revision = await submitRevision(uploader.id, [
    { ...keep.ref, caption: { en: "Portrait, 1936" } },
    { ...drop.ref, caption: { en: "NKVD certificate" }, credit: "Private collection K." },
  ]);
  const memorialId = await approve(revision.id, moderator);
  return { uploader, moderator, memorialId, keep: keep.id, drop: drop.id };
}

async function reject(mediaId: string, moderator: TestUser) {
  const res = await request(`/api/v1/moderation/media/${mediaId}/reject`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { reason: "Shows the file number of a living relative." },
  });
  expect(res.status).toBe(200);
}

describe("a file rejected after publication", () => {
  it("changes the memorial page's ETag, so a repeat visit gets the page without the file", async () => {
    const { moderator, memorialId, keep, drop } = await publishedWithTwoFiles();
    const first = await request(`/memorials/${memorialId}`);
    const etag = first.headers.get("etag")!;
    expect(await first.text()).toContain(`/media/${drop}?size=thumb`);
    expect((await request(`/memorials/${memorialId}`, { headers: { "if-none-match": etag } })).status).toBe(304);

    await reject(drop, moderator);
    const again = await request(`/memorials/${memorialId}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).not.toBe(etag);
    const html = await again.text();
    expect(html).not.toContain(`/media/${drop}`);
    expect(html).not.toContain("NKVD certificate");
    expect(html).toContain(`/media/${keep}?size=thumb`);
  });

  it("changes the exports' ETag and Last-Modified, and leaves the file out of them", async () => {
    const { moderator, drop } = await publishedWithTwoFiles();
    const first = await request("/api/v1/export.jsonl");
    const etag = first.headers.get("etag")!;
    expect(await first.text()).toContain(drop);
    await reject(drop, moderator);
    const again = await request("/api/v1/export.jsonl", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).not.toBe(etag);
    expect(await again.text()).not.toContain(drop);
  });

  it("touches every memorial showing the file in the same batch as the rejection and its audit entry", async () => {
    const { moderator, memorialId, drop } = await publishedWithTwoFiles();
    const db = testDb();
    const before = (await db.select().from(memorials).where(eq(memorials.id, memorialId)).get())!;
    await reject(drop, moderator);
    const after = (await db.select().from(memorials).where(eq(memorials.id, memorialId)).get())!;
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(after.version).toBe(before.version);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, drop)).all();
    const entry = audit.find((a) => a.action === "media.reject")!;
    expect(JSON.parse(entry.detail!)).toMatchObject({ previous_status: "public", memorial_ids: [memorialId] });
    expect(after.updatedAt).toBeGreaterThanOrEqual(entry.at);
  });

  it("is left out of GET /api/v1/memorials/{id}, caption and credit included", async () => {
    const { moderator, memorialId, keep, drop } = await publishedWithTwoFiles();
    await reject(drop, moderator);
    const res = await request(`/api/v1/memorials/${memorialId}`);
    const body = (await res.json()) as { document: { media: Array<{ id: string }> } };
    expect(body.document.media.map((m) => m.id)).toEqual([keep]);
    const text = JSON.stringify(body);
    expect(text).not.toContain(drop);
    expect(text).not.toContain("NKVD certificate");
    expect(text).not.toContain("Private collection K.");
  });

  it("does not stop the published document from round-tripping as a correction", async () => {
    const { uploader, moderator, memorialId, keep, drop } = await publishedWithTwoFiles();
    const someoneElse = await signIn("contributor");
    // A client that fetched the document before the rejection still holds the file's ref.
    const before = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { document: unknown };
    await reject(drop, moderator);
    const after = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { document: unknown };

    for (const [who, document] of [
      [someoneElse, after.document],
      [someoneElse, before.document],
      [uploader, before.document],
    ] as const) {
      const res = await request("/api/v1/submissions", {
        method: "POST",
        cookie: who.cookie,
        json: submissionBody(document as never, { memorial_id: memorialId }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const stored = await testDb().select().from(revisions).where(eq(revisions.id, id)).get();
      // The rejected file is dropped from what is stored: nobody sees it, and approving it again
      // would not publish it anyway.
      expect(JSON.parse(stored!.document).media.map((m: { id: string }) => m.id)).toEqual([keep]);
    }
  });

  it("is left out of a correction started in the form, also when it is rejected while the draft is open", async () => {
    const { moderator, memorialId, keep, drop } = await publishedWithTwoFiles();
    const user = await signIn("contributor");
    const draftIds = (id: string) =>
      testDb()
        .select()
        .from(revisions)
        .where(eq(revisions.id, id))
        .get()
        .then((r) => JSON.parse(r!.document).media.map((m: { id: string }) => m.id));
    // Drafted before the rejection: the draft still lists the file when it is sent.
    const early = location(await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie)).split("/")[2]!;
    expect(await draftIds(early)).toEqual([keep, drop]);
    await reject(drop, moderator);
    const late = location(await postForm("/submit/correct", { memorial_id: memorialId }, (await signIn()).cookie)).split("/")[2]!;
    expect(await draftIds(late)).toEqual([keep]);

    await saveStep(user, early, "submitter", { relationship: "researcher", consent: "yes" });
    const sent = await postForm(`/submit/${early}/send`, { version: "1" }, user.cookie);
    expect(location(sent)).toBe(`/my/submissions/${early}?sent=1`);
    expect(await draftIds(early)).toEqual([keep]);
  });

  it("is still refused when a new submission names it", async () => {
    const { uploader, moderator, drop } = await publishedWithTwoFiles();
    const before = (await testDb().select().from(revisions).all()).length;
    await reject(drop, moderator);
    const doc = { ...(await import("../helpers/documents")).zuckerDocument(), media: [{ id: drop, licence: "CC0-1.0", rights_confirmed: true }] };
    const res = await request("/api/v1/submissions", { method: "POST", cookie: uploader.cookie, json: submissionBody(doc as never) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("was rejected by a moderator");
    expect((await testDb().select().from(revisions).all()).length).toBe(before);
  });

  it("is served with a short cache life, so browsers and caches drop it within minutes", async () => {
    const { moderator, keep, drop } = await publishedWithTwoFiles();
    const res = await request(`/media/${drop}`);
    const cacheControl = res.headers.get("cache-control")!;
    expect(cacheControl).not.toContain("immutable");
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1]);
    expect(maxAge).toBeLessThanOrEqual(300);
    expect(cacheControl).toContain("must-revalidate");
    const etag = res.headers.get("etag")!;
    // Revalidation is cheap while the file is public, and answers 404 once it is not.
    expect((await request(`/media/${keep}?size=thumb`)).headers.get("cache-control")).toBe(cacheControl);
    expect((await request(`/media/${drop}`, { headers: { "if-none-match": etag } })).status).toBe(304);
    await reject(drop, moderator);
    const gone = await request(`/media/${drop}`, { headers: { "if-none-match": etag } });
    expect(gone.status).toBe(404);
    expect(gone.headers.get("cache-control")).toMatch(/no-store/);
  });
});
