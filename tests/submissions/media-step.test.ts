import { describe, expect, it } from "vitest";
import { readDraft } from "../../src/editorial/submissions/form/draft";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";
import { jpegWithGps } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import { location, page, saveStep, startDraft } from "./form-helpers";
import { postSubmission, revisionRow, submissionBody } from "./submission-helpers";

function uploadForm(returnTo: string) {
  const form = new FormData();
  form.set("caption", "Letter from Vorkuta");
  form.set("licence", "CC-BY-4.0");
  form.set("rights_confirmed", "true");
  form.set("return_to", returnTo);
  form.set("file", new File([jpegWithGps()], "letter.jpg"));
  return form;
}

describe("photos and documents in the submission form", () => {
  it("uploads a file from the media step, comes back, and keeps it in the draft until removed", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Max Zucker");
    const step = await page(`/submit/${id}/media`, user);
    expect(step).toContain("No files yet.");
    // The button saves the step, then opens the upload page, which will come back here.
    const add = await saveStep(user, id, "media", {}, "upload");
    expect(add.status).toBe(303);
    const returnTo = decodeURIComponent(location(add).split("return_to=")[1]!);
    expect(location(add)).toMatch(/^\/media\/new\?return_to=/);
    expect(returnTo).toBe(`/submit/${id}/media/attach`);

    const uploaded = await request("/media/new", { method: "POST", cookie: user.cookie, body: uploadForm(returnTo) });
    expect(uploaded.status).toBe(303);
    const back = location(uploaded);
    const mediaId = back.split("media=")[1]!;
    const attached = await request(back, { cookie: user.cookie });
    expect(location(attached)).toBe(`/submit/${id}/media`);
    // Following the same link twice attaches the file once.
    await request(back, { cookie: user.cookie });
    const draft = readDraft((await revisionRow(id))!.document);
    expect(draft.media).toEqual([
      { id: mediaId, caption: { en: "Letter from Vorkuta" }, licence: "CC-BY-4.0", rights_confirmed: true },
    ]);
    const html = await page(`/submit/${id}/media`, user);
    expect(html).toContain(`src="/media/${mediaId}?size=thumb"`);
    // "Check and send" lists the file too, so it can be checked before sending.
    const review = await page(`/submit/${id}/review`, user);
    expect(review).toContain(`<a href="/media/${mediaId}">Letter from Vorkuta</a>`);
    expect(review).toContain(`href="/submit/${id}/media"`);

    const removed = await saveStep(user, id, "media", { "media.0.remove": "on" });
    expect(removed.status).toBe(303);
    expect(readDraft((await revisionRow(id))!.document).media).toEqual([]);
  });

  it("attaches several files at once, in order, as the upload script returns them", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Max Zucker");
    const first = await uploadOk(user.cookie, jpegWithGps(1, 20, 10), "first.jpg");
    const second = await uploadOk(user.cookie, jpegWithGps(1, 22, 10), "second.jpg");
    const back = await request(`/submit/${id}/media/attach?media=${first.id}&media=${second.id}&media=${first.id}`, {
      cookie: user.cookie,
    });
    expect(location(back)).toBe(`/submit/${id}/media`);
    const media = readDraft((await revisionRow(id))!.document).media as Array<{ id: string }>;
    expect(media.map((m) => m.id)).toEqual([first.id, second.id]);
  });

  it("does not attach somebody else's file", async () => {
    const [user, other] = [await signIn(), await signIn()];
    const id = await startDraft(user, "Max Zucker");
    const theirs = await uploadOk(other.cookie, jpegWithGps(), "theirs.jpg");
    await request(`/submit/${id}/media/attach?media=${theirs.id}`, { cookie: user.cookie });
    expect(readDraft((await revisionRow(id))!.document).media ?? []).toEqual([]);
  });

  it("refuses an API submission naming another person's private file, and accepts one's own", async () => {
    const [user, other] = [await signIn(), await signIn()];
    const theirs = await uploadOk(other.cookie, jpegWithGps(), "theirs.jpg");
    const mine = await uploadOk(user.cookie, jpegWithGps(), "mine.jpg");
    const withFile = (ref: unknown) => submissionBody({ ...zuckerDocument(), media: [ref as never] });
    const refused = await postSubmission(user, withFile(theirs.ref));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ errors: [{ path: "document.media.0.id" }] });
    const accepted = await postSubmission(user, withFile(mine.ref));
    expect(accepted.status).toBe(201);
  });
});
