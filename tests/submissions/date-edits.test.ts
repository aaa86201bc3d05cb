/**
 * "The words are what the person wrote; the code follows them": edit sequences through the real
 * form routes, as a browser posts them (with or without JavaScript the form posts the same
 * fields: the words, the code field pre-filled with the stored code, and what the page showed).
 */
import { describe, expect, it } from "vitest";
import { postForm, request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishOldMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { formFields, location, page, saveStep, startDraft } from "./form-helpers";
import { revisionRow } from "./submission-helpers";

type Doc = { events: Array<{ type: string; date?: unknown; alternatives?: Array<{ date?: unknown }> }>; markers?: Array<{ installed?: unknown }> };
const doc = async (id: string) => JSON.parse((await revisionRow(id))!.document) as Doc;
const dateOf = async (id: string, type: string) => (await doc(id)).events.find((e) => e.type === type)?.date;

/** Opens a step in `lang`, changes `changes`, and presses "Save and continue". */
async function edit(user: TestUser, id: string, step: string, changes: Record<string, string>, lang = "en") {
  const html = await page(`/submit/${id}/${step}?lang=${lang}`, user);
  return postForm(`/submit/${id}/${step}?lang=${lang}`, { ...formFields(html), ...changes, action: "continue" }, user.cookie);
}

async function draftWithDeath(user: TestUser, words: string, lang: string) {
  const id = await startDraft(user, "Wilhelmine Quastfeld");
  const res = await edit(user, id, "fate", { "events.0.type": "death", "events.0.date": words }, lang);
  expect(res.status).toBe(303);
  return id;
}

describe("a date's code follows its words on every save", () => {
  it.each([
    ["en", ["1890", "probably 1942", "March 1938"], [{ edtf: "1890" }, { edtf: "1942?", text: "probably 1942" }, { edtf: "1938-03", text: "March 1938" }]],
    ["de", ["1890", "wahrscheinlich 1942", "um 1895"], [{ edtf: "1890" }, { edtf: "1942?", text: "wahrscheinlich 1942" }, { edtf: "1895~", text: "um 1895" }]],
    ["ru", ["1890", "вероятно 1942", "в марте 1938 года"], [{ edtf: "1890" }, { edtf: "1942?", text: "вероятно 1942" }, { edtf: "1938-03", text: "в марте 1938 года" }]],
  ])("in %s: write, save, change the words, save, change again", async (lang, words, stored) => {
    const user = await signIn();
    const id = await draftWithDeath(user, words[0]!, lang);
    expect(await dateOf(id, "death")).toEqual(stored[0]);
    for (const i of [1, 2]) {
      const res = await edit(user, id, "fate", { "events.0.date": words[i]! }, lang);
      expect(res.status).toBe(303);
      expect(await dateOf(id, "death")).toEqual(stored[i]);
    }
    // Saving again without touching anything keeps the date exactly as stored.
    await edit(user, id, "fate", {}, lang);
    expect(await dateOf(id, "death")).toEqual(stored[2]);
  });

  it("keeps a code the person typed, and reads the words again once they change them", async () => {
    const user = await signIn();
    const id = await draftWithDeath(user, "wahrscheinlich 1942", "de");
    await edit(user, id, "fate", { "events.0.date_edtf": "1942-05" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942-05", text: "wahrscheinlich 1942" });
    // The code field still shows 1942-05; only the words change.
    await edit(user, id, "fate", { "events.0.date": "1943" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1943" });
    // A code typed over words that were never stored is the whole date.
    await edit(user, id, "fate", { "events.0.date_edtf": "1943~" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1943~" });
  });

  it("asks, in the reader's language, when a typed code contradicts the words", async () => {
    const user = await signIn();
    const id = await draftWithDeath(user, "wahrscheinlich 1942", "de");
    const res = await edit(user, id, "fate", { "events.0.date_edtf": "1890" }, "de");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Die Worte „wahrscheinlich 1942“ und der Datumscode 1890 nennen verschiedene Daten.");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1890", text: "wahrscheinlich 1942" });
    // Emptying the code lets the words decide.
    await edit(user, id, "fate", { "events.0.date_edtf": "" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942?", text: "wahrscheinlich 1942" });
  });

  it("refuses a reversed or two-digit code with a clear message", async () => {
    const user = await signIn();
    const id = await draftWithDeath(user, "1942", "en");
    let res = await edit(user, id, "fate", { "events.0.date": "", "events.0.date_edtf": "1942/1938" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("This date code ends before it starts.");
    res = await edit(user, id, "fate", { "events.0.date_edtf": "42" });
    expect(await res.text()).toContain("EDTF reads “85” as a century.");
  });

  it("keeps new words it cannot read without the old code, and asks to clarify", async () => {
    const user = await signIn();
    const id = await draftWithDeath(user, "1890", "de");
    const res = await edit(user, id, "fate", { "events.0.date": "Frühjahr 37 oder so" }, "de");
    expect(res.status).toBe(422);
    expect(await dateOf(id, "death")).toEqual({ text: "Frühjahr 37 oder so" });
  });

  it("follows the words of a marker's installation date too", async () => {
    const user = await signIn();
    const id = await startDraft(user, "Wilhelmine Quastfeld");
    await edit(user, id, "markers", { "markers.0.kind": "stolperstein", "markers.0.installed": "2011" }, "de");
    await edit(user, id, "markers", { "markers.0.installed": "im Mai 2012" }, "de");
    expect((await doc(id)).markers![0]!.installed).toEqual({ edtf: "2012-05", text: "im Mai 2012" });
  });
});

describe("corrections and revisions follow the words too", () => {
  /** Max Zucker as an earlier version of the archive published him: codes that contradict their words. */
  function storedWrong() {
    const document = zuckerDocument();
    document.events![0]!.date = { edtf: "1937", text: "March 1938" };
    document.events![2]!.date = { edtf: "1890", text: "wahrscheinlich 1942" };
    return document;
  }

  async function send(user: TestUser, id: string) {
    await saveStep(user, id, "submitter", { relationship: "descendant", consent: "yes" });
    const review = await page(`/submit/${id}/review`, user);
    const version = review.match(/name="version" value="(\d+)"/)![1]!;
    return postForm(`/submit/${id}/send`, { version }, user.cookie);
  }

  it("a descendant's correction of a published memorial: stored contradictions give way to the words", async () => {
    const { memorialId } = await publishOldMemorial(storedWrong());
    const user = await signIn();
    const started = await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie);
    const id = location(started).split("/")[2]!;
    await edit(user, id, "fate", {});
    expect(await dateOf(id, "arrest")).toEqual({ edtf: "1938-03", text: "March 1938" });
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942?", text: "wahrscheinlich 1942" });
    await edit(user, id, "fate", { "events.2.date": "23.10.1941" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1941-10-23", text: "23.10.1941" });
    expect(location(await send(user, id))).toBe(`/my/submissions/${id}?sent=1`);
    expect(await revisionRow(id)).toMatchObject({ status: "pending" });
  });

  it("dates no step shows give way to their words too, so the correction can be sent", async () => {
    const document = zuckerDocument();
    document.events![0] = {
      ...document.events![0]!,
      certainty: "disputed",
      alternatives: [{ date: { edtf: "1936", text: "Frühjahr 1938" }, sources: ["s1"] }],
    };
    const { memorialId } = await publishOldMemorial(document);
    const user = await signIn();
    const started = await postForm("/submit/correct", { memorial_id: memorialId }, user.cookie);
    const id = location(started).split("/")[2]!;
    await edit(user, id, "biography", { "biography.en": "Max Zucker fled Berlin in 1933." });
    expect((await doc(id)).events[0]!.alternatives![0]!.date).toEqual({ edtf: "1938-21", text: "Frühjahr 1938" });
    expect(location(await send(user, id))).toBe(`/my/submissions/${id}?sent=1`);
  });

  it("a moderator's correction opened from a report", async () => {
    const { memorialId } = await publishOldMemorial(storedWrong());
    const moderator = await signIn("moderator");
    const report = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "error", message: "He died in 1942, not 1890." } });
    const reportId = ((await report.json()) as { id: string }).id;
    const opened = await postForm(`/moderation/reports/${reportId}/correction`, { version: "1", note: "Death year." }, moderator.cookie);
    const id = location(opened).split("/")[2]!;
    await edit(moderator, id, "fate", { "events.2.date": "около 1942" }, "ru");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942~", text: "около 1942" });
    expect(await dateOf(id, "arrest")).toEqual({ edtf: "1938-03", text: "March 1938" });
  });

  it("a revision sent back with changes requested", async () => {
    const moderator = await signIn("moderator");
    const document = zuckerDocument();
    document.events![2]!.date = { edtf: "1890" };
    const { id, submitter } = await createRevision({ document });
    await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    const asked = await request(`/api/v1/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { action: "request_changes", version: 1, reason: "Is 1890 right?" },
    });
    expect(asked.status).toBe(200);
    await edit(submitter, id, "fate", { "events.2.date": "wahrscheinlich 1942" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942?", text: "wahrscheinlich 1942" });
    await edit(submitter, id, "fate", { "events.2.date": "1942" }, "de");
    expect(await dateOf(id, "death")).toEqual({ edtf: "1942" });
    expect(location(await send(submitter, id))).toBe(`/my/submissions/${id}?sent=1`);
    expect(await revisionRow(id)).toMatchObject({ status: "pending" });
  });
});
