/**
 * What an import keeps of each GEDCOM record: people (INDI) as compact JSON for their row, and
 * families, sources, repositories and notes for the lookups made when a person is built. Every
 * structure the archive does not read is listed in `leftOut` with its line, so the import can say
 * what it could not keep. `_ZEUGNIS` (this archive's extension, docs/open-data.md) is read as
 * the JSON it carries.
 */
import { SOURCE_KEY_TYPE } from "../gedcom/gedcom-tags";
import { child, children, type GedcomNode } from "../lib/gedcom/parse";

/** The archive's GEDCOM 7 extension tags (declared in HEAD.SCHMA of its exports). */
export const EXTENSION_TAG = "_ZEUGNIS";
export const VERSION_TAG = "_ZEUGNIS_VERSION";
/** On a short record of a relative: a link to a memorial (or a name), not a person to send. */
export const RELATIVE_TAG = "_ZEUGNIS_RELATIVE";

export type Extension = Record<string, unknown>;

export interface Citation {
  xref?: string;
  text?: string;
  page?: string;
  line: number;
}

/** A NOTE or SNOTE: its text (or the shared note it points to), its language and translations. */
export interface ImportedNote {
  text?: string;
  xref?: string;
  lang?: string;
  trans: Array<{ text: string; lang?: string }>;
}

export interface LeftOut {
  tag: string;
  line: number;
  value?: string;
}

export interface ImportedPlace {
  name: string;
  lat?: string;
  lon?: string;
  exids: Array<{ value: string; type?: string }>;
  notes: string[];
}

export interface ImportedEvent {
  tag: string;
  line: number;
  type?: string;
  value?: string;
  date?: string;
  /** GEDCOM 7 DATE.PHRASE: the date in the source's own words. */
  datePhrase?: string;
  place?: ImportedPlace;
  address?: string;
  notes: ImportedNote[];
  agency?: string;
  cause?: string;
  age?: string;
  religion?: string;
  restriction?: string;
  sources: Citation[];
  /** Written by this archive: another version of the event before it (a disputed fact). */
  version?: boolean;
  ext?: Extension;
  leftOut: LeftOut[];
}

export interface ImportedTran {
  value: string;
  lang?: string;
  given?: string;
  surname?: string;
  ext?: Extension;
}

export interface ImportedName {
  value: string;
  line: number;
  given?: string;
  surname?: string;
  type?: string;
  phrase?: string;
  notes: ImportedNote[];
  sources: Citation[];
  trans: ImportedTran[];
  ext?: Extension;
}

export interface ImportedAssociation {
  xref?: string;
  line: number;
  role?: string;
  phrase?: string;
  notes: ImportedNote[];
  sources: Citation[];
  ext?: Extension;
}

export interface ImportedIdentifier {
  tag: "EXID" | "REFN" | "UID";
  value: string;
  type?: string;
  ext?: Extension;
}

export interface ImportedPerson {
  line: number;
  names: ImportedName[];
  sex?: string;
  events: ImportedEvent[];
  famc: string[];
  fams: string[];
  notes: ImportedNote[];
  sources: Citation[];
  ids: ImportedIdentifier[];
  associations: ImportedAssociation[];
  /** ALIA: a pointer to a record that may be the same person, or (5.5.1 habit) a name. */
  aliases: Array<{ xref?: string; name?: string; line: number }>;
  restriction?: string;
  /** The archive's export names this relative only as a link (RELATIVE_TAG). */
  relative?: boolean;
  ext?: Extension;
  leftOut: LeftOut[];
}

const ptr = (value: string) => /^@([^@]+)@$/.exec(value.trim())?.[1];

/** The JSON of an `_ZEUGNIS` substructure; a broken one is left out (and reported). */
function extension(node: GedcomNode, leftOut: LeftOut[]): Extension | undefined {
  const ext = child(node, EXTENSION_TAG);
  if (!ext) return undefined;
  try {
    const value = JSON.parse(ext.value) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Extension;
  } catch {
    // reported below
  }
  leftOut.push({ tag: EXTENSION_TAG, line: ext.line, value: ext.value.slice(0, 80) });
  return undefined;
}

function citations(node: GedcomNode): Citation[] {
  return children(node, "SOUR").map((s) => {
    const xref = ptr(s.value);
    const page = child(s, "PAGE")?.value;
    const text = xref ? undefined : s.value || child(s, "TEXT")?.value;
    return { line: s.line, ...(xref ? { xref } : {}), ...(text ? { text } : {}), ...(page ? { page } : {}) };
  });
}

function note(n: GedcomNode): ImportedNote {
  const xref = ptr(n.value);
  const lang = child(n, "LANG")?.value;
  return {
    ...(xref ? { xref } : { text: n.value }),
    ...(lang ? { lang } : {}),
    trans: children(n, "TRAN").map((t) => ({ text: t.value, ...(child(t, "LANG") ? { lang: child(t, "LANG")!.value } : {}) })),
  };
}

const notesOf = (node: GedcomNode) => [...children(node, "NOTE"), ...children(node, "SNOTE")].map(note);

