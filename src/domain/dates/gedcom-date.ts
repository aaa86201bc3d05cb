/**
 * Dates between EDTF (how the archive stores them) and GEDCOM (5.5.1 and 7).
 *
 * GEDCOM's BEF, AFT and BET…AND are inclusive ("no later than"), so they map to EDTF sets
 * ([..1938], [1937..], [1937..1938]); FROM…TO is a period and maps to an EDTF interval (and every
 * EDTF interval is written FROM…TO); ABT, CAL and EST are "about".
 *
 * Calendars: EDTF is Gregorian, so a date of another calendar (Julian, Hebrew, French
 * Republican) is stored as its exact Gregorian equivalent with `calendar` and the words as
 * written. A day converts exactly; a month or a year of another calendar converts to the exact
 * range of Gregorian days it covers ([1939-09-14..1940-10-02] for the Hebrew year 5700). What has
 * no exact equivalent (about a month of another calendar, a period between months of one,
 * calendars nobody can convert such as ROMAN) gets no EDTF at all: the words are kept and the
 * importer says so. Years before 1000 and before the common era are ordinary years (0090, -0646).
 *
 * Writing, what GEDCOM cannot say exactly (uncertain "?", seasons, lists) is given as its bounds
 * plus a PHRASE with the wording, never as a more precise date than the evidence.
 */
import { dateOf, dayOf, spanOf, type CalendarName } from "./calendars";
import { edtfBounds, isValidEdtf } from "./edtf";

const GREGORIAN_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const HEBREW_MONTHS: Record<string, number> = { TSH: 7, CSH: 8, KSL: 9, TVT: 10, SHV: 11, ADR: 12, ADS: 13, NSN: 1, IYR: 2, SVN: 3, TMZ: 4, AAV: 5, ELL: 6 };
const REPUBLICAN_MONTHS = ["VEND", "BRUM", "FRIM", "NIVO", "PLUV", "VENT", "GERM", "FLOR", "PRAI", "MESS", "THER", "FRUC", "COMP"];

/** GEDCOM 7 calendar keywords of the calendars the archive converts. */
export const CALENDAR_KEYWORDS: Record<CalendarName, string> = { gregorian: "GREGORIAN", julian: "JULIAN", hebrew: "HEBREW", french_r: "FRENCH_R" };

function monthNumber(calendar: CalendarName, name: string): number {
  const upper = name.toUpperCase();
  if (calendar === "hebrew") return HEBREW_MONTHS[upper] ?? 0;
  if (calendar === "french_r") return REPUBLICAN_MONTHS.indexOf(upper) + 1;
  return GREGORIAN_MONTHS.indexOf(upper) + 1;
}

function monthName(calendar: CalendarName, month: number): string {
  if (calendar === "hebrew") return Object.entries(HEBREW_MONTHS).find(([, m]) => m === month)![0];
  if (calendar === "french_r") return REPUBLICAN_MONTHS[month - 1]!;
  return GREGORIAN_MONTHS[month - 1]!;
}

// ---- Reading ------------------------------------------------------------------------------

/** Why a GEDCOM date has no EDTF, or something a reader should check. */
export type DateProblem =
  /** Not GEDCOM date syntax at all. */
  | "unreadable"
  /** Only words: "(in the war)", or an empty DATE with a PHRASE. */
  | "words_only"
  /** ROMAN, UNKNOWN or an extension calendar: nobody can convert it. */
  | "calendar_unsupported"
  /** A day or month the calendar does not have (31 FEB, Adar II in a common year). */
  | "no_such_day"
  /** A dual year whose second part is not the following year (1701/99). */
  | "dual_invalid"
  /** "about", or a period, in months or years of another calendar: no exact Gregorian equivalent. */
  | "calendar_inexact"
  /** BET or FROM…TO whose end is before its start. */
  | "inverted";

/** Things worth telling about a date that was read. */
export type DateNote = "calendar" | "dual_year" | "early_year";

