/**
 * Hostile strings packed into every free-text field of a person document. Each field takes as
 * many strings as fit its length limit (separated by " ¦ "), so every string passes through
 * every field of at least 300 characters across the documents; shorter fields (year, fond,
 * page, nationality …) take the strings that fit them, in turn.
 */
import type { PersonDocumentInput } from "../../../src/domain/person-document";
import { textProblem } from "../../../src/domain/text-rules";

export interface TextField {
  name: string;
  max: number;
  /** Rendered as Markdown: checked for scripts, not for literal text. */
  markdown?: boolean;
  /** No page shows it (a source's year is kept in the document only): checked for scripts only. */
  hidden?: boolean;
  /** Text over several lines (notes, descriptions, citations): src/domain/text-rules.ts allows more there. */
  multiline: boolean;
  set(doc: PersonDocumentInput, value: string): void;
}

type Doc = PersonDocumentInput & { events: NonNullable<PersonDocumentInput["events"]>; sources: NonNullable<PersonDocumentInput["sources"]> };

export function skeleton(): Doc {
  return {
    names: [{ primary: true, kind: "birth", display: "x" }, { kind: "alias", display: "x" }],
    sex: "unknown",
    events: [
      { type: "arrest", date: { edtf: "1937-11" }, place: { name: "x", country: "RU", lat: 55.75, lon: 37.61 }, sources: ["s1"] },
      { type: "handover", date: { edtf: "1940-02-08" }, place: { name: "x", country: "BY", lat: 52.09, lon: 23.73 }, sources: ["s1"] },
      { type: "camp", date: { edtf: "1940/1945" }, place: { name: "x" }, certainty: "disputed", sources: ["s1"], alternatives: [{ place: { name: "x" }, sources: ["s1"] }] },
      { type: "death", date: { edtf: "1941" }, place: { name: "x" }, sources: ["s1"] },
    ],
    sources: [{ id: "s1", kind: "archive", citation: "x" }],
    relations: [{ type: "sibling", name: "x" }],
    markers: [{ kind: "stolperstein", place: { name: "x", lat: 52.5, lon: 13.4 }, sources: ["s1"] }],
    external_ids: [{ scheme: "other", value: "x" }],
  };
}

const d = (doc: PersonDocumentInput) => doc as Doc;
// The schema's multi-line fields are exactly those of 2,000 characters or more.
const f = (name: string, max: number, set: (doc: Doc, value: string) => void, markdown = false, hidden = false): TextField => ({ name, max, markdown, hidden, multiline: max >= 2000, set: (doc, v) => set(d(doc), v) });

export const FIELDS: TextField[] = [
  f("names.0.display", 300, (x, v) => (x.names[0]!.display = v)),
  f("names.0.given", 300, (x, v) => (x.names[0]!.given = v)),
  f("names.0.patronymic", 300, (x, v) => (x.names[0]!.patronymic = v)),
  f("names.0.family", 300, (x, v) => (x.names[0]!.family = v)),
  f("names.0.note", 5000, (x, v) => (x.names[0]!.note = v)),
  f("names.1.display", 300, (x, v) => (x.names[1]!.display = v)),
  f("events.0.date.text", 300, (x, v) => (x.events[0]!.date!.text = v)),
  f("events.0.place.name", 300, (x, v) => (x.events[0]!.place!.name = v)),
  f("events.0.place.modern_name", 300, (x, v) => (x.events[0]!.place!.modern_name = v)),
  f("events.0.agency_note", 300, (x, v) => (x.events[0]!.agency_note = v)),
  f("events.0.charge", 300, (x, v) => (x.events[0]!.charge = v)),
  f("events.0.description.en", 5000, (x, v) => (x.events[0]!.description = { ...x.events[0]!.description, en: v })),
  f("events.0.description.de", 5000, (x, v) => (x.events[0]!.description = { ...x.events[0]!.description, de: v })),
  f("events.0.description.ru", 5000, (x, v) => (x.events[0]!.description = { ...x.events[0]!.description, ru: v })),
  f("events.1.place.name", 300, (x, v) => (x.events[1]!.place!.name = v)),
  f("events.2.place.name", 300, (x, v) => (x.events[2]!.place!.name = v)),
  f("events.2.alternatives.0.place.name", 300, (x, v) => (x.events[2]!.alternatives![0]!.place!.name = v)),
  f("events.2.alternatives.0.description.en", 5000, (x, v) => (x.events[2]!.alternatives![0]!.description = { en: v })),
  f("events.3.place.name", 300, (x, v) => (x.events[3]!.place!.name = v)),
  f("biography.en", 30000, (x, v) => (x.biography = { ...x.biography, en: v }), true),
  f("biography.de", 30000, (x, v) => (x.biography = { ...x.biography, de: v }), true),
  f("biography.ru", 30000, (x, v) => (x.biography = { ...x.biography, ru: v }), true),
  f("sources.0.citation", 2000, (x, v) => (x.sources[0]!.citation = v)),
  f("sources.0.title", 300, (x, v) => (x.sources[0]!.title = v)),
  f("sources.0.author", 300, (x, v) => (x.sources[0]!.author = v)),
  f("sources.0.archive", 300, (x, v) => (x.sources[0]!.archive = v)),
  f("sources.0.note", 5000, (x, v) => (x.sources[0]!.note = v)),
  f("sources.0.year", 20, (x, v) => (x.sources[0]!.year = v), false, true),
  f("sources.0.fond", 40, (x, v) => (x.sources[0]!.fond = v)),
  f("sources.0.opis", 40, (x, v) => (x.sources[0]!.opis = v)),
  f("sources.0.delo", 40, (x, v) => (x.sources[0]!.delo = v)),
  f("sources.0.list", 40, (x, v) => (x.sources[0]!.list = v)),
  f("sources.0.page", 60, (x, v) => (x.sources[0]!.page = v)),
  f("relations.0.name", 300, (x, v) => (x.relations![0]!.name = v)),
  f("relations.0.note.en", 5000, (x, v) => (x.relations![0]!.note = { en: v })),
  f("markers.0.inscription", 5000, (x, v) => (x.markers![0]!.inscription = v)),
  f("markers.0.address", 300, (x, v) => (x.markers![0]!.address = v)),
  f("markers.0.place.name", 300, (x, v) => (x.markers![0]!.place!.name = v)),
  f("markers.0.note.en", 5000, (x, v) => (x.markers![0]!.note = { en: v })),
  f("external_ids.0.value", 100, (x, v) => (x.external_ids![0]!.value = v)),
  f("nationalities.0", 100, (x, v) => (x.nationalities = [v])),
  f("organisations.0", 300, (x, v) => (x.organisations = [v])),
];

export const SEPARATOR = " ¦ ";

/** The strings in chunks that fit `max`; each chunk starts with the separator so it is never blank. */
export function chunksFor(strings: string[], max: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const s of strings) {
    const cost = SEPARATOR.length + s.length;
    if (cost > max) continue;
    if (length + cost > max) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(s);
    length += cost;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export const joinChunk = (chunk: string[]) => chunk.map((s) => `${SEPARATOR}${s}`).join("");

/**
 * Whether a field takes a string anywhere in a chunk (between separators). The archive refuses
 * control characters everywhere but tab and line breaks in multi-line text, and invisible
 * formatting characters in one-line text (src/domain/text-rules.ts); those strings are sent apart,
 * to be refused.
 */
export const acceptedBy = (field: Pick<TextField, "multiline">) => (s: string) =>
  textProblem(joinChunk([s, "¦"]).trim(), field.multiline ? "multiline" : "line") === undefined;
