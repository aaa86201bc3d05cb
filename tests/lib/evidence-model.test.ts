/**
 * The evidence a historian needs, as the person document holds it (issue 19): what each source
 * is, how sure each fact is, who acted, why, and which versions the sources refute.
 */
import { describe, expect, it } from "vitest";
import { personDocumentSchema, toFieldErrors, type PersonDocumentInput } from "../../src/domain/person-document";
import { agencyFromText } from "../../src/domain/person-vocabulary";
import { zuckerDocument } from "../helpers/documents";

type Doc = PersonDocumentInput & Record<string, unknown>;

function errorsAfter(mutate: (doc: Doc) => void) {
  const doc = structuredClone(zuckerDocument()) as Doc;
  mutate(doc);
  const result = personDocumentSchema.safeParse(doc);
  return result.success ? [] : toFieldErrors(result.error).map((e) => e.path);
}

const events = (d: PersonDocumentInput) => d.events!;

describe("the evidence behind each fact", () => {
  it("stamps every document with the shape it was written in", () => {
    expect(personDocumentSchema.parse(zuckerDocument()).schema_version).toBe(2);
  });

  it("holds who acted, the charge, the sentencing body and the sentence of a Soviet verdict", () => {
    const errors = errorsAfter((d) => {
      events(d)[0]!.agency = "nkvd";
      events(d).push({
        type: "sentence",
        date: { edtf: "1938-01" },
        agency: "special_board",
        charge: "Article 58-6 (espionage)",
        sentencing_body: "special_board",
        sentence: "5 years of corrective labour camp",
        certainty: "probable",
        sources: ["s1"],
      });
      events(d)[1]!.agency = "german_border_police";
      d.persecution_grounds = ["political", "national_operation"];
    });
    expect(errors).toEqual([]);
  });

  it("keeps a certainty on names, relations and markers, and a possible identity with its certainty", () => {
    const errors = errorsAfter((d) => {
      d.names![1]!.certainty = "probable";
      d.markers![0]!.certainty = "documented";
      d.relations = [{ type: "possibly_same_as", name: "Bloch, a Hungarian Jew deported to Lublin", certainty: "unknown", sources: ["s1"] }];
    });
    expect(errors).toEqual([]);
  });

  it("shows a spelling in one source and a refuted version beside an undisputed fact", () => {
    const errors = errorsAfter((d) => {
      events(d)[2]!.alternatives = [
        { status: "spelling_variant", place: { name: "Ravensburg" }, sources: ["s1"] },
        { status: "refuted", date: { edtf: "1950" }, note: { en: "The certificate was forged." }, sources: ["s1"] },
      ];
    });
    expect(errors).toEqual([]);
  });

  it("records a last known trace where the sources end", () => {
    expect(errorsAfter((d) => events(d).push({ type: "last_trace", date: { edtf: "1940" }, sources: ["s1"] }))).toEqual([]);
  });

  const refused: Array<[string, (d: Doc) => void, string]> = [
    ["an agency outside the vocabulary", (d) => void ((events(d)[0] as Record<string, unknown>).agency = "KGB"), "events.0.agency"],
    ["another agency without its name", (d) => void (events(d)[0]!.agency = "other"), "events.0.agency_note"],
    ["a charge on a death", (d) => void (events(d)[2]!.charge = "Article 58"), "events.2.charge"],
    ["a sentence on an arrest", (d) => void (events(d)[0]!.sentence = "10 years"), "events.0.sentence"],
    ["a refuted version without why", (d) => void (events(d)[2]!.alternatives = [{ status: "refuted", date: { edtf: "1950" }, sources: ["s1"] }]), "events.2.alternatives.0.note"],
    ["a real disagreement on an undisputed fact", (d) => void (events(d)[2]!.alternatives = [{ status: "other_version", date: { edtf: "1942" }, sources: ["s1"] }]), "events.2.certainty"],
    ["a disputed fact with only a spelling variant", (d) => {
      events(d)[2]!.certainty = "disputed";
      events(d)[2]!.alternatives = [{ status: "spelling_variant", place: { name: "Warschau" }, sources: ["s1"] }];
    }, "events.2.alternatives"],
    ["a possible identity stated as documented", (d) => void (d.relations = [{ type: "possibly_same_as", name: "Bloch", certainty: "documented" }]), "relations.0.certainty"],
    ["a ground of persecution outside the vocabulary", (d) => void ((d as Record<string, unknown>).persecution_grounds = ["german"]), "persecution_grounds.0"],
    ["a precision for a place without a point", (d) => void (events(d)[1]!.place = { name: "border", precision: "town" }), "events.1.place.precision"],
    ["a newer shape than this archive knows", (d) => void (d.schema_version = 3 as never), "schema_version"],
  ];

  it.each(refused)("refuses %s, naming the field", (_what, mutate, path) => {
    expect(errorsAfter(mutate)).toContain(path);
  });
});

describe("agency words written before the vocabulary", () => {
  it.each([
    ["NKVD", { agency: "nkvd" }],
    ["the Moscow NKVD", { agency: "nkvd", agency_note: "the Moscow NKVD" }],
    ["Gestapo", { agency: "gestapo" }],
    ["German border guards", { agency: "german_border_police", agency_note: "German border guards" }],
    ["Особое совещание", { agency: "special_board", agency_note: "Особое совещание" }],
    ["Reichsgericht Leipzig", { agency: "other", agency_note: "Reichsgericht Leipzig" }],
  ])("reads %s as a code without losing the words", (words, expected) => {
    expect(agencyFromText(words)).toEqual(expected);
  });
});
