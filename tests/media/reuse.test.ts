/**
 * A file belongs to the memorial it was approved for (issue 18, item 7). Withholding a memorial
 * takes its files out of public view; nobody who merely knows a file's id may bring it back by
 * listing it in another entry with a licence of their choosing. Reuse in another memorial needs
 * the file's uploader or a moderator — checked when the entry is sent and again at approval.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mediaMemorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";
import { submissionBody } from "../submissions/submission-helpers";
import { approve, submitRevision, withhold } from "./access";
import { plainJpeg } from "./fixtures";
import { uploadOk, type UploadJson } from "./helpers";

interface Problem {
  errors: Array<{ path: string; message: string }>;
}

let variant = 0;

/** A published memorial with one photo of its uploader, then withheld by a moderator. */
async function withheldMemorialWithPhoto() {
  const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
  const photo = await uploadOk(uploader.cookie, plainJpeg(40 + ++variant, 30), "family.jpg");
  const revision = await submitRevision(uploader.id, [photo.ref]);
  const memorialId = await approve(revision.id, moderator);
  expect((await request(`/media/${photo.id}`)).status).toBe(200);
  await withhold(memorialId, moderator);
  return { uploader, moderator, photo, memorialId };
}

/** The file under another licence and caption, as someone who only knows its id would list it. */
function asOwnRef(photo: UploadJson) {
  return { id: photo.id, caption: { en: "My photo" }, licence: "CC0-1.0", rights_confirmed: true };
}

function send(user: TestUser, media: unknown[]) {
  return request("/api/v1/submissions", {
    method: "POST",
    cookie: user.cookie,
    json: submissionBody({ ...zuckerDocument(), media } as never),
  });
}

async function linkedMemorials(mediaId: string) {
  const rows = await testDb()
    .select()
    .from(mediaMemorials)
    .where(eq(mediaMemorials.mediaId, mediaId))
    .all();
  return rows.map((r) => r.memorialId).sort();
}

describe("a file of a withheld memorial", () => {
  it("is not served to the public, nor to other contributors", async () => {
    const { photo } = await withheldMemorialWithPhoto();
    const stranger = await signIn("contributor");
    expect((await request(`/media/${photo.id}`)).status).toBe(404);
    expect((await request(`/media/${photo.id}?size=thumb`)).status).toBe(404);
    expect((await request(`/media/${photo.id}`, { cookie: stranger.cookie })).status).toBe(404);
    expect((await request(`/api/v1/media/${photo.id}`, { cookie: stranger.cookie })).status).toBe(
      404,
    );
  });

  it("cannot be listed in another entry by someone who only knows its id", async () => {
    const { photo } = await withheldMemorialWithPhoto();
    const stranger = await signIn("contributor");
    const res = await send(stranger, [asOwnRef(photo)]);
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toEqual([
      {
        path: "document.media.0.id",
        message:
          "belongs to another memorial; only its uploader or a moderator can add it to another entry",
      },
    ]);
  });

  it("is not brought back by approving an entry that lists it, however that entry was sent", async () => {
    const { photo, moderator, memorialId } = await withheldMemorialWithPhoto();
    const stranger = await signIn("contributor");
    // An entry sent before this check existed (or written around it) reaches the moderator.
    const revision = await submitRevision(stranger.id, [asOwnRef(photo)]);
    const otherMemorial = await approve(revision.id, moderator);
    expect(await linkedMemorials(photo.id)).toEqual([memorialId]);
    expect((await request(`/media/${photo.id}`)).status).toBe(404);
    const page = await request(`/api/v1/memorials/${otherMemorial}`);
    expect(((await page.json()) as { document: { media: unknown[] } }).document.media).toEqual([]);
  });
});

describe("reusing a public file in another memorial", () => {
  it("is refused to other contributors, allowed to its uploader and to moderators", async () => {
    const [uploader, moderator, secondModerator, stranger] = [
      await signIn("contributor"),
      await signIn("moderator"),
      await signIn("moderator"),
      await signIn("contributor"),
    ];
    const photo = await uploadOk(uploader.cookie, plainJpeg(20, 77), "brothers.jpg");
    const first = await approve((await submitRevision(uploader.id, [photo.ref])).id, moderator);

    expect((await send(stranger, [asOwnRef(photo)])).status).toBe(422);

    // The uploader's own photo of two brothers, for the second brother's memorial.
    const own = await send(uploader, [photo.ref]);
    expect(own.status, await own.clone().text()).toBe(201);
    const second = await approve(((await own.json()) as { id: string }).id, moderator);

    // A moderator may place a public file in a further memorial.
    const placed = await send(moderator, [photo.ref]);
    expect(placed.status, await placed.clone().text()).toBe(201);
    const third = await approve(((await placed.json()) as { id: string }).id, secondModerator);

    expect(await linkedMemorials(photo.id)).toEqual([first, second, third].sort());
  });

  it("in a correction of its own memorial stays open to everyone, so the document round-trips", async () => {
    const [uploader, moderator, stranger] = [
      await signIn("contributor"),
      await signIn("moderator"),
      await signIn("contributor"),
    ];
    const photo = await uploadOk(uploader.cookie, plainJpeg(21, 77), "portrait.jpg");
    const memorialId = await approve((await submitRevision(uploader.id, [photo.ref])).id, moderator);
    const published = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as {
      document: unknown;
    };
    const res = await request("/api/v1/submissions", {
      method: "POST",
      cookie: stranger.cookie,
      json: submissionBody(published.document as never, { memorial_id: memorialId }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    await approve(((await res.json()) as { id: string }).id, moderator);
    expect(await linkedMemorials(photo.id)).toEqual([memorialId]);
    expect((await request(`/media/${photo.id}`)).status).toBe(200);
  });
});
