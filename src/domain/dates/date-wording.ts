/**
 * Dates as a family writes them, turned into EDTF with the original words kept: "about 1890"
 * → 1890~, "Dezember 1939" → 1939-12, "между 1937 и 1938" → [1937..1938], "23.10.1941" →
 * 1941-10-23. Wording that could mean more than one thing ("23.10.41", "03/04/1938") or that
 * is not understood is never guessed: the caller asks the person to say it differently.
 */
import { isValidEdtf } from "./edtf";
import * as W from "./date-wording-words";

export type WordingProblem =
  /** Not understood at all. */
  | "unrecognised"
  /** "41": which century? */
  | "twoDigitYear"
  /** "03/04/1938": 3 April or 4 March? */
  | "dayOrMonth"
  /** "31.02.1941". */
  | "impossible"
  /** "unknown": leave the field empty instead. */
  | "unknown"
  /** "between 1940 and 1938". */
  | "reversed";

export type DateWording =
  { ok: true; edtf: string; text?: string } | { ok: false; text: string; problem: WordingProblem };

interface Point {
  year: number;
  month?: number;
  day?: number;
  season?: number;
}

class Unclear extends Error {
  constructor(readonly problem: WordingProblem) {
    super(problem);
  }
}

/**
 * @example parseDateWording("um 1890") // { ok: true, edtf: "1890~", text: "um 1890" }
 * @example parseDateWording("23.10.41") // { ok: false, text: "23.10.41", problem: "twoDigitYear" }
 * Returns null for an empty field (no date given).
 */
export function parseDateWording(input: string): DateWording | null {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return null;
  try {
    const edtf = toEdtf(normalise(text));
    if (!isValidEdtf(edtf)) throw new Unclear("impossible");
    return edtf === text ? { ok: true, edtf } : { ok: true, edtf, text };
  } catch (error) {
    if (error instanceof Unclear) return { ok: false, text, problem: error.problem };
    throw error;
  }
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, "–")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const phrase = (words: string, rest = "(.+)") =>
  new RegExp(`^(?:${words})(?:\\s+|(?<=\\.)\\s*)${rest}$`);
const BETWEEN = phrase(W.BETWEEN.start, `(.+?)\\s+(?:${W.BETWEEN.and})\\s+(.+)`);
const FROM_TO = phrase(W.FROM_TO.start, `(.+?)\\s+(?:${W.FROM_TO.to})\\s+(.+)`);
const DASH_RANGE = /^(.+?)\s*(?:–|\s-\s|\bbis\b|\bto\b)\s*(.+)$/;
const YEAR_RANGE = /^(\d{4})-(\d{4})$/;

function toEdtf(text: string): string {
  if (W.UNKNOWN.has(text)) throw new Unclear("unknown");
  let match: RegExpMatchArray | null;
  if ((match = text.match(BETWEEN))) return range(match[1]!, match[2]!, "set");
  if ((match = text.match(FROM_TO))) return range(match[1]!, match[2]!, "interval");
  if ((match = text.match(YEAR_RANGE))) return range(match[1]!, match[2]!, "interval");
  if ((match = text.match(phrase(W.BEFORE)))) return `[..${format(shift(point(match[1]!), -1))}]`;
  if ((match = text.match(phrase(W.AFTER)))) return `[${format(shift(point(match[1]!), 1))}..]`;
  if ((match = text.match(phrase(W.UNTIL)))) return `../${format(point(match[1]!))}`;
  if ((match = text.match(phrase(W.SINCE)))) return `${format(point(match[1]!))}/..`;
  if ((match = text.match(DASH_RANGE)) && !/^\d{4}-\d/.test(text)) {
    return range(match[1]!, match[2]!, "interval");
  }
  return qualified(text);
}

function range(startText: string, endText: string, kind: "set" | "interval"): string {
  const start = point(startText);
  const end = point(endText);
  if (compare(start, end) > 0) throw new Unclear("reversed");
  return kind === "set" ? `[${format(start)}..${format(end)}]` : `${format(start)}/${format(end)}`;
}

