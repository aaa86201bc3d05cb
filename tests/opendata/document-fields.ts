/**
 * The person document's fields, read from its zod schema (so a field added there is a field
 * here), and a way to see which of them a format's code reads: the document is wrapped in a
 * Proxy that notes every field path touched. A date or a place is one field where it stands
 * (`events[].date`) and has its own parts (`date.edtf`, `place.country`) listed once.
 */
import type { z } from "zod";
import { dateValue, personDocumentSchema, place, type PersonDocument, type PersonDocumentInput } from "../../src/domain/person-document";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Shared structures listed once by their own name: where they stand they are one field. */
const UNITS = new Map<z.ZodType, string>([
  [dateValue, "date"],
  [place, "place"],
]);

function walk(schema: z.ZodType, path: string, out: string[], units: Map<string, string>): void {
  const unit = UNITS.get(schema);
  if (unit && path !== unit) {
    out.push(path);
    units.set(path, unit);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
    case "prefault":
      return walk(def.innerType!, path, out, units);
    case "pipe":
      return walk(def.in!, path, out, units);
    case "object":
      for (const [key, value] of Object.entries(def.shape!)) walk(value, path ? `${path}.${key}` : key, out, units);
      return;
    case "array":
      return walk(def.element!, `${path}[]`, out, units);
    default:
      // Strings, numbers, enums, and texts in several languages (records) are one field each.
      out.push(path);
  }
}

/** Every field of the person document, in the schema's order, then the parts of a date and a place. */
export function documentFields(): { fields: string[]; units: Map<string, string> } {
  const fields: string[] = [];
  const units = new Map<string, string>();
  walk(personDocumentSchema, "", fields, units);
  for (const [schema, name] of UNITS) walk(schema, name, fields, units);
  return { fields, units };
}

/**
 * The document wrapped so that every field read is noted (as its field path, `[]` for list
 * items), and the set of fields read so far. Reading a date's or a place's parts notes both
 * the field where it stands and the part (`events[].date` and `date.edtf`).
 */
export function tracked(document: PersonDocument): { document: PersonDocument; read: Set<string> } {
  const { fields, units } = documentFields();
  const known = new Set(fields);
  const read = new Set<string>();
  const note = (path: string) => {
    if (known.has(path)) read.add(path);
    const dot = path.lastIndexOf(".");
    const unit = dot > 0 ? units.get(path.slice(0, dot)) : undefined;
    if (unit) read.add(`${unit}.${path.slice(dot + 1)}`);
  };
  // One proxy per object, so that code comparing items by identity (indexOf, Map keys) still can.
  const proxies = new WeakMap<object, unknown>();
  const wrap = (value: unknown, path: string): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (!proxies.has(value)) proxies.set(value, proxyOf(value, path));
    return proxies.get(value);
  };
  const proxyOf = (value: object, path: string): unknown =>
    new Proxy(value, {
      get(target, key, receiver) {
        const found = Reflect.get(target, key, receiver) as unknown;
        if (typeof key === "symbol") return found;
        if (Array.isArray(target)) {
          if (!/^\d+$/.test(key)) return found;
          note(`${path}[]`);
          return wrap(found, `${path}[]`);
        }
        const child = path ? `${path}.${key}` : key;
        note(child);
        // A text in several languages is one field: its languages are not fields of their own.
        return known.has(child) && !units.has(child) && typeof found === "object" && !Array.isArray(found) ? found : wrap(found, child);
      },
    });
  return { document: wrap(document, "") as PersonDocument, read };
}

/** A document with every field filled, so that whatever a format keeps shows up in its reads. */
export function completeDocument(relative: string): PersonDocumentInput {
  const date = { edtf: "1937-11-03", text: "3 November 1937", calendar: "gregorian" as const };
  const fullPlace = { name: "Tomsk", modern_name: "Tomsk", country: "RU", lat: 56.5, lon: 84.97, precision: "town" as const, geonames_id: "1489425", wikidata_id: "Q4023" };
  return {
    names: [
      { primary: true, kind: "birth", display: "Max Zucker", given: "Max", patronymic: "Iwanowitsch", family: "Zucker", script: "Latn", lang: "de", note: "As in the birth register.", certainty: "documented", sources: ["s1"] },
      { kind: "transliteration", display: "Макс Цуккер", script: "Cyrl", lang: "ru", sources: ["s1"] },
    ],
    sex: "male",
    events: [
      { type: "birth", date: { edtf: "1890" }, place: fullPlace, sources: ["s1"] },
      { type: "arrest", date, place: fullPlace, description: { en: "Arrested at work.", de: "Bei der Arbeit verhaftet." }, agency: "nkvd", agency_note: "Tomsk city department", charge: "Article 58-6 (espionage)", certainty: "documented", sources: ["s1"] },
      { type: "sentence", date: { edtf: "1938-01" }, sentencing_body: "troika", sentence: "Eight years of camp", charge: "Article 58-10", sources: ["s1"] },
      { type: "handover", date: { edtf: "1940-02" }, place: { name: "Brest-Litowsk" }, sources: ["s1"] },
      {
        type: "death",
        date: { edtf: "1941-10-23" },
        place: { name: "Warsaw" },
        certainty: "disputed",
        sources: ["s1"],
        alternatives: [
          { date: { edtf: "1942" }, place: { name: "Łódź" }, description: { en: "A later list." }, sources: ["s2"] },
          { status: "refuted", date: { edtf: "1939" }, note: { en: "He was still writing letters in 1940." }, sources: ["s2"] },
        ],
      },
    ],
    biography: { en: "Max Zucker fled Berlin.", de: "Max Zucker floh aus Berlin." },
    sources: [
      {
        id: "s1",
        kind: "archive",
        citation: "GARF, f. 10035, op. 1, d. P-54560, l. 3.",
        title: "Investigation file",
        author: "NKVD Tomsk",
        year: "1937",
        archive: "GARF",
        fond: "10035",
        opis: "1",
        delo: "P-54560",
        list: "3",
        url: "https://example.org/file",
        page: "3",
        lang: "ru",
        note: "Copy held by the family.",
      },
      { id: "s2", kind: "book", citation: "A later list of victims." },
    ],
    relations: [
      { type: "spouse", memorial_id: relative, name: "Anna Zucker", note: { en: "Married 1925." }, certainty: "documented", sources: ["s1"] },
      { type: "sibling", name: "Karl Zucker" },
    ],
    markers: [
      {
        kind: "stolperstein",
        inscription: "Hier wohnte Max Zucker",
        address: "Heinrich-Dernburg-Straße 5",
        place: { name: "Berlin", country: "DE" },
        installed: { edtf: "2012-05-04" },
        note: { en: "Laid by the school." },
        media_id: "med_marker000001",
        certainty: "documented",
        sources: ["s1"],
      },
    ],
    media: [
      { id: "med_portrait0001", caption: { en: "Portrait, 1935." }, credit: "Family Zucker", date: { edtf: "1935" }, source: "Family album", licence: "CC-BY-4.0", rights_confirmed: true },
    ],
    external_ids: [{ scheme: "wikidata", value: "Q1", url: "https://www.wikidata.org/wiki/Q1" }],
    persecuted_by: ["soviet", "nazi"],
    persecution_grounds: ["political", "jewish"],
    nationalities: ["German"],
    organisations: ["KPD"],
  };
}
