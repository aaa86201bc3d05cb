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
  /** What the citation itself says (its notes, text, event, quality), kept in the source's note. */
  extra?: string[];
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
  /** NICK: a name of its own (an alias). */
  nickname?: string;
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
  /** FAMC.PEDI by family: how the person is the child of that family (BIRTH, ADOPTED …). */
  pedigree?: Record<string, string>;
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

/** Structures nothing of a person is lost without: genealogy programs' bookkeeping, formats. */
const BOOKKEEPING = new Set(["CHAN", "CREA", "RIN", "AFN", "MIME", "FORM", "SUBM", "ANCI", "DESI"]);

/**
 * Reads one record and remembers every structure it looked at, so that what it did not read can
 * be listed (`leftOut`) instead of disappearing without a word.
 */
class Reader {
  private readonly seen = new Set<GedcomNode>();

  one(node: GedcomNode, tag: string): GedcomNode | undefined {
    const found = child(node, tag);
    if (found) this.seen.add(found);
    return found;
  }

  all(node: GedcomNode, tag: string): GedcomNode[] {
    const found = children(node, tag);
    for (const f of found) this.seen.add(f);
    return found;
  }

  text(node: GedcomNode, tag: string): string | undefined {
    return this.one(node, tag)?.value || undefined;
  }

  /** A structure read as a whole, with everything under it. */
  whole(node: GedcomNode): void {
    this.seen.add(node);
    for (const c of node.children) this.whole(c);
  }

  /** The topmost structures under `root` that were not read. */
  leftOut(root: GedcomNode): LeftOut[] {
    const out: LeftOut[] = [];
    const walk = (node: GedcomNode) => {
      for (const c of node.children) {
        if (this.seen.has(c)) walk(c);
        else if (!BOOKKEEPING.has(c.tag)) out.push({ tag: c.tag, line: c.line, ...(c.value ? { value: c.value.slice(0, 80) } : {}) });
      }
    };
    walk(root);
    return out;
  }

  /** The JSON of an `_ZEUGNIS` substructure; a broken one is reported as left out. */
  extension(node: GedcomNode): Extension | undefined {
    const ext = child(node, EXTENSION_TAG);
    if (!ext) return undefined;
    try {
      const value = JSON.parse(ext.value) as unknown;
      if (value && typeof value === "object" && !Array.isArray(value)) {
        this.seen.add(ext);
        return value as Extension;
      }
    } catch {
      // left unread: reported with the rest
    }
    return undefined;
  }

  citations(node: GedcomNode): Citation[] {
    return this.all(node, "SOUR").map((s) => {
      const xref = ptr(s.value);
      const page = this.text(s, "PAGE");
      const texts = this.all(s, "TEXT").map((t) => t.value);
      // A source written into the citation (5.5.1): its words, or its first TEXT, are the citation.
      const text = xref ? undefined : s.value || texts.shift();
      // What a citation says about itself (GEDCOM 5.5.1 and 7): kept with the source it cites.
      const data = this.one(s, "DATA");
      const even = this.one(s, "EVEN");
      const role = even && this.one(even, "ROLE");
      const quality = this.text(s, "QUAY");
      const extra = [
        ...this.notes(s).flatMap((n) => (n.text ? [n.text] : n.xref ? [`@${n.xref}@`] : [])),
        ...(data ? [...this.all(data, "TEXT").map((t) => `Text: ${t.value}`), ...(this.text(data, "DATE") ? [`Date: ${this.text(data, "DATE")}`] : [])] : []),
        ...texts.map((t) => `Text: ${t}`),
        ...(even ? [`Event: ${[even.value, role?.value].filter(Boolean).join(", role ")}`] : []),
        ...(quality ? [`Quality of the evidence (QUAY): ${quality}`] : []),
      ];
      if (role) this.one(role, "PHRASE");
      return { line: s.line, ...(xref ? { xref } : {}), ...(text ? { text } : {}), ...(page ? { page } : {}), ...(extra.length ? { extra } : {}) };
    });
  }

  private note(n: GedcomNode): ImportedNote {
    const xref = ptr(n.value);
    const lang = this.text(n, "LANG");
    this.one(n, "MIME");
    return {
      ...(xref ? { xref } : { text: n.value }),
      ...(lang ? { lang } : {}),
      trans: this.all(n, "TRAN").map((t) => ({ text: t.value, ...(this.text(t, "LANG") ? { lang: this.text(t, "LANG") } : {}) })),
    };
  }

  notes(node: GedcomNode): ImportedNote[] {
    return [...this.all(node, "NOTE"), ...this.all(node, "SNOTE")].map((n) => this.note(n));
  }

  place(plac: GedcomNode): ImportedPlace {
    const map = this.one(plac, "MAP");
    return {
      name: plac.value,
      ...(map && this.one(map, "LATI") ? { lat: this.text(map, "LATI"), lon: this.text(map, "LONG") } : {}),
      exids: this.all(plac, "EXID").map((x) => ({ value: x.value, ...(this.text(x, "TYPE") ? { type: this.text(x, "TYPE") } : {}) })),
      notes: this.all(plac, "NOTE").map((n) => n.value),
    };
  }

