/**
 * The server side of public/js/upload.js: what the upload page gives the script, and the
 * requests the script sends (create, parts, state after a reload, complete, abandon) answered as
 * it expects — including the error paths it maps onto the form's fields. The browser part is
 * walked in e2e/ (journey 1 and e2e/upload-resume.e2e.ts).
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn, type TestUser } from "../helpers/users";
import { jpegWithGps } from "./fixtures";

const PART = 5 * 1024 * 1024;
/** What a browser adds to the script's fetch and XMLHttpRequest calls. */
const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };

function api(user: TestUser, path: string, init: { method?: string; json?: unknown; body?: Uint8Array } = {}) {
  return request(`/api/v1/media/uploads${path}`, {
    method: init.method ?? "GET",
    cookie: user.cookie,
    json: init.json,
    body: init.body,
    headers: init.body ? { ...SAME_ORIGIN, "content-type": "application/octet-stream" } : SAME_ORIGIN,
  });
}

function scriptConfig(html: string) {
  const attribute = /<form[^>]*\sdata-upload="([^"]*)"/.exec(html)?.[1];
  expect(attribute).toBeDefined();
  return JSON.parse(attribute!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")) as {
    maxBytes: number;
    messages: Record<string, string>;
  };
}

/** A 6 MB "scan" in two parts: a real JPEG followed by filler (sniffed and cleaned as a JPEG). */
function twoPartScan(): Uint8Array {
  const head = jpegWithGps();
  const bytes = new Uint8Array(PART + 1024 * 1024);
  bytes.set(head.subarray(0, head.length - 2));
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

describe("the upload page's script", () => {
  it("is loaded from our own assets and gets the size limit and its texts in the page's language", async () => {
    const user = await signIn("contributor");
    const res = await request("/media/new?lang=de&return_to=/submit/rev_x/media/attach", { cookie: user.cookie });
    const html = await res.text();
    expect(html).toContain('<script src="/js/upload.js" defer=""></script>');
    // No inline script: the page's CSP allows scripts from 'self' (and nonced ones) only.
    expect([...html.matchAll(/<script\b[^>]*>/g)].every(([tag]) => / src="\/js\//.test(tag))).toBe(true);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const config = scriptConfig(html);
    expect(config.maxBytes).toBe(50 * 1024 * 1024);
    expect(config.messages.rights).toBe(
      "Bitte bestätigen Sie, dass Sie die Datei unter der gewählten Lizenz weitergeben dürfen.",
    );
    expect(config.messages.retrying).toContain("{{attempt}} von {{attempts}}");
    expect(config.messages.label).toBe("Upload von {{name}}");
    expect(config.messages.refused).toContain("{{reason}}");
    // Why a completed upload was refused: the picture's size, or a PDF that cannot be cleaned.
    expect(config.messages.tooManyPixels).toContain("100 Megapixel");
    expect(config.messages.pdfEncrypted).toContain("verschlüsselt");
    expect(config.messages.pdfUnreadable).toContain("nicht lesen");
    expect(Object.values(config.messages).every((m) => m.length > 0)).toBe(true);
    // Without JavaScript the same form posts one file, as before.
    expect(html).toContain('<form method="post" action="/media/new" enctype="multipart/form-data"');
    expect(html).toContain('<input type="hidden" name="return_to" value="/submit/rev_x/media/attach"/>');

    const script = await env.ASSETS.fetch("https://zeugnis.test/js/upload.js");
    expect(script.status).toBe(200);
    const source = await script.text();
    expect(source).toContain("/api/v1/media/uploads");
    expect(source).not.toMatch(/innerHTML|eval\(|new Function/);
  });

  it("gets 422 errors at the paths it shows next to the form's fields", async () => {
    const user = await signIn("contributor");
    const res = await api(user, "", {
      method: "POST",
      json: { caption: { de: "Pass" }, date: { edtf: "um 1936" }, filename: "pass.jpg", bytes: 1000 },
    });
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path);
    // upload.js: "date…" → the date field, "caption…" → caption, others by name, anything else → file.
    expect(paths).toEqual(expect.arrayContaining(["date.edtf", "licence", "rights_confirmed"]));
    const tooLarge = await api(user, "", {
      method: "POST",
      json: { licence: "CC0-1.0", rights_confirmed: true, filename: "huge.tif", bytes: 50 * 1024 * 1024 + 1 },
    });
    expect(tooLarge.status).toBe(413);
  });

  it("resumes after a reload: the state names the parts still missing, a lost answer to complete is recovered", async () => {
    const user = await signIn("contributor");
    const file = twoPartScan();
    const created = await api(user, "", {
      method: "POST",
      json: { caption: { en: "Sentence, 1938" }, licence: "permission", rights_confirmed: true, filename: "sentence.jpg", bytes: file.length },
    });
    expect(created.status).toBe(201);
    const { upload_id: id } = (await created.json()) as { upload_id: string };
    expect((await api(user, `/${id}/parts/1`, { method: "PUT", body: file.subarray(0, PART) })).status).toBe(200);

    // The page is reloaded; the script finds the id in localStorage and asks what arrived.
    const state = await api(user, `/${id}`);
    expect(await state.json()).toMatchObject({ status: "open", bytes: file.length, parts_received: [1], parts_missing: [2], media_id: null });
    expect((await api(user, `/${id}/parts/2`, { method: "PUT", body: file.subarray(PART) })).status).toBe(200);
    const done = await api(user, `/${id}/complete`, { method: "POST" });
    expect(done.status).toBe(201);
    const mediaId = ((await done.json()) as { id: string }).id;

    // The answer was lost and the page reloaded again: the state says it is done, and with what.
    expect(await (await api(user, `/${id}`)).json()).toMatchObject({ status: "completed", media_id: mediaId });
    const again = await api(user, `/${id}/complete`, { method: "POST" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(mediaId);
    // Someone else's browser with the same id in its storage starts anew.
    expect((await api(await signIn("contributor"), `/${id}`)).status).toBe(404);
  });

  it("abandons an upload whose first part is not an accepted type", async () => {
    const user = await signIn("contributor");
    const created = await api(user, "", {
      method: "POST",
      json: { licence: "CC0-1.0", rights_confirmed: true, filename: "notes.txt", bytes: 12 },
    });
    const { upload_id: id } = (await created.json()) as { upload_id: string };
    const part = await api(user, `/${id}/parts/1`, { method: "PUT", body: new TextEncoder().encode("just a note.") });
    expect(part.status).toBe(415);
    expect((await api(user, `/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await (await api(user, `/${id}`)).json()).toMatchObject({ status: "aborted" });
  });

  it("cannot be driven from another site with the visitor's cookie", async () => {
    const user = await signIn("contributor");
    const res = await request("/api/v1/media/uploads", {
      method: "POST",
      cookie: user.cookie,
      json: { licence: "CC0-1.0", rights_confirmed: true, bytes: 10 },
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
  });
});
