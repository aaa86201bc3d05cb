/**
 * The shared state of building one person document from GEDCOM: the lookups of the file's other
 * records, the notes on what was not kept, the sources cited so far, and the helpers every part
 * uses (cutting a text with a note, localized notes, languages, the archive's extension).
 */
import { LIMITS, languageTag, type Source } from "../../domain/person-document";
import { EXTENSION_TAG, type Citation, type Extension, type ImportedEvent, type ImportedFamily, type ImportedNote, type ImportedSource, type LeftOut } from "./gedcom-records";
import type { ImportNote, NotePart } from "../../editorial/revisions/import-notes";

export interface GedcomLookup {
  family(xref: string): ImportedFamily | undefined;
  source(xref: string): ImportedSource | undefined;
  /** The name of a REPO record. */
  repository(xref: string): string | undefined;
  note(xref: string): { text: string; lang?: string } | undefined;
  person(xref: string): { name: string; memorialId?: string } | undefined;
  /** "https://…/memorials/": EXIDs of this type are the archive's own memorial ids. */
  memorialBase: string;
  /** The UID the archive's export gives a memorial (src/exchange/gedcom/gedcom-export.ts). */
  memorialUid(memorialId: string): string | undefined;
}

export class Build {
  readonly notes: ImportNote[] = [];
  readonly sources: Source[] = [];
  private readonly sourceKeys = new Map<string, string>();
  private readonly reported = new Set<string>();
  private droppedSources = 0;

  constructor(readonly lookup: GedcomLookup) {}

  note(note: ImportNote): void {
    this.notes.push(note);
  }

  /** A text within a field's limit; a longer one is shortened, and the import says so. */
  cut(text: string, max: number, part: NotePart, line?: number): string {
    if (text.length <= max) return text;
    this.note({ code: "shortened", part, limit: max, ...(line !== undefined ? { line } : {}) });
    return `${text.slice(0, max - 1)}…`;
  }

  /** The document's source keys for citations; each record (and page) becomes one source. */
  cite(citations: Citation[]): string[] {
    const ids = citations.flatMap((c) => {
      const key = `${c.xref ?? c.text ?? ""}\u0000${c.page ?? ""}\u0000${(c.extra ?? []).join("\n")}`;
      const known = this.sourceKeys.get(key);
      if (known) return [known];
      const record = c.xref ? this.lookup.source(c.xref) : undefined;
      if (c.xref && !record) {
        this.note({ code: "missing_record", line: c.line, tag: "SOUR", value: `@${c.xref}@` });
        return [];
      }
      if (this.sources.length >= LIMITS.sources) {
        this.droppedSources++;
        return [];
      }
      const source = this.sourceOf(c, record);
      if (!source) return [];
      this.sources.push(source);
      this.sourceKeys.set(key, source.id);
      return [source.id];
    });
    return [...new Set(ids)];
  }

  private sourceOf(c: Citation, record: ImportedSource | undefined): Source | null {
    const archive = record?.repositoryXref ? this.lookup.repository(record.repositoryXref) : undefined;
    const citation = record ? [record.author, record.title, record.publication].filter(Boolean).join(", ") || record.text || archive || record.note : c.text;
    if (!citation) {
      this.note({ code: "citation_empty", line: c.line, tag: "SOUR", value: c.xref ? `@${c.xref}@` : "" });
      return null;
    }
    const shelf = readCallNumber(record?.callNumber);
    if (c.xref) this.leftOut(`SOUR ${c.xref}`, record?.leftOut ?? []);
    const note = [record?.note, ...(c.extra ?? [])].filter(Boolean).join("\n");
    const lang = record?.textLang ? this.language(record.textLang, c.line) : undefined;
    const source: Source = {
      id: this.freeId(record?.key),
      kind: record?.repository ? "archive" : record?.author || record?.publication ? "book" : "family_document",
      citation: this.cut(citation, LIMITS.citation, "citation", c.line),
      ...(record?.title ? { title: this.cut(record.title, LIMITS.shortText, "title", c.line) } : {}),
      ...(record?.author ? { author: this.cut(record.author, LIMITS.shortText, "author", c.line) } : {}),
      ...(record?.publication && /^\d{3,4}$/.test(record.publication.trim()) ? { year: record.publication.trim() } : {}),
      ...(archive ? { archive: this.cut(archive, LIMITS.shortText, "citation", c.line) } : {}),
      ...shelf,
      ...(c.page ? { page: this.cut(c.page, 60, "citation", c.line) } : {}),
      ...(lang && lang !== "und" ? { lang } : {}),
      ...(note ? { note: this.cut(note, LIMITS.description, "note", c.line) } : {}),
    };
    return withExtension(source, record?.ext);
  }