export interface ImportedDate {
  /** The Gregorian equivalent, or null when there is none (see `problem`). */
  edtf: string | null;
  /** The date as the file wrote it (whitespace collapsed), or its phrase. */
  text: string;
  /** Set when the file names a calendar or uses another than the Gregorian one. */
  calendar?: CalendarName;
  problem?: DateProblem;
  notes: DateNote[];
}

interface Point {
  calendar: CalendarName | null;
  /** ROMAN, UNKNOWN or an extension calendar. */
  foreignCalendar?: string;
  explicit: boolean;
  year: number;
  month?: number;
  day?: number;
  dual?: { valid: boolean };
}

class Unreadable extends Error {
  constructor(readonly problem: DateProblem) {
    super(problem);
  }
}

const CALENDAR_551: Record<string, CalendarName | string> = {
  "@#DGREGORIAN@": "gregorian", "@#DJULIAN@": "julian", "@#DHEBREW@": "hebrew", "@#DFRENCH R@": "french_r", "@#DROMAN@": "ROMAN", "@#DUNKNOWN@": "UNKNOWN",
};
const CALENDAR_7: Record<string, CalendarName> = { GREGORIAN: "gregorian", JULIAN: "julian", HEBREW: "hebrew", FRENCH_R: "french_r" };
const CALENDAR_PREFIX = /^(@#D[A-Z ]+@|GREGORIAN|JULIAN|HEBREW|FRENCH_R|ROMAN|UNKNOWN|_[A-Z0-9_]+)\s+/i;

/** "12 AUG 1401 BCE", "JULIAN MAR 647", "@#DHEBREW@ 1 TSH 5700", "11 FEB 1731/32". */
function readPoint(raw: string): Point {
  let rest = raw.trim();
  let calendar: CalendarName | null = null;
  let foreignCalendar: string | undefined;
  let explicit = false;
  const prefix = CALENDAR_PREFIX.exec(rest);
  if (prefix) {
    const word = prefix[1]!.toUpperCase();
    const known = CALENDAR_551[word] ?? CALENDAR_7[word];
    if (known === "gregorian" || known === "julian" || known === "hebrew" || known === "french_r") calendar = known;
    else foreignCalendar = known ?? word;
    explicit = true;
    rest = rest.slice(prefix[0].length);
    // Nobody can convert ROMAN, UNKNOWN or an extension calendar, whatever its months are called.
    if (foreignCalendar) throw new Unreadable("calendar_unsupported");
  }
  const m = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,4})\s+)?(\d{1,5})(?:\/(\d{1,2}))?(?:\s*(B\.C\.|BCE|BC|B\.C))?$/i.exec(rest);
  if (!m) throw new Unreadable("unreadable");
  const [, dayText, monthText, yearText, dualText, epoch] = m;
  if (dayText && !monthText) throw new Unreadable("unreadable");
  const cal = calendar ?? "gregorian";
  const month = monthText ? monthNumber(cal, monthText) : undefined;
  if (month === 0) throw new Unreadable(foreignCalendar ? "calendar_unsupported" : "unreadable");
  const written = Number(yearText);
  if (written === 0) throw new Unreadable("unreadable");
  if (epoch && (cal === "hebrew" || cal === "french_r")) throw new Unreadable("unreadable");
  const year = epoch ? 1 - written : written;
  let dual: Point["dual"];
  if (dualText !== undefined) {
    if (cal !== "gregorian" || epoch) throw new Unreadable("dual_invalid");
    const next = (written + 1) % 10 ** dualText.length;
    dual = { valid: Number(dualText) === next };
  }
  return {
    calendar: foreignCalendar ? null : cal,
    ...(foreignCalendar ? { foreignCalendar } : {}),
    explicit,
    // A dual year (1731/32) names the old-style year first; the year beginning 1 January is the second.
    year: dual?.valid ? year + 1 : year,
    ...(month ? { month } : {}),
    ...(dayText ? { day: Number(dayText) } : {}),
    ...(dual ? { dual } : {}),
  };
}

