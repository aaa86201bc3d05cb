import { describe, expect, it } from "vitest";
import { personDocumentSchema, toFieldErrors, type PersonDocumentInput } from "../../src/domain/person-document";
import { zuckerDocument } from "../helpers/documents";

type Mutation = (doc: PersonDocumentInput & Record<string, unknown>) => void;

function errorsAfter(mutate: Mutation) {
  const doc = structuredClone(zuckerDocument()) as PersonDocumentInput & Record<string, unknown>;
  mutate(doc);
  const result = personDocumentSchema.safeParse(doc);
  return result.success ? [] : toFieldErrors(result.error);
}

const events = (d: PersonDocumentInput) => d.events!;

describe("the person document", () => {
  it("accepts a complete document and fills in defaults", () => {
    const parsed = personDocumentSchema.parse(zuckerDocument());
    expect(parsed.events[0]!.certainty).toBe("documented");
    expect(parsed.relations).toEqual([]);
  });

  it("accepts uncertain dates with the original wording, a disputed fact and a family account", () => {
    const errors = errorsAfter((d) => {
      events(d).push(
        { type: "birth", date: { edtf: "1890~", text: "about 1890" }, certainty: "family_account" },
        {
          type: "camp",
          place: { name: "Ravensbrück concentration camp" },
          certainty: "disputed",
          sources: ["s1"],
          alternatives: [{ place: { name: "Ravensburg" }, sources: ["s1"] }],
        },
      );
    });
    expect(errors).toEqual([]);
  });

  const invalid: Array<[string, Mutation, string]> = [
    ["no names at all", (d) => void (d.names = []), "names"],
    ["no primary name", (d) => void (d.names![0]!.primary = false), "names"],
    ["two primary names", (d) => void (d.names![1]!.primary = true), "names"],
    ["an unknown name kind", (d) => void ((d.names![1] as Record<string, unknown>).kind = "nickname"), "names.1.kind"],
    ["an empty display name", (d) => void (d.names![0]!.display = "   "), "names.0.display"],
    ["a script that is not ISO 15924", (d) => void (d.names![1]!.script = "cyrillic"), "names.1.script"],
    ["a language that is not BCP 47", (d) => void (d.names![1]!.lang = "Russian"), "names.1.lang"],
    ["an unknown sex", (d) => void ((d as Record<string, unknown>).sex = "f"), "sex"],
    ["an unknown event type", (d) => void ((events(d)[0] as Record<string, unknown>).type = "murder"), "events.0.type"],
    ["a date in words instead of EDTF", (d) => void (events(d)[0]!.date = { edtf: "about 1937" }), "events.0.date.edtf"],
    ["a date that does not exist", (d) => void (events(d)[2]!.date = { edtf: "1941-02-30" }), "events.2.date.edtf"],
    ["an event without a source", (d) => void (events(d)[1]!.sources = []), "events.1.sources"],
    ["a reference to a missing source", (d) => void (events(d)[0]!.sources = ["s9"]), "events.0.sources.0"],
    ["an unknown certainty", (d) => void ((events(d)[0] as Record<string, unknown>).certainty = "likely"), "events.0.certainty"],
    ["a disputed fact without the other version", (d) => void (events(d)[0]!.certainty = "disputed"), "events.0.alternatives"],
    [
      "another version of an undisputed fact",
      (d) => void (events(d)[0]!.alternatives = [{ place: { name: "Leningrad" }, sources: ["s1"] }]),
      "events.0.certainty",
    ],
    ["a latitude without longitude", (d) => void (events(d)[0]!.place = { name: "Moscow", lat: 55.75 }), "events.0.place.lat"],
    ["a latitude out of range", (d) => void (events(d)[0]!.place = { name: "Moscow", lat: 155, lon: 37 }), "events.0.place.lat"],
    ["a three-letter country", (d) => void (events(d)[0]!.place = { name: "Moscow", country: "RUS" }), "events.0.place.country"],
    ["two sources with one id", (d) => void d.sources!.push({ id: "s1", kind: "book", citation: "Another" }), "sources.1.id"],
    ["an unknown source kind", (d) => void ((d.sources![0] as Record<string, unknown>).kind = "rumour"), "sources.0.kind"],
    ["a source without citation", (d) => void (d.sources![0]!.citation = ""), "sources.0.citation"],
    ["a javascript: URL", (d) => void (d.sources![0]!.url = "javascript:alert(1)"), "sources.0.url"],
    ["a relation to nobody", (d) => void (d.relations = [{ type: "spouse" }]), "relations.0.name"],
    ["a relation to a malformed memorial id", (d) => void (d.relations = [{ type: "spouse", memorial_id: "max" }]), "relations.0.memorial_id"],
    ["an unknown marker kind", (d) => void ((d.markers![0] as Record<string, unknown>).kind = "statue"), "markers.0.kind"],
    ["media without confirmed rights", (d) => void (d.media = [{ id: "med_abcdefghij", licence: "CC0-1.0" } as never]), "media.0.rights_confirmed"],
    ["media under an unknown licence", (d) => void (d.media = [{ id: "med_abcdefghij", licence: "MIT", rights_confirmed: true } as never]), "media.0.licence"],
    ["a biography in an unknown language code", (d) => void (d.biography = { German: "Text" }), "biography.German"],
    ["a biography beyond the length limit", (d) => void (d.biography = { en: "x".repeat(30_001) }), "biography.en"],
    ["too many names", (d) => void (d.names = Array.from({ length: 51 }, (_, i) => ({ kind: "alias", display: `N${i}`, primary: i === 0 }))), "names"],
    ["a field the schema does not know", (d) => void (d.nickname = "Maxl"), ""],
    ["an event that is not an object", (d) => void ((d as Record<string, unknown>).events = ["arrest 1937"]), "events.0"],
  ];

  it.each(invalid)("refuses %s, naming the field", (_what, mutate, path) => {
    const errors = errorsAfter(mutate);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(3);
  });

  it("reports every failing field at once, not just the first", () => {
    const errors = errorsAfter((d) => {
      d.names![0]!.display = "";
      events(d)[0]!.date = { edtf: "soon" };
      d.sources![0]!.kind = "rumour" as never;
    });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(["names.0.display", "events.0.date.edtf", "sources.0.kind"]));
  });
});