  event(node: GedcomNode): ImportedEvent {
    this.seen.add(node);
    const restriction = this.text(node, "RESN");
    // A part the file keeps private is not read at all (the import says it left it out).
    if (/PRIVACY|CONFIDENTIAL/i.test(restriction ?? "")) this.whole(node);
    const date = this.one(node, "DATE");
    const plac = this.one(node, "PLAC");
    const addr = this.one(node, "ADDR");
    if (addr) this.whole(addr); // the payload is the address; its parts repeat it
    const age = this.one(node, "AGE");
    const agePhrase = age && this.text(age, "PHRASE");
    const datePhrase = date && this.text(date, "PHRASE");
    const ext = this.extension(node);
    return {
      tag: node.tag,
      line: node.line,
      ...(this.text(node, "TYPE") ? { type: this.text(node, "TYPE") } : {}),
      ...(node.value && node.value !== "Y" ? { value: node.value } : {}),
      ...(date ? { date: date.value } : {}),
      ...(datePhrase ? { datePhrase } : {}),
      ...(plac?.value ? { place: this.place(plac) } : {}),
      ...(addr?.value ? { address: addr.value } : {}),
      notes: this.notes(node),
      ...(this.text(node, "AGNC") ? { agency: this.text(node, "AGNC") } : {}),
      ...(this.text(node, "CAUS") ? { cause: this.text(node, "CAUS") } : {}),
      ...(age?.value || agePhrase ? { age: [age?.value, agePhrase && `(${agePhrase})`].filter(Boolean).join(" ") } : {}),
      ...(this.text(node, "RELI") ? { religion: this.text(node, "RELI") } : {}),
      ...(restriction ? { restriction } : {}),
      sources: this.citations(node),
      ...(this.one(node, VERSION_TAG) ? { version: true } : {}),
      ...(ext ? { ext } : {}),
    };
  }

  name(n: GedcomNode): ImportedName {
    this.seen.add(n);
    const type = this.one(n, "TYPE");
    // Prefixes and suffixes are part of the name as written (the payload); a nickname is a name of its own.
    for (const tag of ["NPFX", "SPFX", "NSFX"]) this.all(n, tag);
    const nick = this.text(n, "NICK");
    const ext = this.extension(n);
    return {
      value: n.value,
      line: n.line,
      ...(this.text(n, "GIVN") ? { given: this.text(n, "GIVN") } : {}),
      ...(this.text(n, "SURN") ? { surname: this.text(n, "SURN") } : {}),
      ...(type ? { type: type.value.toUpperCase(), ...(this.text(type, "PHRASE") ? { phrase: this.text(type, "PHRASE") } : {}) } : {}),
      ...(nick ? { nickname: nick } : {}),
      notes: this.notes(n),
      sources: this.citations(n),
      // GEDCOM 7 TRAN; 5.5.1 programs write FONE/ROMN for other scripts.
      trans: [...this.all(n, "TRAN"), ...this.all(n, "ROMN"), ...this.all(n, "FONE")].map((t) => {
        const tranExt = this.extension(t);
        for (const tag of ["NPFX", "SPFX", "NSFX", "TYPE"]) this.all(t, tag);
        return {
          value: t.value,
          ...(this.text(t, "LANG") ? { lang: this.text(t, "LANG") } : {}),
          ...(this.text(t, "GIVN") ? { given: this.text(t, "GIVN") } : {}),
          ...(this.text(t, "SURN") ? { surname: this.text(t, "SURN") } : {}),
          ...(tranExt ? { ext: tranExt } : {}),
        };
      }),
      ...(ext ? { ext } : {}),
    };
  }

  association(a: GedcomNode): ImportedAssociation {
    this.seen.add(a);
    const xref = ptr(a.value);
    const role = this.one(a, "ROLE");
    // What the relationship is called: ROLE.PHRASE, ASSO.PHRASE (GEDCOM 7) or RELA (5.5.1).
    const phrase = (role && this.text(role, "PHRASE")) || this.text(a, "PHRASE") || this.text(a, "RELA");
    const ext = this.extension(a);
    return {
      line: a.line,
      ...(xref ? { xref } : {}),
      ...(role ? { role: role.value.toUpperCase() } : {}),
      ...(phrase ? { phrase } : {}),
      notes: this.notes(a),
      sources: this.citations(a),
      ...(ext ? { ext } : {}),
    };
  }

  identifier(node: GedcomNode): ImportedIdentifier {
    this.seen.add(node);
    const ext = this.extension(node);
    const tag = node.tag === "_UID" ? "UID" : (node.tag as ImportedIdentifier["tag"]);
    return { tag, value: node.value, ...(this.text(node, "TYPE") ? { type: this.text(node, "TYPE") } : {}), ...(ext ? { ext } : {}) };
  }
}

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

export interface ImportedFamily {
  partners: string[];
  children: string[];
  /** MARR, DIV and the other events of a couple. */
  events: ImportedEvent[];
  leftOut?: LeftOut[];
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
  /** What the source record holds that the archive does not read. */
  leftOut?: LeftOut[];
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