type Shape =
  | { kind: "single" | "about" | "before" | "after" | "from" | "to"; a: Point }
  | { kind: "between" | "fromTo"; a: Point; b: Point };

/** The structure of a GEDCOM date value; a phrase in parentheses is returned as `phrase`. */
function readShape(text: string): Shape | { phrase: string } {
  const phraseOnly = /^\((.*)\)$/.exec(text);
  if (phraseOnly) return { phrase: phraseOnly[1]!.trim() };
  let m: RegExpExecArray | null;
  if ((m = /^BET\s+(.+?)\s+AND\s+(.+)$/i.exec(text))) return { kind: "between", a: readPoint(m[1]!), b: readPoint(m[2]!) };
  if ((m = /^FROM\s+(.+?)\s+TO\s+(.+)$/i.exec(text))) return { kind: "fromTo", a: readPoint(m[1]!), b: readPoint(m[2]!) };
  if ((m = /^FROM\s+(.+)$/i.exec(text))) return { kind: "from", a: readPoint(m[1]!) };
  if ((m = /^TO\s+(.+)$/i.exec(text))) return { kind: "to", a: readPoint(m[1]!) };
  if ((m = /^BEF\s+(.+)$/i.exec(text))) return { kind: "before", a: readPoint(m[1]!) };
  if ((m = /^AFT\s+(.+)$/i.exec(text))) return { kind: "after", a: readPoint(m[1]!) };
  if ((m = /^(?:ABT|CAL|EST)\s+(.+)$/i.exec(text))) return { kind: "about", a: readPoint(m[1]!) };
  // GEDCOM 5.5.1 "INT date (phrase)": the date as interpreted from the phrase.
  if ((m = /^INT\s+(.+?)(?:\s+\(.*\))?$/i.exec(text))) return { kind: "single", a: readPoint(m[1]!) };
  return { kind: "single", a: readPoint(text) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An astronomical year as EDTF: 90 → "0090", -646 → "-0646"; null beyond four digits. */
function edtfYear(year: number): string | null {
  if (Math.abs(year) > 9999) return null;
  return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
}

function dayEdtf(day: number): string | null {
  const date = dateOf("gregorian", day)!;
  const year = edtfYear(date.year);
  return year === null ? null : `${year}-${pad(date.month)}-${pad(date.day)}`;
}

interface Resolved {
  /** The EDTF of the point itself when it is exact as one value (a day, or a Gregorian month or year). */
  exact: string | null;
  first: number;
  last: number;
}

function resolve(point: Point): Resolved {
  if (point.foreignCalendar || !point.calendar) throw new Unreadable("calendar_unsupported");
  if (point.dual && !point.dual.valid) throw new Unreadable("dual_invalid");
  const cal = point.calendar;
  if (point.day !== undefined) {
    const day = dayOf(cal, { year: point.year, month: point.month!, day: point.day });
    if (day === null) throw new Unreadable("no_such_day");
    const exact = dayEdtf(day);
    if (exact === null) throw new Unreadable("unreadable");
    return { exact, first: day, last: day };
  }
  const span = spanOf(cal, point.year, point.month);
  if (!span) throw new Unreadable("no_such_day");
  if (cal !== "gregorian") return { exact: null, ...span };
  const year = edtfYear(point.year);
  if (year === null) throw new Unreadable("unreadable");
  return { exact: point.month ? `${year}-${pad(point.month)}` : year, ...span };
}

/** A point as the start (or end) of a set: exact, or the first (last) Gregorian day it can mean. */
const startOf = (r: Resolved) => r.exact ?? dayEdtf(r.first);
const endOf = (r: Resolved) => r.exact ?? dayEdtf(r.last);

function shapeToEdtf(shape: Shape): string {
  const a = resolve(shape.a);
  const b = "b" in shape ? resolve(shape.b) : undefined;
  if (b && b.last < a.first) throw new Unreadable("inverted");
  const range = (r: Resolved) => (r.exact ?? `[${dayEdtf(r.first)}..${dayEdtf(r.last)}]`);
  switch (shape.kind) {
    case "single":
      return range(a);
    case "about":
      if (!a.exact) throw new Unreadable("calendar_inexact");
      return `${a.exact}~`;
    case "before":
      return `[..${endOf(a)}]`;
    case "after":
      return `[${startOf(a)}..]`;
    case "between": {
      // EDTF ranges need both ends at the same precision: otherwise both become days.
      const same = a.exact && b!.exact && a.exact.length === b!.exact.length;
      return same ? `[${a.exact}..${b!.exact}]` : `[${dayEdtf(a.first)}..${dayEdtf(b!.last)}]`;
    }
    case "fromTo":
      if (!a.exact || !b!.exact) throw new Unreadable("calendar_inexact");
      return `${a.exact}/${b!.exact}`;
    case "from":
      if (!a.exact) throw new Unreadable("calendar_inexact");
      return `${a.exact}/..`;
    case "to":
      if (!a.exact) throw new Unreadable("calendar_inexact");
      return `../${a.exact}`;
  }
}

function pointsOf(shape: Shape): Point[] {
  return "b" in shape ? [shape.a, shape.b] : [shape.a];
}

/**
 * @example gedcomToEdtf("ABT 1890") // { edtf: "1890~", text: "ABT 1890", notes: [] }
 * @example gedcomToEdtf("@#DJULIAN@ 12 FEB 1700") // { edtf: "1700-02-23", calendar: "julian", … }
 * @example gedcomToEdtf("JAN 1701/99") // { edtf: null, problem: "dual_invalid", … }
 * @example gedcomToEdtf("(in the war)") // { edtf: null, text: "in the war", problem: "words_only" }
 */
export function gedcomToEdtf(input: string): ImportedDate {
  const text = input.trim().replace(/\s+/g, " ");
  if (!text) return { edtf: null, text, problem: "words_only", notes: [] };
  let shape: Shape | { phrase: string };
  try {
    shape = readShape(text);
  } catch (error) {
    if (error instanceof Unreadable) return { edtf: null, text, problem: error.problem, notes: [] };
    throw error;
  }
  if ("phrase" in shape) return { edtf: null, text: shape.phrase || text, problem: "words_only", notes: [] };
  const points = pointsOf(shape);
  const named = points.find((p) => p.calendar && p.calendar !== "gregorian") ?? points.find((p) => p.explicit && p.calendar);
  const calendar = named?.calendar ?? undefined;
  const notes: DateNote[] = [];
  if (points.some((p) => p.calendar && p.calendar !== "gregorian")) notes.push("calendar");
  if (points.some((p) => p.dual?.valid)) notes.push("dual_year");
  if (points.some((p) => p.calendar === "gregorian" || p.calendar === "julian" ? p.year >= 1 && p.year < 1000 : false)) notes.push("early_year");
  const base = { text, ...(calendar ? { calendar } : {}) };
  try {
    const edtf = shapeToEdtf(shape);
    if (!isValidEdtf(edtf)) return { ...base, edtf: null, problem: "unreadable", notes };
    return { ...base, edtf, notes };
  } catch (error) {
    if (error instanceof Unreadable) return { ...base, edtf: null, problem: error.problem, notes: notes.filter((n) => n !== "dual_year") };
    throw error;
  }
}

/**
 * Whether words look like a GEDCOM date but cannot be one (an invalid dual year such as
 * "JAN 1701/99"): a GEDCOM 7 converter puts such words into PHRASE beside a guessed DATE.
 */
export function isBrokenGedcomDate(words: string): DateProblem | null {
  const read = gedcomToEdtf(words);
  return read.problem === "dual_invalid" || read.problem === "no_such_day" || read.problem === "inverted" ? read.problem : null;
}

// ---- Writing ------------------------------------------------------------------------------

export interface GedcomDate {
  /** The DATE payload; empty when only a phrase can say it. */
  value: string;
  /** A PHRASE substructure: the original wording, or why the date is approximate. */
  phrase?: string;
}

const PLAIN = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "1890-03-12" → "12 MAR 1890", "-0043" → "44 BCE"; null when not a plain EDTF date. */
function plainToGedcom(value: string, keyword: string): string | null {
  const m = PLAIN.exec(value);
  if (!m) return null;
  const [, sign, y, mo, d] = m;
  const astronomical = Number(y) * (sign ? -1 : 1);
  const year = astronomical <= 0 ? `${1 - astronomical} BCE` : String(astronomical);
  const cal = keyword ? `${keyword} ` : "";
  if (!mo) return `${cal}${year}`;
  const month = GREGORIAN_MONTHS[Number(mo) - 1];
  if (!month) return null;
  return d ? `${cal}${Number(d)} ${month} ${year}` : `${cal}${month} ${year}`;
}

function dayNumberOf(value: string): number | null {
  if (!/^-?\d{4}-\d{2}-\d{2}$/.test(value) || !isValidEdtf(value)) return null;
  return edtfBounds(value).earliestDay;
}

/** A Gregorian day in another calendar: "JULIAN 12 FEB 1700", "HEBREW 1 TSH 5700". */
function dayInCalendar(day: number, calendar: CalendarName): string | null {
  const date = dateOf(calendar, day);
  const year = date && yearInCalendar(date.year, calendar);
  return year ? `${CALENDAR_KEYWORDS[calendar]} ${date.day} ${monthName(calendar, date.month)} ${year}` : null;
}

/** A year as GEDCOM writes it: "1700", "44 BCE" (Julian and Gregorian only). */
function yearInCalendar(year: number, calendar: CalendarName): string | null {
  if (year > 9999 || year < -9998) return null;
  if (year >= 1) return String(year);
  return calendar === "julian" || calendar === "gregorian" ? `${1 - year} BCE` : null;
}

/** A range of days that is exactly one month or one year of the calendar, as GEDCOM. */
function spanInCalendar(first: number, last: number, calendar: CalendarName): string | null {
  const date = dateOf(calendar, first);
  const written = date && yearInCalendar(date.year, calendar);
  if (!written) return null;
  const month = spanOf(calendar, date.year, date.month);
  if (month && month.first === first && month.last === last) {
    return `${CALENDAR_KEYWORDS[calendar]} ${monthName(calendar, date.month)} ${written}`;
  }
  const year = spanOf(calendar, date.year);
  if (year && year.first === first && year.last === last) return `${CALENDAR_KEYWORDS[calendar]} ${written}`;
  return null;
}

/** EDTF of a date of another calendar (the Gregorian equivalent) as GEDCOM in that calendar. */
function otherCalendar(edtf: string, calendar: CalendarName): string | null {
  const inCal = (value: string) => {
    const day = dayNumberOf(value);
    return day === null ? null : dayInCalendar(day, calendar);
  };
  let m: RegExpExecArray | null;
  if (PLAIN.test(edtf)) return inCal(edtf);
  if ((m = /^(.+)~$/.exec(edtf))) return inCal(m[1]!) && `ABT ${inCal(m[1]!)}`;
  if ((m = /^\[([^.\]]+)\.\.([^.\]]+)\]$/.exec(edtf))) {
    const [first, last] = [dayNumberOf(m[1]!), dayNumberOf(m[2]!)];
    if (first === null || last === null) return null;
    const span = spanInCalendar(first, last, calendar);
    if (span) return span;
    const [a, b] = [dayInCalendar(first, calendar), dayInCalendar(last, calendar)];
    return a && b ? `BET ${a} AND ${b}` : null;
  }
  if ((m = /^\[\.\.([^.\]]+)\]$/.exec(edtf))) return inCal(m[1]!) && `BEF ${inCal(m[1]!)}`;
  if ((m = /^\[([^.\]]+)\.\.\]$/.exec(edtf))) return inCal(m[1]!) && `AFT ${inCal(m[1]!)}`;
  if ((m = /^([^/]+)\/([^/]+)$/.exec(edtf))) {
    if (m[1] === "..") return inCal(m[2]!) && `TO ${inCal(m[2]!)}`;
    if (m[2] === "..") return inCal(m[1]!) && `FROM ${inCal(m[1]!)}`;
    return inCal(m[1]!) && inCal(m[2]!) && `FROM ${inCal(m[1]!)} TO ${inCal(m[2]!)}`;
  }
  return null;
}