/** Substructures read here; anything else under an event is reported as left out. */
const EVENT_PARTS = new Set(["TYPE", "DATE", "PLAC", "ADDR", "NOTE", "SNOTE", "AGNC", "CAUS", "AGE", "RELI", "RESN", "SOUR", "CONT", "CONC", EXTENSION_TAG, VERSION_TAG]);

function place(plac: GedcomNode): ImportedPlace {
  const map = child(plac, "MAP");
  return {
    name: plac.value,
    ...(map && child(map, "LATI") ? { lat: child(map, "LATI")!.value, lon: child(map, "LONG")?.value } : {}),
    exids: children(plac, "EXID").map((x) => ({ value: x.value, ...(child(x, "TYPE") ? { type: child(x, "TYPE")!.value } : {}) })),
    notes: children(plac, "NOTE").map((n) => n.value),
  };
}

export function importedEvent(node: GedcomNode): ImportedEvent {
  const leftOut: LeftOut[] = [];
  const date = child(node, "DATE");
  const plac = child(node, "PLAC");
  const text = (tag: string) => child(node, tag)?.value || undefined;
  for (const part of node.children) if (!EVENT_PARTS.has(part.tag)) leftOut.push({ tag: part.tag, line: part.line, ...(part.value ? { value: part.value } : {}) });
  const ext = extension(node, leftOut);
  return {
    tag: node.tag,
    line: node.line,
    ...(text("TYPE") ? { type: text("TYPE") } : {}),
    ...(node.value && node.value !== "Y" ? { value: node.value } : {}),
    ...(date ? { date: date.value } : {}),
    ...(date && child(date, "PHRASE")?.value ? { datePhrase: child(date, "PHRASE")!.value } : {}),
    ...(plac?.value ? { place: place(plac) } : {}),
    ...(text("ADDR") ? { address: text("ADDR") } : {}),
    notes: notesOf(node),
    ...(text("AGNC") ? { agency: text("AGNC") } : {}),
    ...(text("CAUS") ? { cause: text("CAUS") } : {}),
    ...(text("AGE") ? { age: text("AGE") } : {}),
    ...(text("RELI") ? { religion: text("RELI") } : {}),
    ...(text("RESN") ? { restriction: text("RESN") } : {}),
    sources: citations(node),
    ...(child(node, VERSION_TAG) ? { version: true } : {}),
    ...(ext ? { ext } : {}),
    leftOut,
  };
}

/** INDI substructures that are not events; every other tag (BIRT, EVEN, FACT, NO …) is one. */
const PERSON_PARTS = new Set(["NAME", "SEX", "FAMC", "FAMS", "NOTE", "SNOTE", "SOUR", "UID", "_UID", "EXID", "REFN", "ASSO", "ALIA", "RESN", EXTENSION_TAG, RELATIVE_TAG]);
/** Bookkeeping of genealogy programs: nothing of the person is lost without them. */
const BOOKKEEPING = new Set(["CHAN", "CREA", "RIN", "AFN", "SUBM", "ANCI", "DESI"]);

function name(n: GedcomNode): ImportedName {
  const leftOut: LeftOut[] = [];
  const type = child(n, "TYPE");
  const ext = extension(n, leftOut);
  return {
    value: n.value,
    line: n.line,
    ...(child(n, "GIVN") ? { given: child(n, "GIVN")!.value } : {}),
    ...(child(n, "SURN") ? { surname: child(n, "SURN")!.value } : {}),
    ...(type ? { type: type.value.toUpperCase(), ...(child(type, "PHRASE") ? { phrase: child(type, "PHRASE")!.value } : {}) } : {}),
    notes: notesOf(n),
    sources: citations(n),
    // GEDCOM 7 TRAN; 5.5.1 programs write FONE/ROMN for other scripts.
    trans: [...children(n, "TRAN"), ...children(n, "ROMN"), ...children(n, "FONE")].map((t) => {
      const tranExt = extension(t, leftOut);
      return {
        value: t.value,
        ...(child(t, "LANG") ? { lang: child(t, "LANG")!.value } : {}),
        ...(child(t, "GIVN") ? { given: child(t, "GIVN")!.value } : {}),
        ...(child(t, "SURN") ? { surname: child(t, "SURN")!.value } : {}),
        ...(tranExt ? { ext: tranExt } : {}),
      };
    }),
    ...(ext ? { ext } : {}),
  };
}

/** What the relationship is called: ROLE.PHRASE, ASSO.PHRASE (GEDCOM 7) or RELA (5.5.1). */
function phraseOf(role: GedcomNode | undefined, a: GedcomNode, rela: string | undefined): string | undefined {
  return (role && child(role, "PHRASE")?.value) || child(a, "PHRASE")?.value || rela || undefined;
}

