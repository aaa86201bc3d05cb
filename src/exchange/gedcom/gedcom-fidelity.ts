/**
 * Export → import without loss. The standard structures carry what GEDCOM can say; this pass
 * reads the file back with the archive's own import (src/exchange/imports/gedcom-file.ts) and, wherever a
 * part of a document would not come back as it is, adds the archive's extension `_ZEUGNIS` to
 * the structure holding that part: a JSON object of the fields that differ, by the person
 * document's own keys (null: "not in the document"). First per part (a source, a name, an event,
 * a relation, a marker, an id), then what still differs for the whole person (order of names,
 * files, …) on the INDI record. Sources keep their keys in standard GEDCOM (REFN), so what the
 * parts cite is right from the start. The reader of the file is the very code an import runs,
 * so what this pass leaves out cannot be lost.
 */
import { EXTENSION_TAG } from "../imports/gedcom-records";
import { readGedcomText } from "../imports/gedcom-file";
import { personDocumentSchema, type PersonDocument, type PersonDocumentInput } from "../../domain/person-document";
import type { PersonParts } from "./gedcom-person";
import { s, serialize, type Structure } from "./gedcom-tree";

export interface ExportedPerson {
  xref: string;
  indi: Structure;
  parts: PersonParts;
  /** The SOUR records of the document's sources, in its order. */
  sources: Structure[];
  document: PersonDocument;
}

/** A value with its object keys sorted and undefined left out, as JSON: equal means equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A document read back, with the defaults a submission would fill in. */
export function normalised(doc: PersonDocumentInput): Record<string, unknown> {
  const parsed = personDocumentSchema.safeParse(doc);
  return (parsed.success ? parsed.data : doc) as Record<string, unknown>;
}

/** The keys of `want` (and of `got`) whose values differ, as an extension: null where `want` has none. */
function difference(want: Record<string, unknown>, got: Record<string, unknown> | undefined): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(want), ...Object.keys(got ?? {})])) {
    if (canonical(want[key]) !== canonical(got?.[key])) out[key] = want[key] === undefined ? null : want[key];
  }
  return Object.keys(out).length ? out : null;
}

function extend(structure: Structure, fields: Record<string, unknown>): void {
  const existing = structure.children.find((c) => c.tag === EXTENSION_TAG);
  const merged = { ...(existing ? (JSON.parse(existing.value ?? "{}") as Record<string, unknown>) : {}), ...fields };
  const ext = s(EXTENSION_TAG, JSON.stringify(merged));
  if (existing) structure.children[structure.children.indexOf(existing)] = ext;
  else structure.children.push(ext);
}

const PART_LISTS = ["events", "relations", "markers", "external_ids"] as const;

export async function addFidelity(records: Structure[], people: ExportedPerson[], options: { memorialBase: string }): Promise<void> {
  // Compared as the import builds them, before validation: validation only trims and fills in
  // defaults, which a document that is already valid has, so "equal" here is equal once stored.
  const readBack = async () => {
    const file = await readGedcomText(serialize(records), { memorialBase: options.memorialBase });
    return new Map(file.people.map((p) => [p.xref ?? "", p.built.document as Record<string, unknown>]));
  };
  const partsOf = (person: ExportedPerson, got: Record<string, unknown>): Array<[Array<Record<string, unknown>>, unknown, Structure[]]> => {
    const want = person.document as unknown as Record<string, unknown>;
    const names = want.names as Array<Record<string, unknown>>;
    return [
      [want.sources as Array<Record<string, unknown>>, got.sources, person.sources],
      [person.parts.nameOrder.map((i) => names[i]!), got.names, person.parts.names],
      ...PART_LISTS.map((key) => [want[key] as Array<Record<string, unknown>>, got[key], person.parts[key]] as [Array<Record<string, unknown>>, unknown, Structure[]]),
    ];
  };
  let read = await readBack();
  const differing = people.filter((person) => difference(person.document as unknown as Record<string, unknown>, read.get(person.xref)));
  let extended = false;
  for (const person of differing) {
    const got = read.get(person.xref);
    if (!got) continue;
    for (const [wanted, gotten, structures] of partsOf(person, got)) {
      if (!Array.isArray(gotten) || gotten.length !== wanted.length) continue;
      wanted.forEach((item, i) => {
        const fields = difference(item, gotten[i] as Record<string, unknown>);
        if (fields) {
          extend(structures[i]!, fields);
          extended = true;
        }
      });
    }
  }
  // What the parts' extensions did not settle (order, files, a list of another length), for the whole person.
  if (extended) read = await readBack();
  for (const person of differing) {
    const fields = difference(person.document as unknown as Record<string, unknown>, read.get(person.xref));
    if (fields) extend(person.indi, fields);
  }
}