/**
 * @example edtfToGedcom("1890~") // { value: "ABT 1890" }
 * @example edtfToGedcom("[1937..1938]") // { value: "BET 1937 AND 1938" }
 * @example edtfToGedcom("1939-12/1941") // { value: "FROM DEC 1939 TO 1941" }
 * @example edtfToGedcom("1700-02-23", { calendar: "julian" }) // { value: "JULIAN 12 FEB 1700" }
 */
export function edtfToGedcom(edtf: string, options: { calendar?: CalendarName; text?: string } = {}): GedcomDate {
  const withPhrase = (value: string, why?: string): GedcomDate => {
    const phrase = options.text ?? why;
    return phrase ? { value, phrase } : { value };
  };
  const calendar = options.calendar;
  if (calendar && calendar !== "gregorian") {
    const value = otherCalendar(edtf, calendar);
    if (value) return withPhrase(value);
  }
  const keyword = calendar === "gregorian" ? "GREGORIAN" : "";
  const plain = (value: string) => plainToGedcom(value, keyword);
  const single = plain(edtf);
  if (single) return withPhrase(single);
  const about = /^(.+)[~%]$/.exec(edtf);
  if (about && plain(about[1]!)) return withPhrase(`ABT ${plain(about[1]!)}`, edtf.endsWith("%") ? `uncertain and approximate: ${edtf}` : undefined);
  const uncertain = /^(.+)\?$/.exec(edtf);
  if (uncertain && plain(uncertain[1]!)) return withPhrase(plain(uncertain[1]!)!, `uncertain: ${edtf}`);
  const set = /^\[([^,\]]*?)\.\.([^,\]]*)\]$/.exec(edtf);
  if (set) {
    const [a, b] = [plain(set[1]!), plain(set[2]!)];
    if (a && b) return withPhrase(`BET ${a} AND ${b}`);
    if (!set[1] && b) return withPhrase(`BEF ${b}`);
    if (a && !set[2]) return withPhrase(`AFT ${a}`);
  }
  const interval = /^([^/]*)\/([^/]*)$/.exec(edtf);
  if (interval) {
    const [start, end] = [interval[1]!, interval[2]!];
    const [a, b] = [plain(start), plain(end)];
    const open = (s: string) => s === ".." || s === "";
    if (a && b) return withPhrase(`FROM ${a} TO ${b}`);
    if (open(start) && b) return withPhrase(`TO ${b}`);
    if (a && open(end)) return withPhrase(`FROM ${a}`);
  }
  return boundsDate(edtf, options.text);
}

function dayToGedcom(day: number): string {
  return plainToGedcom(dayEdtf(day) ?? "", "") ?? "";
}

/** Anything else (193X, seasons, lists, qualified interval ends): its bounds, with the EDTF as phrase. */
function boundsDate(edtf: string, text: string | undefined): GedcomDate {
  const phrase = text ?? edtf;
  if (!isValidEdtf(edtf)) return { value: "", phrase };
  const { earliestDay, latestDay } = edtfBounds(edtf);
  const [a, b] = [earliestDay === null ? "" : dayToGedcom(earliestDay), latestDay === null ? "" : dayToGedcom(latestDay)];
  if (a && b) return { value: a === b ? a : `BET ${a} AND ${b}`, phrase };
  if (b) return { value: `BEF ${b}`, phrase };
  if (a) return { value: `AFT ${a}`, phrase };
  return { value: "", phrase };
}