function association(a: GedcomNode): ImportedAssociation {
  const xref = ptr(a.value);
  const role = child(a, "ROLE");
  // 5.5.1 names the relationship in RELA; GEDCOM 7 in ROLE (with a PHRASE).
  const rela = child(a, "RELA")?.value;
  const ext = extension(a, []);
  return {
    line: a.line,
    ...(xref ? { xref } : {}),
    ...(role ? { role: role.value.toUpperCase() } : {}),
    ...(phraseOf(role, a, rela) ? { phrase: phraseOf(role, a, rela) } : {}),
    notes: notesOf(a),
    sources: citations(a),
    ...(ext ? { ext } : {}),
  };
}

function identifier(node: GedcomNode): ImportedIdentifier {
  const ext = extension(node, []);
  const tag = node.tag === "_UID" ? "UID" : (node.tag as ImportedIdentifier["tag"]);
  return { tag, value: node.value, ...(child(node, "TYPE") ? { type: child(node, "TYPE")!.value } : {}), ...(ext ? { ext } : {}) };
}

export function importedPerson(indi: GedcomNode): ImportedPerson {
  const leftOut: LeftOut[] = [];
  const ext = extension(indi, leftOut);
  const events: ImportedEvent[] = [];
  for (const c of indi.children) {
    if (PERSON_PARTS.has(c.tag) || BOOKKEEPING.has(c.tag)) continue;
    // Extension structures of other programs (_MILT, _PHOTO …) and media are not person facts.
    if (c.tag.startsWith("_") || c.tag === "OBJE") leftOut.push({ tag: c.tag, line: c.line, ...(c.value ? { value: c.value.slice(0, 80) } : {}) });
    else events.push(importedEvent(c));
  }
  const resn = child(indi, "RESN")?.value;
  return {
    line: indi.line,
    names: children(indi, "NAME").map(name),
    ...(child(indi, "SEX") ? { sex: child(indi, "SEX")!.value.toUpperCase() } : {}),
    events,
    famc: children(indi, "FAMC").flatMap((f) => ptr(f.value) ?? []),
    fams: children(indi, "FAMS").flatMap((f) => ptr(f.value) ?? []),
    notes: notesOf(indi),
    sources: citations(indi),
    ids: indi.children.filter((c) => ["EXID", "REFN", "UID", "_UID"].includes(c.tag) && c.value).map(identifier),
    associations: children(indi, "ASSO").map(association),
    aliases: children(indi, "ALIA").map((a) => (ptr(a.value) ? { xref: ptr(a.value)!, line: a.line } : { name: a.value, line: a.line })),
    ...(resn ? { restriction: resn } : {}),
    ...(child(indi, RELATIVE_TAG) ? { relative: true } : {}),
    ...(ext ? { ext } : {}),
    leftOut,
  };
}

/** "Max /Zucker/ Jr." → "Max Zucker Jr." */
export function displayName(value: string): string {
  return value.replace(/\//g, " ").replace(/\s+/g, " ").trim();
}

export interface ImportedFamily {
  partners: string[];
  children: string[];
  /** MARR, DIV and the other events of a couple. */
  events: ImportedEvent[];
}

export interface ImportedSource {
  title?: string;
  author?: string;
  publication?: string;
  text?: string;
  textLang?: string;
  note?: string;
  repository?: boolean;
  /** The REPO record it points to, and the call number there (CALN). */
  repositoryXref?: string;
  callNumber?: string;
  /** The key a memorial cites the source by (REFN of the archive's own export). */
  key?: string;
  ext?: Extension;
}

const FAMILY_PARTS = new Set(["HUSB", "WIFE", "CHIL", "NOTE", "SNOTE", "SOUR", "CHAN", "CREA", "RIN", "REFN", "UID", "EXID", "RESN", "NCHI", "SUBM", "OBJE", "ASSO"]);

/** A non-person record, reduced to what a submission needs. */
export function recordData(node: GedcomNode): unknown {
  switch (node.tag) {
    case "FAM":
      return {
        partners: [...children(node, "HUSB"), ...children(node, "WIFE")].flatMap((p) => ptr(p.value) ?? []),
        children: children(node, "CHIL").flatMap((c) => ptr(c.value) ?? []),
        events: node.children.filter((c) => !FAMILY_PARTS.has(c.tag) && !c.tag.startsWith("_")).map(importedEvent),
      } satisfies ImportedFamily;
    case "SOUR": {
      const repo = child(node, "REPO");
      const text = child(node, "TEXT");
      const ext = extension(node, []);
      return {
        title: child(node, "TITL")?.value,
        author: child(node, "AUTH")?.value,
        publication: child(node, "PUBL")?.value,
        text: text?.value,
        textLang: text ? child(text, "LANG")?.value : undefined,
        note: children(node, "NOTE").map((n) => n.value).filter((v) => !ptr(v)).join("\n") || undefined,
        repository: Boolean(repo),
        repositoryXref: repo ? ptr(repo.value) : undefined,
        callNumber: repo ? child(repo, "CALN")?.value : undefined,
        key: children(node, "REFN").find((r) => child(r, "TYPE")?.value === SOURCE_KEY_TYPE)?.value,
        ...(ext ? { ext } : {}),
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
