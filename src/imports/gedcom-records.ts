/**
 * What an import keeps of each GEDCOM record: people (INDI) as compact JSON for their row, and
 * families, sources and notes for the lookups made when a person is submitted.
 */
import { child, children, type GedcomNode } from "../lib/gedcom/parse";

export interface Citation {
  xref?: string;
  text?: string;
  page?: string;
}

export interface ImportedEvent {
  tag: string;
  type?: string;
  value?: string;
  date?: string;
  /** GEDCOM 7 DATE.PHRASE: the date in the source's own words. */
  datePhrase?: string;
  place?: string;
  lat?: string;
  lon?: string;
  note?: string;
  agency?: string;
  cause?: string;
  sources: Citation[];
}

export interface ImportedName {
  value: string;
  given?: string;
  surname?: string;
  type?: string;
  phrase?: string;
  trans: Array<{ value: string; lang?: string }>;
}

export interface ImportedPerson {
  names: ImportedName[];
  sex?: string;
  events: ImportedEvent[];
  famc: string[];
  fams: string[];
  notes: string[];
  sources: Citation[];
  exids: Array<{ value: string; type?: string }>;
  uid?: string;
}

const ptr = (value: string) => /^@([^@]+)@$/.exec(value.trim())?.[1];

function citations(node: GedcomNode): Citation[] {
  return children(node, "SOUR").map((s) => {
    const xref = ptr(s.value);
    const page = child(s, "PAGE")?.value;
    return xref ? { xref, ...(page ? { page } : {}) } : { text: s.value || child(s, "TEXT")?.value, ...(page ? { page } : {}) };
  });
}

const NOT_EVENTS = new Set(["NAME", "SEX", "FAMC", "FAMS", "NOTE", "SOUR", "OBJE", "UID", "_UID", "EXID", "REFN", "RIN", "CHAN", "CREA", "SUBM", "ASSO", "ALIA", "ANCI", "DESI", "RESN", "AFN"]);

function event(node: GedcomNode): ImportedEvent {
  const plac = child(node, "PLAC");
  const map = plac ? child(plac, "MAP") : undefined;
  const notes = children(node, "NOTE").map((n) => n.value).filter((v) => !ptr(v));
  return {
    tag: node.tag,
    ...(child(node, "TYPE")?.value ? { type: child(node, "TYPE")!.value } : {}),
    ...(node.value && node.value !== "Y" ? { value: node.value } : {}),
    ...(child(node, "DATE") ? { date: child(node, "DATE")!.value } : {}),
    ...(child(node, "DATE") && child(child(node, "DATE")!, "PHRASE") ? { datePhrase: child(child(node, "DATE")!, "PHRASE")!.value } : {}),
    ...(plac?.value ? { place: plac.value } : {}),
    ...(map && child(map, "LATI") ? { lat: child(map, "LATI")!.value, lon: child(map, "LONG")?.value } : {}),
    ...(notes.length ? { note: notes.join("\n") } : {}),
    ...(child(node, "AGNC")?.value ? { agency: child(node, "AGNC")!.value } : {}),
    ...(child(node, "CAUS")?.value ? { cause: child(node, "CAUS")!.value } : {}),
    sources: citations(node),
  };
}

export function importedPerson(indi: GedcomNode): ImportedPerson {
  const names = children(indi, "NAME").map((n): ImportedName => {
    const type = child(n, "TYPE");
    return {
      value: n.value,
      ...(child(n, "GIVN") ? { given: child(n, "GIVN")!.value } : {}),
      ...(child(n, "SURN") ? { surname: child(n, "SURN")!.value } : {}),
      ...(type ? { type: type.value.toUpperCase(), ...(child(type, "PHRASE") ? { phrase: child(type, "PHRASE")!.value } : {}) } : {}),
      // GEDCOM 7 TRAN; 5.5.1 programs write FONE/ROMN for other scripts.
      trans: [...children(n, "TRAN"), ...children(n, "ROMN"), ...children(n, "FONE")].map((t) => ({
        value: t.value,
        ...(child(t, "LANG") ? { lang: child(t, "LANG")!.value } : {}),
      })),
    };
  });
  return {
    names,
    ...(child(indi, "SEX") ? { sex: child(indi, "SEX")!.value.toUpperCase() } : {}),
    events: indi.children.filter((c) => !NOT_EVENTS.has(c.tag) && !c.tag.startsWith("_")).map(event),
    famc: children(indi, "FAMC").flatMap((f) => ptr(f.value) ?? []),
    fams: children(indi, "FAMS").flatMap((f) => ptr(f.value) ?? []),
    notes: children(indi, "NOTE").map((n) => n.value),
    sources: citations(indi),
    exids: children(indi, "EXID").map((x) => ({ value: x.value, ...(child(x, "TYPE") ? { type: child(x, "TYPE")!.value } : {}) })),
    ...(child(indi, "UID") || child(indi, "_UID") ? { uid: (child(indi, "UID") ?? child(indi, "_UID"))!.value } : {}),
  };
}

/** "Max /Zucker/ Jr." → "Max Zucker Jr." */
export function displayName(value: string): string {
  return value.replace(/\//g, " ").replace(/\s+/g, " ").trim();
}

export interface ImportedFamily {
  partners: string[];
  children: string[];
}

/** A non-person record, reduced to what a submission needs. */
export function recordData(node: GedcomNode): unknown {
  switch (node.tag) {
    case "FAM":
      return {
        partners: [...children(node, "HUSB"), ...children(node, "WIFE")].flatMap((p) => ptr(p.value) ?? []),
        children: children(node, "CHIL").flatMap((c) => ptr(c.value) ?? []),
      } satisfies ImportedFamily;
    case "SOUR":
      return {
        title: child(node, "TITL")?.value,
        author: child(node, "AUTH")?.value,
        publication: child(node, "PUBL")?.value,
        text: child(node, "TEXT")?.value,
        note: children(node, "NOTE").map((n) => n.value).filter((v) => !ptr(v)).join("\n") || undefined,
        repository: Boolean(child(node, "REPO")),
      };
    case "NOTE":
    case "SNOTE":
      return { text: node.value };
    default:
      return null;
  }
}

export interface ImportedSource {
  title?: string;
  author?: string;
  publication?: string;
  text?: string;
  note?: string;
  repository?: boolean;
}
