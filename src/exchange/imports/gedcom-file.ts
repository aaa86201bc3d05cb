/**
 * A whole GEDCOM text read in memory the way an import job reads it from D1: people as their
 * rows' JSON, other records as the records' JSON, the same lookups and the same document builder.
 * The export reads its own output with it (src/exchange/gedcom/gedcom-fidelity.ts); tests read files.
 */
import { memorialUuid } from "../gedcom/memorial-uid";
import { parseRecords } from "../../codecs/gedcom/parse";
import { gedcomDocument, type BuiltDocument, type GedcomLookup } from "./gedcom-document";
import { displayName, importedPerson, recordData, type ImportedFamily, type ImportedPerson, type ImportedSource } from "./gedcom-records";

export interface ReadPerson {
  xref?: string;
  line: number;
  person: ImportedPerson;
  built: BuiltDocument;
}

export interface ReadFile {
  people: ReadPerson[];
  failure?: { line: number; message: string };
}

const MEMORIAL_ID = /^mem_[a-z0-9]{8,40}$/;

/** The memorial a person's record names as itself (the archive's EXID), if any. */
export function ownMemorialId(person: ImportedPerson, memorialBase: string): string | undefined {
  return person.ids.find((x) => x.tag === "EXID" && x.type === memorialBase && MEMORIAL_ID.test(x.value))?.value;
}

/**
 * @param options.published which memorial ids may be linked (default: all); the import job asks D1.
 */
export async function readGedcomText(text: string, options: { memorialBase: string; published?: (id: string) => boolean }): Promise<ReadFile> {
  const parsed = parseRecords(text.replace(/^\ufeff/, ""), 1);
  // Through JSON, as rows and records are stored.
  const people = parsed.records.filter((r) => r.tag === "INDI").map((r) => ({ xref: r.xref, line: r.line, person: JSON.parse(JSON.stringify(importedPerson(r))) as ImportedPerson }));
  const records = new Map(parsed.records.filter((r) => r.tag !== "INDI" && r.xref).map((r) => [r.xref!, JSON.parse(JSON.stringify(recordData(r) ?? null)) as Record<string, unknown> | null]));
  const uids = new Map<string, string>();
  for (const p of people) {
    const id = ownMemorialId(p.person, options.memorialBase);
    if (id && !uids.has(id)) uids.set(id, await memorialUuid(id));
  }
  const byXref = new Map(people.flatMap((p) => (p.xref ? [[p.xref, p] as const] : [])));
  const lookup: GedcomLookup = {
    family: (x) => (records.get(x) ?? undefined) as ImportedFamily | undefined,
    source: (x) => (records.get(x) ?? undefined) as ImportedSource | undefined,
    repository: (x) => records.get(x)?.name as string | undefined,
    note: (x) => {
      const note = records.get(x);
      return typeof note?.text === "string" ? { text: note.text, ...(typeof note.lang === "string" ? { lang: note.lang } : {}) } : undefined;
    },
    person: (x) => {
      const p = byXref.get(x);
      if (!p) return undefined;
      const memorialId = ownMemorialId(p.person, options.memorialBase);
      return { name: displayName(p.person.names[0]?.value ?? "") || "?", ...(memorialId && (options.published?.(memorialId) ?? true) ? { memorialId } : {}) };
    },
    memorialBase: options.memorialBase,
    memorialUid: (id) => uids.get(id),
  };
  return {
    people: people.map((p) => ({ ...p, built: gedcomDocument(p.person, lookup, p.xref) })),
    ...(parsed.failure ? { failure: parsed.failure } : {}),
  };
}
