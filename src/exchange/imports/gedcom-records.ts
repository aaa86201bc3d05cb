/**
 * What an import keeps of each GEDCOM record: people (INDI) as compact JSON for their row, and
 * families, sources, repositories and notes for the lookups made when a person is built (shapes
 * in gedcom-shapes.ts). Every structure the archive does not read is listed in `leftOut` with its
 * line (gedcom-reader.ts), so the import can say what it could not keep. `_ZEUGNIS` (this
 * archive's extension, docs/open-data.md) is read as the JSON it carries.
 */
import { SOURCE_KEY_TYPE } from "../gedcom/gedcom-tags";
import { child, children, type GedcomNode } from "../../codecs/gedcom/parse";
import { BOOKKEEPING, ptr, Reader } from "./gedcom-reader";
import { RELATIVE_TAG, EXTENSION_TAG, type ImportedEvent, type ImportedFamily, type ImportedPerson, type ImportedSource, type ImportedNote, type Citation } from "./gedcom-shapes";

export * from "./gedcom-shapes";

export function importedEvent(node: GedcomNode): ImportedEvent {
  return new Reader().event(node);
}

/** INDI substructures that are not events; every other tag (BIRT, EVEN, FACT, NO …) is one. */
const PERSON_PARTS = new Set(["NAME", "SEX", "FAMC", "FAMS", "NOTE", "SNOTE", "SOUR", "UID", "_UID", "EXID", "REFN", "ASSO", "ALIA", "RESN", EXTENSION_TAG, RELATIVE_TAG, "OBJE"]);

export function importedPerson(indi: GedcomNode): ImportedPerson {
  const r = new Reader();
  const ext = r.extension(indi);
  // Extension structures of other programs (_MILT, _PHOTO …) are not read: they are listed as left out.
  const events = indi.children.filter((c) => !PERSON_PARTS.has(c.tag) && !BOOKKEEPING.has(c.tag) && !c.tag.startsWith("_")).map((c) => r.event(c));
  const famc = r.all(indi, "FAMC");
  const pedigree = Object.fromEntries(
    famc.flatMap((f) => {
      const pedi = r.one(f, "PEDI");
      const phrase = pedi && r.text(pedi, "PHRASE");
      return ptr(f.value) && pedi ? [[ptr(f.value)!, [pedi.value, phrase && `(${phrase})`].filter(Boolean).join(" ")]] : [];
    }),
  );
  const resn = r.text(indi, "RESN");
  const person: Omit<ImportedPerson, "leftOut"> = {
    line: indi.line,
    names: r.all(indi, "NAME").map((n) => r.name(n)),
    ...(r.text(indi, "SEX") ? { sex: r.text(indi, "SEX")!.toUpperCase() } : {}),
    events,
    famc: famc.flatMap((f) => ptr(f.value) ?? []),
    ...(Object.keys(pedigree).length ? { pedigree } : {}),
    fams: r.all(indi, "FAMS").flatMap((f) => ptr(f.value) ?? []),
    notes: r.notes(indi),
    sources: r.citations(indi),
    ids: indi.children.filter((c) => ["EXID", "REFN", "UID", "_UID"].includes(c.tag) && c.value).map((c) => r.identifier(c)),
    associations: r.all(indi, "ASSO").map((a) => r.association(a)),
    aliases: r.all(indi, "ALIA").map((a) => {
      r.one(a, "PHRASE");
      return ptr(a.value) ? { xref: ptr(a.value)!, line: a.line } : { name: a.value, line: a.line };
    }),
    ...(resn ? { restriction: resn } : {}),
    ...(r.one(indi, RELATIVE_TAG) ? { relative: true } : {}),
    ...(ext ? { ext } : {}),
  };
  return { ...person, leftOut: r.leftOut(indi) };
}

/** "Max /Zucker/ Jr." → "Max Zucker Jr." */
export function displayName(value: string): string {
  return value.replace(/\//g, " ").replace(/\s+/g, " ").trim();
}

/** A FAM record's links; every other structure but bookkeeping is an event of the couple. */
const FAMILY_LINKS = new Set(["HUSB", "WIFE", "CHIL"]);

/** A non-person record, reduced to what a submission needs. */
export function recordData(node: GedcomNode): unknown {
  const r = new Reader();
  switch (node.tag) {
    case "FAM": {
      const links = (tag: string) => r.all(node, tag).flatMap((p) => ptr(p.value) ?? []);
      const partners = [...links("HUSB"), ...links("WIFE")];
      const kids = links("CHIL");
      const events = node.children.filter((c) => !FAMILY_LINKS.has(c.tag) && !BOOKKEEPING.has(c.tag) && !c.tag.startsWith("_") && !["NOTE", "SNOTE", "SOUR", "REFN", "UID", "EXID", "NCHI", "OBJE", "ASSO", "RESN"].includes(c.tag)).map((c) => r.event(c));
      return { partners, children: kids, events, leftOut: r.leftOut(node) } satisfies ImportedFamily;
    }
    case "SOUR": {
      const repo = r.one(node, "REPO");
      const text = r.one(node, "TEXT");
      const ext = r.extension(node);
      const keyRef = children(node, "REFN").find((ref) => child(ref, "TYPE")?.value === SOURCE_KEY_TYPE);
      if (keyRef) r.whole(keyRef);
      const notes = r.all(node, "NOTE").map((n) => n.value).filter((v) => !ptr(v));
      // What the source records (events, dates, the agency), in words.
      const data = r.one(node, "DATA");
      if (data) {
        for (const even of r.all(data, "EVEN")) notes.push(`Recorded events: ${[even.value, r.text(even, "DATE"), r.text(even, "PLAC")].filter(Boolean).join(", ")}`);
        if (r.text(data, "AGNC")) notes.push(`Responsible agency: ${r.text(data, "AGNC")}`);
        for (const n of r.all(data, "NOTE")) notes.push(n.value);
      }
      return {
        title: r.text(node, "TITL"),
        author: r.text(node, "AUTH"),
        publication: r.text(node, "PUBL"),
        text: text?.value,
        textLang: text ? r.text(text, "LANG") : undefined,
        note: notes.join("\n") || undefined,
        repository: Boolean(repo),
        repositoryXref: repo ? ptr(repo.value) : undefined,
        callNumber: repo ? r.text(repo, "CALN") : undefined,
        key: keyRef?.value,
        ...(ext ? { ext } : {}),
        leftOut: r.leftOut(node),
      } satisfies ImportedSource;
    }
    case "REPO":
      return { name: child(node, "NAME")?.value };
    case "NOTE":
    case "SNOTE":
      return { text: node.value, ...(child(node, "LANG") ? { lang: child(node, "LANG")!.value } : {}) };
    default:
      return null;
  }
}

/** Every record a person points to, for the lookups when the person is built. */
export function referencesOf(person: ImportedPerson): { records: string[]; people: string[]; families: string[] } {
  const notes = (list: ImportedNote[]) => list.flatMap((n) => n.xref ?? []);
  const cites = (list: Citation[]) => list.flatMap((c) => c.xref ?? []);
  const records = [
    ...notes(person.notes),
    ...cites(person.sources),
    ...person.names.flatMap((n) => [...notes(n.notes), ...cites(n.sources)]),
    ...person.events.flatMap((e) => [...notes(e.notes), ...cites(e.sources)]),
    ...person.associations.flatMap((a) => [...notes(a.notes), ...cites(a.sources)]),
  ];
  return {
    records,
    people: [...person.associations.flatMap((a) => a.xref ?? []), ...person.aliases.flatMap((a) => a.xref ?? [])],
    families: [...person.fams, ...person.famc],
  };
}
