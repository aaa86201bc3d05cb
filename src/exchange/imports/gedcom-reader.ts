/**
 * Reads a GEDCOM record structure by structure and remembers each one it looked at, so that what
 * it did not read can be listed (`leftOut`) instead of disappearing without a word.
 */
import { child, children, type GedcomNode } from "../../codecs/gedcom/parse";
import { EXTENSION_TAG, VERSION_TAG, type Citation, type Extension, type ImportedAssociation, type ImportedEvent, type ImportedIdentifier, type ImportedName, type ImportedNote, type ImportedPlace, type LeftOut } from "./gedcom-shapes";

export const ptr = (value: string) => /^@([^@]+)@$/.exec(value.trim())?.[1];

/** Structures nothing of a person is lost without: genealogy programs' bookkeeping, formats. */
export const BOOKKEEPING = new Set(["CHAN", "CREA", "RIN", "AFN", "MIME", "FORM", "SUBM", "ANCI", "DESI"]);

export class Reader {
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
