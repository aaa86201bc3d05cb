/**
 * Seed relations → relations, seed memorials → markers.
 *
 * A relative who has a demo memorial is linked by `memorial_id` (and keeps the name for display);
 * anyone else is named. A relative the texts do not name ("(unnamed son)") is "N. N.", the
 * historians' sign for an unknown name, whatever the page's language; the note says who it is.
 * Seed types outside the schema ("fellow prisoner", "brother-in-law" …) become `other`, with the
 * seed's wording in the note.
 */
import type { Marker, Relation } from "../../src/domain/person-document";
import type { SeedPerson } from "./seed-types";
import { expandFileMentions, sourceId } from "./sources";
import { localized, type Text2 } from "./texts/types";

const TYPES: Record<string, Relation["type"]> = {
  spouse: "spouse",
  parent: "parent",
  child: "child",
  sibling: "sibling",
  cellmate: "cellmate",
  "co-defendant": "co_defendant",
};

/** Seed wording of relation types outside the schema, as a readable note. */
const OTHER_WORDING: Record<string, Text2> = {
  "fellow prisoner (Greek prison photo)": [
    "Fellow prisoner, photographed together in a Greek prison in the early 1930s",
    "Mithäftling, gemeinsam in einem griechischen Gefängnis fotografiert (frühe 1930er-Jahre)",
  ],
  "fellow prisoner": ["Fellow prisoner", "Mithäftling"],
  "fellow deportee": ["Deported on the same transport", "Im selben Transport deportiert"],
  employee: ["Worked for this person", "Arbeitete für diese Person"],
  employer: ["Employed this person", "Arbeitgeber dieser Person"],
  "brother-in-law": ["Brother-in-law", "Schwager"],
  "son-in-law of": ["Son-in-law of this person", "Schwiegersohn dieser Person"],
};

const HIRSCH_SECRETARY: Text2 = [
  "Hirsch had been Thälmann's secretary.",
  "Hirsch war früher im Sekretariat Thälmanns tätig.",
];

/** Notes written by hand where the seed's wording would read badly on a memorial page. */
const NOTE_OVERRIDES: Record<string, Text2> = {
  "margarete-buber-neumann#0": [
    "De Jong calls them partners; the other texts call her his wife.",
    "De Jong nennt sie Lebensgefährten; die anderen Texte nennen sie seine Frau.",
  ],
  "grigory-zinoviev#0": [
    "Both confessed at the first Moscow trial, according to Vaillant-Couturier as quoted by Rogovin.",
    "Beide gestanden im ersten Moskauer Prozess, so Vaillant-Couturier nach Rogovin.",
  ],
  "ernst-thaelmann#0": HIRSCH_SECRETARY,
  "hirsch#0": HIRSCH_SECRETARY,
  "walter-held#2": ["Held was Trotsky's secretary.", "Held war Trotzkis Sekretär."],
  "wolfgang-salus#0": ["Salus was Trotsky's secretary.", "Salus war Trotzkis Sekretär."],
  "paolo-robotti#0": ["Robotti was Togliatti's son-in-law.", "Robotti war Togliattis Schwiegersohn."],
  "hugo-eberlein#0": [
    "His letter to her was later found in the NKVD archives.",
    "Sein Brief an sie fand sich später in den NKWD-Archiven.",
  ],
  "max-zucker#0": ["He lived in the Soviet Union.", "Er lebte in der Sowjetunion."],
  "walter-held#1": ["She died in prison.", "Sie starb in der Haft."],
};

/** The seed explains why a relative has no memorial; a memorial page does not need to say so. */
const withoutEditorialClause = (note: string) =>
  note.replace(/;\s*(?:\w+ is )?not a victim in the texts$/, "");

const refs = (files: string[]): string[] => [...new Set(files.map(sourceId))].sort();

/** The historians' sign for a name the sources do not give (nomen nescio). */
export const UNKNOWN_NAME = "N. N.";

