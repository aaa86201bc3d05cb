/**
 * A file's date takes the same words as every other date field: on the upload form without
 * JavaScript, in the multipart API, and in the JSON that public/js/upload.js sends (the date
 * field's text as typed).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { media, mediaUploads } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { jpegWithGps } from "./fixtures";
import { GOOD_FIELDS, upload } from "./helpers";

function form(fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  body.set("file", new File([jpegWithGps()], "photo.jpg"));
  return body;
}

const storedDate = async (uploaderId: string) => {
  const rows = await testDb().select().from(media).where(eq(media.uploaderId, uploaderId)).all();
  return rows.map((r) => (r.date ? JSON.parse(r.date) : null));
};

describe("a file's date in words", () => {
  it.each([
    ["en", "about 1935", { edtf: "1935~", text: "about 1935" }],
    ["de", "Mai 1938", { edtf: "1938-05", text: "Mai 1938" }],
    ["ru", "около 1935", { edtf: "1935~", text: "около 1935" }],
    ["en", "1938-05", { edtf: "1938-05" }],
  ])("the form without JavaScript (%s) reads %j", async (lang, words, date) => {
    const user = await signIn("contributor");
    const res = await request(`/media/new?lang=${lang}`, { method: "POST", cookie: user.cookie, body: form({ ...GOOD_FIELDS, date: words }) as never });
    expect(res.status).toBeLessThan(400);
    expect(await storedDate(user.id)).toEqual([date]);
  });

  it("the multipart API reads words too, and refuses words that contradict the EDTF given with them", async () => {
    const user = await signIn("contributor");
    const res = await upload(user.cookie, jpegWithGps(), "photo.jpg", { ...GOOD_FIELDS, date: "um 1935" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { ref: { date: unknown } }).ref.date).toEqual({ edtf: "1935~", text: "um 1935" });
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...GOOD_FIELDS, date: "1890", date_text: "wahrscheinlich 1942" })) form.set(k, v);
    form.set("file", new File([jpegWithGps()], "photo.jpg"));
    const contradicting = await request("/api/v1/media", { method: "POST", body: form, cookie: user.cookie });
    expect(contradicting.status).toBe(422);
    expect(await contradicting.json()).toMatchObject({ errors: [{ path: "date", message: expect.stringContaining("the words say 1942?") }] });
  });

  it("the resumable upload of the enhanced page takes the field as typed", async () => {
    const user = await signIn("contributor");
    const created = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      headers: { "sec-fetch-site": "same-origin" },
      json: { caption: { en: "Passport" }, date: "about 1935", licence: "CC0-1.0", rights_confirmed: true, filename: "pass.jpg", bytes: 1000 },
    });
    expect(created.status).toBe(201);
    const { upload_id: id } = (await created.json()) as { upload_id: string };
    const row = await testDb().select().from(mediaUploads).where(eq(mediaUploads.id, id)).get();
    expect(JSON.parse(row!.metadata).date).toEqual({ edtf: "1935~", text: "about 1935" });
    const unreadable = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { date: "irgendwann 36", licence: "CC0-1.0", rights_confirmed: true, bytes: 1000 },
    });
    expect(unreadable.status).toBe(422);
    expect(await unreadable.json()).toMatchObject({ errors: [{ path: "date.edtf" }] });
  });
});
