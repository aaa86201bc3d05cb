/**
 * Documents for the "review in words" tests: an entry with every part of the person document
 * filled in, a correction that adds, removes and changes something in every part, one that
 * removes every optional part, and a bare entry that a correction fills in.
 */
import type { PersonDocumentInput } from "../../src/domain/person-document";

const clone = <T>(value: T): T => structuredClone(value);

/** Every part filled in; `relatedMemorialId` is the memorial of a co-defendant. */
export function fullDocument(relatedMemorialId: string): PersonDocumentInput {
  return {
    names: [
      { primary: true, kind: "birth", display: "Erna Bauer", given: "Erna", family: "Bauer", script: "Latn", lang: "de" },
      { kind: "transliteration", display: "Эрна Бауэр", script: "Cyrl", lang: "ru", note: "Name used in the NKVD file.", sources: ["garf"] },
      { kind: "alias", display: "Genossin Erna" },
    ],
    sex: "female",
    events: [
      { type: "arrest", date: { edtf: "1937-03", text: "March 1937" }, place: { name: "Moscow", country: "RU" }, sources: ["garf"] },
      {
        type: "handover",
        date: { edtf: "1940-02" },
        place: { name: "Brest-Litovsk", modern_name: "Brest", country: "BY" },
        description: { en: "Handed over at the bridge." },
        sources: ["garf", "book"],
      },
      { type: "death", date: { edtf: "1890", text: "1890" }, certainty: "family_account" },
      { type: "residence", date: { edtf: "1933" }, place: { name: "Berlin" }, sources: ["book"] },
    ],
    biography: {
      en: "Erna Bauer worked for *Die Rote Fahne* in Berlin.",
      de: "Erna Bauer arbeitete für die **Rote Fahne**.",
    },
    sources: [
      {
        id: "garf",
        kind: "archive",
        citation: "GARF f. 10035, op. 1, d. P-1234",
        title: "NKVD investigation file of Erna Bauer",
        archive: "GARF",
        fond: "10035",
        opis: "1",
        delo: "P-1234",
      },
      { id: "book", kind: "book", citation: "Mensing, Wilhelm: Von der Ruhr in den GULag. Essen 2001.", title: "Von der Ruhr in den GULag", page: "112" },
      { id: "press", kind: "article", citation: "Pravda, 12 March 1937", title: "Pravda article of March 1937" },
    ],
    relations: [
      { type: "spouse", name: "Karl Bauer", sources: ["book"] },
      { type: "co_defendant", memorial_id: relatedMemorialId },
    ],
    markers: [
      {
        kind: "stolperstein",
        address: "Linienstraße 5, Berlin",
        place: { name: "Berlin", country: "DE" },
        installed: { edtf: "2012-05", text: "May 2012" },
        inscription: "Hier wohnte Erna Bauer",
        sources: ["book"],
      },
    ],
    media: [
      {
        id: "med_testfile0001",
        caption: { en: "Erna Bauer in 1935" },
        credit: "Family archive",
        licence: "CC-BY-4.0",
        rights_confirmed: true,
        date: { edtf: "1935~", text: "about 1935" },
      },
    ],
    external_ids: [{ scheme: "memorial_ru", value: "12345" }],
    persecuted_by: ["soviet"],
    nationalities: ["German"],
    organisations: ["KPD"],
  };
}

/** Adds, removes and changes something in every part of `fullDocument`. */
export function everyKindOfChange(published: PersonDocumentInput): PersonDocumentInput {
  const doc = clone(published);
  doc.names = [doc.names![0]!, { ...doc.names![1]!, given: "Эрна", note: "Name as spelt in the NKVD file." }, { kind: "party_name", display: "Grete" }];
  doc.sex = "unknown";
  const [arrest, handover, death] = doc.events!;
  doc.events = [
    { ...arrest!, date: { edtf: "1938-03", text: "March 1938" } },
    { ...handover!, description: { en: "Handed over to the Gestapo at the bridge over the Bug." }, sources: ["garf"] },
    { ...death!, date: { edtf: "1942?", text: "probably 1942" }, sources: ["memo"] },
    { type: "rehabilitation", date: { edtf: "1989" }, sources: ["memo"] },
  ];
  doc.biography = {
    en: "Erna Bauer wrote for *Die Rote Fahne* in Berlin, see [Memorial](https://base.memo.ru).",
    ru: "Эрна Бауэр работала в **Роте Фане**.",
  };
  doc.sources = [
    doc.sources![0]!,
    { ...doc.sources![1]!, page: "113" },
    { id: "memo", kind: "database", citation: "Memorial database of victims of political terror", title: "Victims of political terror", url: "https://base.memo.ru/person/show/1" },
  ];
  doc.relations = [{ ...doc.relations![0]!, note: { en: "Married in 1931." } }, { type: "sibling", name: "Anna Bauer" }];
  doc.markers = [
    { ...doc.markers![0]!, installed: { edtf: "2013", text: "2013" } },
    { kind: "plaque", address: "Karl-Liebknecht-Haus, Berlin", sources: ["book"] },
  ];
  doc.media = [
    { ...doc.media![0]!, caption: { en: "Erna Bauer in Moscow, 1935" } },
    { id: "med_testfile0002", caption: { en: "Her rehabilitation certificate" }, licence: "permission", rights_confirmed: true },
  ];
  doc.external_ids = [{ scheme: "memorial_ru", value: "12346" }, { scheme: "wikidata", value: "Q123456" }];
  doc.persecuted_by = ["soviet", "nazi"];
  doc.nationalities = ["Austrian"];
  doc.organisations = ["KPD", "Comintern"];
  return doc;
}

/** `fullDocument` without any of the parts that may be left out. */
export function everyOptionalPartRemoved(published: PersonDocumentInput): PersonDocumentInput {
  const doc = clone(published);
  doc.names = [doc.names![0]!];
  doc.events = doc.events!.filter((e) => e.type !== "handover");
  doc.sources = doc.sources!.filter((s) => s.id !== "press");
  for (const part of ["sex", "biography", "relations", "markers", "media", "external_ids", "persecuted_by", "nationalities", "organisations"] as const) {
    delete doc[part];
  }
  return doc;
}

/** A bare entry: one name, one event, one source. */
export function bareDocument(): PersonDocumentInput {
  return {
    names: [{ primary: true, kind: "birth", display: "Hans Adler" }],
    events: [{ type: "arrest", date: { edtf: "1937" }, sources: ["s1"] }],
    sources: [{ id: "s1", kind: "book", citation: "Schafranek, Hans: Zwischen NKWD und Gestapo. Frankfurt 1990." }],
  };
}

/** The bare entry with every other part added. */
export function everythingAdded(bare: PersonDocumentInput, relatedMemorialId: string): PersonDocumentInput {
  const full = fullDocument(relatedMemorialId);
  return {
    ...full,
    names: [...bare.names!, { kind: "transliteration", display: "Ганс Адлер", script: "Cyrl", lang: "ru" }],
    events: [...bare.events!, ...full.events!],
    sources: [...bare.sources!, ...full.sources!],
  };
}
