/** A file rejected after publication never comes back through an old version, its comparison or the versions API. */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { approve, submitRevision } from "../media/access";
import { pdfFile, plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";

describe("a file rejected after publication", () => {
  it("is gone from every version of the memorial", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const keep = await uploadOk(uploader.cookie, plainJpeg(40, 30), "portrait.jpg");
    const drop = await uploadOk(uploader.cookie, pdfFile(), "certificate.pdf");
    const revision = await submitRevision(uploader.id, [
      { ...keep.ref, caption: { en: "Portrait, 1936" } },
      { ...drop.ref, caption: { en: "NKVD certificate" } },
    ]);
    const memorialId = await approve(revision.id, moderator);
    expect(await (await request(`/memorials/${memorialId}/v/1`)).text()).toContain(`/media/${drop.id}`);

    const rejected = await request(`/api/v1/moderation/media/${drop.id}/reject`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { reason: "Shows the file number of a living relative." },
    });
    expect(rejected.status).toBe(200);
    const page = await (await request(`/memorials/${memorialId}/v/1`)).text();
    expect(page).not.toContain(`/media/${drop.id}`);
    expect(page).not.toContain("NKVD certificate");
    expect(page).toContain(`/media/${keep.id}`);
    const api = await (await request(`/api/v1/memorials/${memorialId}/versions/1`)).text();
    expect(api).not.toContain(drop.id);
    expect(api).toContain(keep.id);
    expect(await (await request(`/memorials/${memorialId}/history`)).text()).not.toContain("NKVD certificate");
  });
});
