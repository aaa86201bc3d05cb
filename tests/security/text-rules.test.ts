/**
 * Text hygiene through the real routes (issue 18, item 12): every free-text input refuses broken
 * characters, control characters and invisible-only text with a 422 naming the field, and keeps
 * legitimate scripts — Cyrillic, Hebrew with its points, Persian and Devanagari joiners — exactly.
 */
import { describe, expect, it } from "vitest";
import { postForm, request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import { saveStep, startDraft } from "../submissions/form-helpers";

const LEGITIMATE_NAMES = ["Макс Цуккер", "מאַקס צוקער", "می\u200Cخواهم زاده", "क्\u200Dष राम", "Mu\u0308ller"];

async function send(method: string, path: string, cookie: string | undefined, json: unknown) {
  const res = await request(path, { method, cookie, json });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { errors?: Array<{ path: string; message: string }> } };
}

const paths = (answer: { body: { errors?: Array<{ path: string }> } }) => answer.body.errors?.map((e) => e.path) ?? [];

function submission(document: unknown, note?: string) {
  return { document, submitter: { relationship: "descendant", show_name: false, ...(note === undefined ? {} : { note }) }, consent: { publish: true } };
}

describe("text the archive refuses", () => {
  it("in a person document: a broken character, a control character, an invisible name, each at its path", async () => {
    const contributor = await signIn();
    const cases: Array<[string, (doc: ReturnType<typeof zuckerDocument>) => void, string]> = [
      ["a lone surrogate in the name", (d) => void (d.names[0]!.display = "Max \uD800Zucker"), "document.names.0.display"],
      ["a name of zero-width spaces", (d) => void (d.names[0]!.display = "\u200B\u200B"), "document.names.0.display"],
      ["a right-to-left override in a family name", (d) => void (d.names[0]!.family = "\u202ErekcuZ"), "document.names.0.family"],
      ["NUL in the biography", (d) => void (d.biography = { en: "Fled\u0000 Berlin." }), "document.biography.en"],
      ["a line break in a place name", (d) => void (d.events![0]!.place!.name = "Mos\ncow"), "document.events.0.place.name"],
      ["an escape sequence in a citation", (d) => void (d.sources![0]!.citation = "GARF \u001b[31m f. 10035"), "document.sources.0.citation"],
      ["a C1 control in a caption-like note", (d) => void (d.markers![0]!.note = { en: "A plate\u0085" }), "document.markers.0.note.en"],
    ];
    for (const [what, change, path] of cases) {
      const doc = zuckerDocument();
      change(doc);
      const answer = await send("POST", "/api/v1/submissions", contributor.cookie, submission(doc));
      expect(answer.status, what).toBe(422);
      expect(paths(answer), what).toContain(path);
    }
    const note = await send("POST", "/api/v1/submissions", contributor.cookie, submission(zuckerDocument(), "My grandfather\u0007"));
    expect(note.status).toBe(422);
    expect(paths(note)).toEqual(["submitter.note"]);
  });

  it("in reports, messages and moderators' reasons", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const revision = await createRevision();
    const hidden = "\u200B\u200D\u2060";
    const answers: Array<[string, Promise<{ status: number; body: { errors?: Array<{ path: string }> } }>, string]> = [
      ["report", send("POST", "/api/v1/reports", undefined, { memorial_id: memorialId, kind: "error", message: `Wrong date\u0000` }), "message"],
      ["submitter's message", send("POST", `/api/v1/submissions/${revision.id}/messages`, revision.submitter.cookie, { body: hidden }), "body"],
      ["moderator's message", send("POST", `/api/v1/moderation/revisions/${revision.id}/messages`, moderator.cookie, { body: "See \uDC00" }), "body"],
      ["decision reason", send("POST", `/api/v1/moderation/revisions/${revision.id}/decision`, moderator.cookie, { action: "reject", version: 1, reason: "\u202Edesrever" }), "reason"],
      ["withholding reason", send("POST", `/api/v1/moderation/memorials/${memorialId}/withhold`, moderator.cookie, { version: 1, reason: "Family\u0007" }), "reason"],
    ];
    for (const [what, pending, path] of answers) {
      const answer = await pending;
      expect(answer.status, what).toBe(422);
      expect(paths(answer), what).toEqual([path]);
    }
    expect((await (await request(`/api/v1/memorials/${memorialId}`)).json())).toMatchObject({ id: memorialId });
  });

  it("in a media rejection reason and an import's citation", async () => {
    const moderator = await signIn("moderator");
    const contributor = await signIn();
    const file = await uploadOk(contributor.cookie, plainJpeg(), "scan.jpg");
    const reject = await send("POST", `/api/v1/moderation/media/${file.id}/reject`, moderator.cookie, { reason: "\u0000" });
    expect(reject.status).toBe(422);
    expect(paths(reject)).toEqual(["reason"]);

    const form = new FormData();
    form.set("file", new File([new TextEncoder().encode("Name\r\nAnna\r\n")], "list.csv"));
    const job = (await (await request("/api/v1/imports", { method: "POST", body: form, cookie: contributor.cookie })).json()) as { id: string };
    const mapping = await send("PUT", `/api/v1/imports/${job.id}/mapping`, contributor.cookie, { columns: { name: 0 }, source: { kind: "book", citation: "\uFEFF\u200B" } });
    expect(mapping.status).toBe(422);
    expect(paths(mapping)).toEqual(["source.citation"]);
  });

  it("in HTML forms: the message in the reader's language next to the field, the input kept", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await postForm(`/memorials/${slug}/report?lang=de`, { kind: "error", message: "\u200B\u200B" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Hier stehen nur unsichtbare Zeichen.");
    expect(html).toContain("\u200B\u200B</textarea>");

    // The submission form: the step is saved as typed, the message stands at the field in Russian.
    const user = await signIn();
    const id = await startDraft(user, "Konrad Unsichtbar");
    const step = await saveStep(user, id, "fate", { "events.0.type": "arrest", "events.0.date": "1937", "events.0.place": "Mos\u200Bkau" }, "continue", "ru");
    expect(step.status).toBe(422);
    const form = await step.text();
    expect(form).toContain("В тексте есть невидимый или управляющий символ");
    expect(form).toContain('value="Mos\u200Bkau"');
  });
});

describe("text the archive keeps", () => {
  it("names in every script, with points and joiners, survive submission, approval and the API unchanged", async () => {
    const contributor = await signIn();
    const moderator: TestUser = await signIn("moderator");
    const doc = zuckerDocument();
    doc.names = LEGITIMATE_NAMES.map((display, i) => ({ ...(i === 0 ? { primary: true } : {}), kind: i === 0 ? "other" : "spelling_variant", display }));
    doc.biography = { en: "Erste Zeile\n\tzweite Zeile mit Sil\u00ADben\u200Btrennung.", he: "מאַקס\u200Fצוקער" };
    const sent = await send("POST", "/api/v1/submissions", contributor.cookie, submission(doc, "Line one\r\nline two"));
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const { id } = sent.body as unknown as { id: string };
    const decided = (await (await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "approve", version: 1 } })).json()) as { memorial_id: string };
    const published = (await (await request(`/api/v1/memorials/${decided.memorial_id}`)).json()) as { document: { names: Array<{ display: string }>; biography: unknown } };
    expect(published.document.names.map((n) => n.display)).toEqual(LEGITIMATE_NAMES);
    expect(published.document.biography).toEqual(doc.biography);
  });
});
