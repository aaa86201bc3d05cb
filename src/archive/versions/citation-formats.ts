/**
 * One version's citation for reference managers: BibTeX (biblatex `@online`), RIS and CSL-JSON,
 * from the same record as the plain citation on the page (docs/versions.md, "Citations"). Pure.
 */
import { wellFormed, wellFormedJson } from "../../domain/text-rules";

export interface CitationRecord {
  memorialId: string;
  title: string;
  /** Contributors who chose to be named, in the order of their first contribution. */
  authors: string[];
  /** The collective author ("Zeugnis contributors") that stands for everyone not named. */
  collective: string | null;
  archive: string;
  version: number;
  /** When this version was published (ms). */
  published: number;
  url: string;
  accessed: Date;
  language: string;
}

const isoDay = (at: number | Date) => new Date(at).toISOString().slice(0, 10);
const oneLine = (text: string) => wellFormed(text).replace(/\s+/g, " ").trim();

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};
const bibtexText = (text: string) => oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);

/** biblatex `@online`; a collective author is braced so that it is not read as a person's name. */
export function toBibtex(r: CitationRecord): string {
  const authors = [...r.authors.map(bibtexText), ...(r.collective ? [`{${bibtexText(r.collective)}}`] : [])];
  const fields: Array<[string, string]> = [
    ["author", authors.join(" and ")],
    ["title", bibtexText(r.title)],
    ["organization", bibtexText(r.archive)],
    ["version", String(r.version)],
    ["date", isoDay(r.published)],
    ["url", r.url],
    ["urldate", isoDay(r.accessed)],
    ["langid", r.language],
  ];
  const key = `zeugnis-${r.memorialId.replace(/[^A-Za-z0-9]/g, "")}-v${r.version}`;
  return `@online{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

/** RIS: one tag a line, CRLF, `ER` last. */
export function toRis(r: CitationRecord): string {
  const day = (at: number | Date) => `${isoDay(at).replaceAll("-", "/")}/`;
  const lines: Array<[string, string]> = [
    ["TY", "ELEC"],
    ...r.authors.map((a): [string, string] => ["AU", oneLine(a)]),
    ...(r.collective ? [["AU", oneLine(r.collective)] as [string, string]] : []),
    ["TI", oneLine(r.title)],
    ["T2", oneLine(r.archive)],
    ["PB", oneLine(r.archive)],
    ["ET", String(r.version)],
    ["DA", day(r.published)],
    ["PY", isoDay(r.published).slice(0, 4)],
    ["Y2", day(r.accessed)],
    ["UR", r.url],
    ["LA", r.language],
    ["ER", ""],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join("\r\n")}\r\n`;
}

const dateParts = (at: number | Date) => ({ "date-parts": [isoDay(at).split("-").map(Number)] });

/** The CSL-JSON item of a version (`webpage`), as Zotero and citeproc read it. */
export function cslItem(r: CitationRecord) {
  const author = [...r.authors.map((literal) => ({ literal })), ...(r.collective ? [{ literal: r.collective }] : [])];
  return {
    id: `${r.memorialId}/v/${r.version}`,
    type: "webpage" as const,
    title: r.title,
    author,
    "container-title": r.archive,
    publisher: r.archive,
    version: String(r.version),
    issued: dateParts(r.published),
    accessed: dateParts(r.accessed),
    URL: r.url,
    language: r.language,
  };
}

/** CSL-JSON: an array with the one item. */
export const toCslJson = (r: CitationRecord): string => wellFormedJson([cslItem(r)]);
