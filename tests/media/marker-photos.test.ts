/**
 * The photo of a plaque or Stolperstein (`markers[].media_id`) is one of the entry's files: it
 * passes the same checks at submission, is published by the same approval, and a page shows it
 * only while it is public for that memorial.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn, type TestUser } from "../helpers/users";
import { submissionBody } from "../submissions/submission-helpers";
import { approve } from "./access";
import { plainJpeg } from "./fixtures";
import { uploadOk, type UploadJson } from "./helpers";

function plaqueDocument(file: UploadJson, listed = true) {
  const doc = zuckerDocument();
  doc.markers![0]!.media_id = file.id;
  doc.media = listed ? [{ ...file.ref, caption: { en: "The plaque in 2021" }, credit: "A. Photographer" } as never] : [];
  return doc;
}

async function submit(user: TestUser, document: unknown) {
  return request("/api/v1/submissions", { method: "POST", cookie: user.cookie, json: submissionBody(document as never) });
}

describe("marker photos", () => {
  it("are published with the entry's files and shown on the plaque, with credit", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const file = await uploadOk(uploader.cookie, plainJpeg(36, 24), "plaque.jpg");
    const res = await submit(uploader, plaqueDocument(file));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await request(`/media/${file.id}`)).status).toBe(404);
    const memorialId = await approve(id, moderator);
    expect((await request(`/media/${file.id}`)).status).toBe(200);
    const html = await (await request(`/memorials/${memorialId}`)).text();
    const marker = html.slice(html.indexOf('class="markers"'), html.indexOf("</ul>", html.indexOf('class="markers"')));
    expect(marker).toContain(`<img src="/media/${file.id}?size=thumb" alt="Memorial plaque, Heinrich-Dernburg-Straße, Berlin"`);
    expect(marker).toContain("A. Photographer");
  });

  it("must be the submitter's own upload (or public), like every listed file", async () => {
    const [owner, intruder] = [await signIn("contributor"), await signIn("contributor")];
    const file = await uploadOk(owner.cookie, plainJpeg(36, 26), "private.jpg");
    const res = await submit(intruder, plaqueDocument(file));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string; message: string }> };
    expect(problem.errors).toContainEqual({ path: "document.media.0.id", message: "is not a file you uploaded" });
  });

  it("must be one of the entry's files, so that it carries caption, credit and licence", async () => {
    const [owner, intruder] = [await signIn("contributor"), await signIn("contributor")];
    const file = await uploadOk(owner.cookie, plainJpeg(36, 28), "plaque2.jpg");
    const own = await submit(owner, plaqueDocument(file, false));
    expect(own.status).toBe(422);
    expect(((await own.json()) as { errors: unknown[] }).errors).toContainEqual({
      path: "document.markers.0.media_id",
      message: "must be one of the files listed in media",
    });
    const foreign = await submit(intruder, plaqueDocument(file, false));
    expect(foreign.status).toBe(422);
    const made = zuckerDocument();
    made.markers![0]!.media_id = "med_plaquephoto1";
    expect((await submit(owner, made)).status).toBe(422);
  });

  it("disappear from the page and the API when the file is rejected after publication", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const file = await uploadOk(uploader.cookie, plainJpeg(36, 30), "plaque3.jpg");
    const { id } = (await (await submit(uploader, plaqueDocument(file))).json()) as { id: string };
    const memorialId = await approve(id, moderator);
    const rejected = await request(`/api/v1/moderation/media/${file.id}/reject`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { reason: "Shows a neighbour's door." },
    });
    expect(rejected.status).toBe(200);
    expect(await (await request(`/memorials/${memorialId}`)).text()).not.toContain(file.id);
    const api = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as {
      document: { markers: Array<Record<string, unknown>>; media: unknown[] };
    };
    expect(api.document.media).toEqual([]);
    expect(api.document.markers[0]).not.toHaveProperty("media_id");
    expect(api.document.markers[0]).toMatchObject({ kind: "plaque", address: "Heinrich-Dernburg-Straße, Berlin" });
  });

  it("are not shown when the stored document names a file that was never published for it", async () => {
    const someone = await signIn("contributor");
    const file = await uploadOk(someone.cookie, plainJpeg(36, 32), "never.jpg");
    const doc = zuckerDocument();
    doc.markers![0]!.media_id = file.id;
    const { slug, memorialId } = await publishMemorial(doc);
    const html = await (await request(`/memorials/${slug}`)).text();
    expect(html).toContain("Memorial plaque");
    expect(html).not.toContain(`/media/${file.id}`);
    // A correction posting the published document back keeps the marker, without the photo.
    const published = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as { document: unknown };
    const res = await request("/api/v1/submissions", {
      method: "POST",
      cookie: someone.cookie,
      json: submissionBody(published.document as never, { memorial_id: memorialId }),
    });
    expect(res.status).toBe(201);
    const stored = await testDb()
      .select()
      .from(revisions)
      .where(eq(revisions.id, ((await res.json()) as { id: string }).id))
      .get();
    expect(JSON.parse(stored!.document).markers[0].media_id).toBeUndefined();
    // So does a client holding the stored document itself: the photo is dropped, not refused.
    const other = await signIn("contributor");
    const raw = await request("/api/v1/submissions", {
      method: "POST",
      cookie: other.cookie,
      json: submissionBody(doc, { memorial_id: memorialId }),
    });
    expect(raw.status).toBe(201);
    const rawStored = await testDb()
      .select()
      .from(revisions)
      .where(eq(revisions.id, ((await raw.json()) as { id: string }).id))
      .get();
    expect(JSON.parse(rawStored!.document).markers[0]).not.toHaveProperty("media_id");
  });
});
