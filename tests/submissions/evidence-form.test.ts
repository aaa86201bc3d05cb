/**
 * A descendant enters what the evidence model holds through the web form, without JavaScript:
 * who acted, a Soviet verdict's charge and sentence, how sure they are, another version with its
 * source (a disagreement, a spelling, a refuted version with why), a link to another memorial with
 * its certainty, and a marker's position with its precision. Mistakes come back next to the field,
 * with what was typed kept.
 */
import { describe, expect, it } from "vitest";
import { signIn } from "../helpers/users";
import { location, page, saveStep, startDraft } from "./form-helpers";
import { revisionRow } from "./submission-helpers";

const doc = async (id: string) => JSON.parse((await revisionRow(id))!.document);

async function draftWithTwoEvents() {
  const user = await signIn();
  const id = await startDraft(user, "Arnold Klein");
  await saveStep(user, id, "person", { "names.0.given": "Arnold", "names.0.family": "Klein" });
  await saveStep(user, id, "fate", {
    "events.0.type": "arrest",
    "events.0.date": "1938-03-08",
    "events.0.agency": "nkvd",
    "events.0.charge": "Trotskyism",
  });
  await saveStep(user, id, "fate", { "events.1.type": "camp", "events.1.place": "Ravensbrück" });
  return { user, id };
}

describe("the evidence in the submission form", () => {
  it("keeps who acted and the charge as the file states it", async () => {
    const { id } = await draftWithTwoEvents();
    expect((await doc(id)).events[0]).toMatchObject({ type: "arrest", agency: "nkvd", charge: "Trotskyism" });
  });

  it("takes how sure the submitter is and a spelling variant with its source", async () => {
    const { user, id } = await draftWithTwoEvents();
    const res = await saveStep(user, id, "sources", {
      "sources.0.kind": "memoir",
      "sources.0.citation": "Margarete Buber-Neumann, Under Two Dictators",
      "events.0.src.s1": "on",
      "events.0.certainty": "probable",
      "events.1.src.s1": "on",
      "events.1.alt.status": "spelling_variant",
      "events.1.alt.place": "Ravensburg",
      "events.1.alt.source": "s1",
    });
    expect(location(res)).toBe(`/submit/${id}/relations`);
    const events = (await doc(id)).events;
    expect(events[0]).toMatchObject({ certainty: "probable", sources: ["s1"] });
    expect(events[1]).toMatchObject({
      certainty: "documented",
      alternatives: [{ status: "spelling_variant", place: { name: "Ravensburg" }, sources: ["s1"] }],
    });
  });

  it("makes a fact disputed when the submitter gives another source's version", async () => {
    const { user, id } = await draftWithTwoEvents();
    await saveStep(user, id, "sources", {
      "sources.0.kind": "press",
      "sources.0.citation": "Gestapo and NKVD",
      "events.1.src.s1": "on",
      "events.1.alt.text": "Held in Lublin first.",
      "events.1.alt.source": "s1",
    });
    expect((await doc(id)).events[1]).toMatchObject({ certainty: "disputed", alternatives: [{ status: "other_version", sources: ["s1"] }] });
  });

  it("asks why a version is refuted, next to the event, keeping what was typed", async () => {
    const { user, id } = await draftWithTwoEvents();
    await saveStep(user, id, "sources", {
      "sources.0.kind": "perpetrator_record",
      "sources.0.citation": "NKVD file",
      "events.0.src.s1": "on",
      "events.1.src.s1": "on",
      "events.1.alt.status": "refuted",
      "events.1.alt.text": "Died of illness in 1942.",
      "events.1.alt.source": "s1",
    });
    const checked = await page(`/submit/${id}/sources?check=1`, user);
    expect(checked).toContain("Died of illness in 1942.");
    expect(checked).toMatch(/id="f-events-1-sources"[\s\S]{0,200}Please say why the sources prove this version false\./);
  });

  it("links a relation to a memorial by its pasted permanent link, with a certainty", async () => {
    const { user, id } = await draftWithTwoEvents();
    await saveStep(user, id, "relations", {
      "relations.0.type": "possibly_same_as",
      "relations.0.name": "Bloch",
      "relations.0.memorial": "https://zeugnis.test/memorials/mem_ue2v45lc7kj2nzln",
      "relations.0.certainty": "unknown",
    });
    expect((await doc(id)).relations).toEqual([
      { type: "possibly_same_as", name: "Bloch", memorial_id: "mem_ue2v45lc7kj2nzln", certainty: "unknown" },
    ]);
    expect(await page(`/submit/${id}/relations`, user)).toContain('data-search="memorials"');
  });

  it("places a marker by its position and says how precise it is; an unreadable position is reported", async () => {
    const { user, id } = await draftWithTwoEvents();
    await saveStep(user, id, "markers", {
      "markers.0.kind": "plaque",
      "markers.0.place": "West Berlin",
      "markers.0.position": "52.4996, 13.2939",
      "markers.0.precision": "street",
    });
    expect((await doc(id)).markers[0].place).toEqual({ name: "West Berlin", lat: 52.4996, lon: 13.2939, precision: "street" });
    await saveStep(user, id, "markers", { "markers.0.position": "near the church" });
    const html = await page(`/submit/${id}/markers?check=1`, user);
    expect(html).toContain('value="near the church"');
    expect(html).toMatch(/class="field__error" id="f-markers-0-position-error"/);
  });

  it("speaks German and Russian in the new fields", async () => {
    const { user, id } = await draftWithTwoEvents();
    expect(await page(`/submit/${id}/fate?lang=de`, user)).toContain("Wer handelte");
    expect(await page(`/submit/${id}/sources?lang=ru`, user)).toContain("Насколько вы уверены?");
  });
});