/** Whose name the texts do not give, by the seed's placeholder; one missing here stops the converter. */
const UNNAMED: Record<string, Text2> = {
  "(unnamed wife)": ["The texts do not give her name.", "Die Texte nennen ihren Namen nicht."],
  "(unnamed son)": ["The texts do not give his name.", "Die Texte nennen seinen Namen nicht."],
  "(unnamed three-year-old daughter)": [
    "His three-year-old daughter; the texts do not give her name.",
    "Seine dreijährige Tochter; die Texte nennen ihren Namen nicht.",
  ],
};

/** @example unnamedRelative("(unnamed son)")?.[0] === "The texts do not give his name." */
export function unnamedRelative(name: string): Text2 | undefined {
  if (!/^\(unnamed .+\)$/.test(name)) return undefined;
  const note = UNNAMED[name];
  if (!note) throw new Error(`No wording for the unnamed relative "${name}" in relations.ts`);
  return note;
}

export function buildRelations(
  person: SeedPerson,
  memorialIds: ReadonlyMap<string, string>,
): Relation[] {
  return person.relations.map((r, i) => {
    const type = TYPES[r.type] ?? "other";
    const wording = type === "other" ? OTHER_WORDING[r.type] : undefined;
    if (type === "other" && !wording) throw new Error(`${person.id}: no wording for relation "${r.type}"`);
    const seedNote = r.note ? withoutEditorialClause(expandFileMentions(r.note)) : undefined;
    const note: Text2 | undefined = NOTE_OVERRIDES[`${person.id}#${i}`] ?? (wording
      ? seedNote
        ? [`${wording[0]}: ${seedNote}.`]
        : [`${wording[0]}.`, `${wording[1]}.`]
      : seedNote
        ? [`${seedNote[0]!.toUpperCase()}${seedNote.slice(1)}.`]
        : undefined);
    const memorialId = r.person_id ? memorialIds.get(r.person_id) : undefined;
    const unnamed = unnamedRelative(r.name);
    const fullNote = unnamed && note ? joinNotes(unnamed, note) : (unnamed ?? note);
    return {
      type,
      ...(memorialId ? { memorial_id: memorialId } : {}),
      name: unnamed ? UNKNOWN_NAME : r.name,
      ...(fullNote ? { note: localized(fullNote) } : {}),
      sources: refs(r.sources),
    };
  });
}

/** Two notes in one, in German only where both have German. */
function joinNotes(first: Text2, second: Text2): Text2 {
  const en = `${first[0]} ${second[0]}`;
  return first[1] && second[1] ? [en, `${first[1]} ${second[1]}`] : [en];
}

/**
 * Seed memorial places → marker address and place, in the text's own wording; a place missing
 * here stops the converter. No coordinates: the texts give a street, not a point, and a city's
 * centre shown as a plaque's place would claim a precision nobody has.
 */
const MARKER_PLACES: Record<string, Pick<Marker, "address" | "place">> = {
  "Heinrich Dernburg Street, West Berlin": {
    address: "Heinrich Dernburg Street",
    place: { name: "West Berlin", modern_name: "Berlin", country: "DE" },
  },
};

export function buildMarkers(person: SeedPerson, notes: readonly Text2[] = []): Marker[] {
  return person.memorials.map((m, i) => {
    const where = MARKER_PLACES[m.place];
    const note = notes[i];
    if (!where) throw new Error(`${person.id}: no address for memorial place "${m.place}"`);
    if (!note) throw new Error(`${person.id}: no note text for memorial ${i}`);
    // Only the kinds the seed descriptions use; an inscription is never invented.
    const kind: Marker["kind"] = /stolperstein/i.test(m.description)
      ? "stolperstein"
      : /plate|plaque/i.test(m.description)
        ? "plaque"
        : "other";
    return {
      kind,
      ...where,
      note: localized(note),
      sources: refs(m.sources),
    };
  });
}
