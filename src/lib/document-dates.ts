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
  kind: "disagrees" | "invalid";
  edtf: string;
  text?: string;
  /** What the words say, when they can be read: the date a correction would store. */
  wordsEdtf?: string;
  problem?: EdtfProblem;
}

type Row = Record<string, unknown>;

const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.map((v) => (v && typeof v === "object" ? (v as Row) : {})) : [];

/** [path, date] for every date field: events (and their other versions), markers, media. */
function datesOf(doc: unknown): Array<[string, Row]> {
  const d = doc && typeof doc === "object" ? (doc as Row) : {};
  const found: Array<[string, Row]> = [];
  const add = (path: string, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) found.push([path, value as Row]);
  };
  rows(d.events).forEach((event, i) => {
    add(`events.${i}.date`, event.date);
    rows(event.alternatives).forEach((alt, k) => add(`events.${i}.alternatives.${k}.date`, alt.date));
  });
  rows(d.markers).forEach((marker, i) => add(`markers.${i}.installed`, marker.installed));
  rows(d.media).forEach((media, i) => add(`media.${i}.date`, media.date));
  return found;
}

/**
 * What is wrong with one stored date, if anything.
 * @example checkStoredDate({ edtf: "1890", text: "wahrscheinlich 1942" }) // { kind: "disagrees", …, wordsEdtf: "1942?" }
 */
export function checkStoredDate(date: Row): Omit<DateFinding, "path"> | null {
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
 * // [{ path: "events.0.date", kind: "disagrees", edtf: "1890", text: "wahrscheinlich 1942", wordsEdtf: "1942?" }]
 */
export function findDateProblems(doc: unknown): DateFinding[] {
  return datesOf(doc).flatMap(([path, date]) => {
    const finding = checkStoredDate(date);
    return finding ? [{ path, ...finding }] : [];
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