/** A single date, possibly "about" or "probably". */
function qualified(text: string): string {
  let rest = text;
  let approximate = false;
  let uncertain = false;
  for (let changed = true; changed;) {
    changed = false;
    const about = rest.match(phrase(W.APPROXIMATE));
    if (about) [rest, approximate, changed] = [about[1]!, true, true];
    const maybe = rest.match(phrase(W.UNCERTAIN));
    if (maybe) [rest, uncertain, changed] = [maybe[1]!, true, true];
  }
  if (rest.endsWith("?")) [rest, uncertain] = [rest.slice(0, -1).trim(), true];
  const marked = rest.match(UNCERTAIN_NOTE);
  if (marked) [rest, uncertain] = [marked[1]!, true];
  rest = withoutFiller(rest);
  const decade = rest.match(/^(?:the )?(\d{3})0(?:'?s|er(?: jahren?)?|-?е|-?х)$/);
  const base = decade ? `${decade[1]}X` : format(point(rest));
  const mark = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
  return base + mark;
}

/** How the archive itself marks an uncertain date: "1941 (uncertain)". */
const UNCERTAIN_NOTE = /^(.+?)\s*\((?:uncertain|ungesichert|предположительно)\)$/;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})$/;
const NUMERIC_MONTH = /^(\d{1,2})[./](\d{2,4})$/;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** One point in time: a year, a month of a year, a day, or a season. */
function point(raw: string): Point {
  const text = withoutFiller(raw).replace(/\.$/, "");
  let m: RegExpMatchArray | null;
  if ((m = text.match(ISO))) return checked({ year: +m[1]!, month: num(m[2]), day: num(m[3]) });
  if ((m = text.match(NUMERIC_DATE))) {
    let [day, month] = [+m[1]!, +m[3]!];
    if (m[2] === "/" && day <= 12 && month <= 12 && day !== month) throw new Unclear("dayOrMonth");
    if (m[2] === "/" && month > 12) [day, month] = [month, day];
    return checked({ year: year(m[4]!), month, day });
  }
  if ((m = text.match(NUMERIC_MONTH))) return checked({ year: year(m[2]!), month: +m[1]! });
  if (/^\d{1,4}$/.test(text)) return { year: year(text) };
  return worded(text.split(" ").map((w) => w.replace(/\.$/, "")));
}

/** "23 October 1941", "October 23 1941", "23. Oktober 1941", "декабрь 1939", "spring 1938". */
function worded(words: string[]): Point {
  const yearWord = words.pop();
  if (!yearWord || !/^\d{2,4}$/.test(yearWord)) throw new Unclear("unrecognised");
  const y = year(yearWord);
  if (words.length === 1 && W.SEASONS.has(words[0]!))
    return { year: y, season: W.SEASONS.get(words[0]!) };
  const monthIndex = words.findIndex((w) => W.MONTHS.has(w));
  const rest = words.filter((_, i) => i !== monthIndex);
  if (monthIndex < 0 || rest.length > 1) throw new Unclear("unrecognised");
  const month = W.MONTHS.get(words[monthIndex]!)!;
  if (rest.length === 0) return { year: y, month };
  if (!/^\d{1,2}$/.test(rest[0]!)) throw new Unclear("unrecognised");
  return checked({ year: y, month, day: +rest[0]! });
}

function withoutFiller(text: string): string {
  return text.replace(W.FILLER_PREFIX, "").replace(W.FILLER_SUFFIX, "").trim();
}

function year(digits: string): number {
  if (digits.length <= 2) throw new Unclear("twoDigitYear");
  return +digits;
}

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : +value;
}

function checked(p: Point): Point {
  const days = p.month ? new Date(Date.UTC(2000, p.month, 0)).getUTCDate() : 31;
  const leapOk = p.month !== 2 || p.day !== 29 || isLeap(p.year);
  if (
    (p.month ?? 1) < 1 ||
    (p.month ?? 1) > 12 ||
    (p.day ?? 1) < 1 ||
    (p.day ?? 1) > days ||
    !leapOk
  ) {
    throw new Unclear("impossible");
  }
  return p;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function format(p: Point): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  if (p.season) return `${pad(p.year, 4)}-${p.season}`;
  return [pad(p.year, 4), p.month && pad(p.month), p.day && pad(p.day)].filter(Boolean).join("-");
}

/** The point just before (-1) or after (+1), at the same precision: "before 1938" is 1937 or earlier. */
function shift(p: Point, by: -1 | 1): Point {
  if (p.season) throw new Unclear("unrecognised");
  if (p.day && p.month) {
    const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + by));
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    };
  }
  if (p.month) {
    const index = p.year * 12 + (p.month - 1) + by;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  return { year: p.year + by };
}

function compare(a: Point, b: Point): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
