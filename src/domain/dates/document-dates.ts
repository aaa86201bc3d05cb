/**
 * Every date of a stored person document, checked as the schema checks a new one today: is the
 * code valid EDTF, and do the words say the same date (date-consistency.ts)? Stored documents
 * were validated by older rules, and drafts not at all, so nothing here trusts their shape.
 */
import { edtfProblem, type EdtfProblem } from "./edtf";
import { wordsDisagreement } from "./date-consistency";
import { parseDateWording } from "./date-wording";

export interface DateFinding {
  /** Dotted path of the date, as the API names fields: "events.2.date". */
  path: string;
  /** Whose date it is, for screens that speak of "the death", never of a path. */
  of: DateOwner;
  kind: "disagrees" | "invalid";
  edtf: string;
  text?: string;
  /** What the words say, when they can be read: the date a correction would store. */
  wordsEdtf?: string;
  problem?: EdtfProblem;
}

type Row = Record<string, unknown>;

/** An event (or another version of it) by its type, a marker by its kind, or a file. */
export type DateOwner =
  | { section: "event" | "alternative"; type: string }
  | { section: "marker"; kind: string }
  | { section: "media" };

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.map((v) => (v && typeof v === "object" ? (v as Row) : {})) : [];

/** Every date field (events and their other versions, markers, media) with its path and owner. */
function datesOf(doc: unknown): Array<[string, Row, DateOwner]> {
  const d = doc && typeof doc === "object" ? (doc as Row) : {};
  const found: Array<[string, Row, DateOwner]> = [];
  const add = (path: string, value: unknown, of: DateOwner) => {
    if (value && typeof value === "object" && !Array.isArray(value)) found.push([path, value as Row, of]);
  };
  rows(d.events).forEach((event, i) => {
    const type = textOf(event.type);
    add(`events.${i}.date`, event.date, { section: "event", type });
    rows(event.alternatives).forEach((alt, k) => add(`events.${i}.alternatives.${k}.date`, alt.date, { section: "alternative", type }));
  });
  rows(d.markers).forEach((marker, i) => add(`markers.${i}.installed`, marker.installed, { section: "marker", kind: textOf(marker.kind) }));
  rows(d.media).forEach((media, i) => add(`media.${i}.date`, media.date, { section: "media" }));
  return found;
}

/**
 * What is wrong with one stored date, if anything.
 * @example checkStoredDate({ edtf: "1890", text: "wahrscheinlich 1942" }) // { kind: "disagrees", …, wordsEdtf: "1942?" }
 */
export function checkStoredDate(date: Row): Omit<DateFinding, "path" | "of"> | null {
  if (typeof date.edtf !== "string") return null;
  const text = typeof date.text === "string" ? date.text : undefined;
  const problem = edtfProblem(date.edtf);
  if (problem) {
    const read = text ? parseDateWording(text) : null;
    return { kind: "invalid", edtf: date.edtf, text, problem, ...(read?.ok ? { wordsEdtf: read.edtf } : {}) };
  }
  const calendar = date.calendar === "julian" ? "julian" : undefined;
  const disagreement = wordsDisagreement({ edtf: date.edtf, text, calendar });
  return disagreement ? { kind: "disagrees", edtf: date.edtf, text, wordsEdtf: disagreement.wordsEdtf } : null;
}

/**
 * @example findDateProblems({ events: [{ date: { edtf: "1890", text: "wahrscheinlich 1942" } }] })
 * // [{ path: "events.0.date", of: { section: "event", type: "" }, kind: "disagrees", edtf: "1890", text: "wahrscheinlich 1942", wordsEdtf: "1942?" }]
 */
export function findDateProblems(doc: unknown): DateFinding[] {
  return datesOf(doc).flatMap(([path, date, of]) => {
    const finding = checkStoredDate(date);
    return finding ? [{ path, of, ...finding }] : [];
  });
}

/**
 * A copy of the document whose dates follow their words wherever a finding says what the words
 * mean; dates whose words cannot be read stay as they were (a person must decide those).
 */
export function withDatesFromWords<T>(doc: T, findings: DateFinding[]): { document: T; changed: string[] } {
  const copy = structuredClone(doc);
  const changed: string[] = [];
  for (const [path, date] of datesOf(copy)) {
    const finding = findings.find((f) => f.path === path);
    if (!finding?.wordsEdtf) continue;
    date.edtf = finding.wordsEdtf;
    changed.push(path);
  }
  return { document: copy, changed };
}