  /** The key a source is cited by: the file's own (the archive's export), else the next free "sN". */
  private freeId(key: string | undefined): string {
    const used = new Set(this.sources.map((s) => s.id));
    if (key && /^[A-Za-z0-9_-]{1,40}$/.test(key) && !used.has(key)) return key;
    let n = this.sources.length + 1;
    while (used.has(`s${n}`)) n++;
    return `s${n}`;
  }

  /** Sources over the document's limit, counted for one note at the end. */
  get sourcesLeftOut(): number {
    return this.droppedSources;
  }

  /**
   * A language as a BCP 47 tag: GEDCOM 7 writes tags ("de", "en-US"), 5.5.1 programs write
   * English names ("German"). Undefined (with a note) when it is neither.
   */
  language(value: string, line?: number): string | undefined {
    const trimmed = value.trim();
    const named = LANGUAGE_NAMES[trimmed.toLowerCase()];
    if (named) return named;
    const [first, ...rest] = trimmed.split("-");
    const tag = [first!.toLowerCase(), ...rest].join("-");
    if (languageTag.safeParse(tag).success) return tag;
    this.note({ code: "language_unknown", value: trimmed, ...(line !== undefined ? { line } : {}) });
    return undefined;
  }

  /** NOTEs (inline or shared) as text per language; notes without a language are "und". */
  localized(notes: ImportedNote[], max: number, part: NotePart, line: number, extra: string[] = []): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    const add = (lang: string | undefined, text: string | undefined) => {
      if (!text?.trim()) return;
      const key = (lang && this.language(lang, line)) || "und";
      out[key] = out[key] ? `${out[key]}\n${text}` : text;
    };
    // What the import says in words (the kind of event, a date it could not read) comes first.
    for (const line of extra) add(undefined, line);
    for (const n of notes) {
      const shared = n.xref ? this.lookup.note(n.xref) : undefined;
      if (n.xref && !shared) this.note({ code: "missing_record", line, tag: "NOTE", value: `@${n.xref}@` });
      add(n.lang ?? shared?.lang, n.text ?? shared?.text);
      for (const t of n.trans) add(t.lang, t.text);
    }
    if (Object.keys(out).length === 0) return undefined;
    return Object.fromEntries(Object.entries(out).map(([lang, text]) => [lang, this.cut(text.trim(), max, part, line)]));
  }

  /** Family events (MARR, DIV …) of the families a person is a partner in. */
  familyEvents(fams: string[]): Array<{ event: ImportedEvent; partners: string[] }> {
    return fams.flatMap((f) => {
      const family = this.lookup.family(f);
      this.leftOut(`FAM ${f}`, family?.leftOut ?? []);
      return (family?.events ?? []).map((event) => ({ event, partners: family!.partners }));
    });
  }

  /** Structures the file holds and the archive does not read, each record's once. */
  leftOut(record: string, parts: LeftOut[]): void {
    if (this.reported.has(record)) return;
    this.reported.add(record);
    for (const part of parts) this.note({ code: part.tag === EXTENSION_TAG ? "extension_broken" : "left_out", line: part.line, tag: part.tag, value: part.value ?? "" });
  }
}

/**
 * A part with the archive's extension applied: `_ZEUGNIS` names the fields GEDCOM could not
 * carry (by the person document's own keys); null means "not in the document".
 */
export function withExtension<T extends object>(part: T, ext: Extension | undefined): T {
  if (!ext) return part;
  const out: Record<string, unknown> = { ...(part as Record<string, unknown>) };
  for (const [key, value] of Object.entries(ext)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

/** "f. 10035, op. 1, d. P-54560, l. 3" (the archive's CALN) as the source's shelf fields. */
function readCallNumber(caln: string | undefined): Partial<Pick<Source, "fond" | "opis" | "delo" | "list">> {
  if (!caln) return {};
  const out: Partial<Pick<Source, "fond" | "opis" | "delo" | "list">> = {};
  const fields = { f: "fond", op: "opis", d: "delo", l: "list" } as const;
  for (const part of caln.split(/,\s*/)) {
    const m = /^(f|op|d|l)\.\s*(.{1,40})$/.exec(part.trim());
    if (!m) return {};
    out[fields[m[1] as keyof typeof fields]] = m[2]!;
  }
  return out;
}

/** Language names as GEDCOM 5.5.1 writes them, for the languages of this archive's people. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en", german: "de", russian: "ru", yiddish: "yi", hebrew: "he", polish: "pl", french: "fr", ukrainian: "uk",
  czech: "cs", hungarian: "hu", latin: "la", italian: "it", spanish: "es", dutch: "nl", swedish: "sv", danish: "da",
  norwegian: "no", finnish: "fi", lithuanian: "lt", latvian: "lv", estonian: "et", romanian: "ro", slovak: "sk",
  slovene: "sl", greek: "el", belorusian: "be", georgian: "ka", armenian: "hy", portuguese: "pt", turkish: "tr",
  japanese: "ja", chinese: "zh", arabic: "ar", serbian: "sr", croatian: "hr", bulgarian: "bg", esperanto: "eo",
};
