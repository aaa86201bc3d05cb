/**
 * EDTF (ISO 8601-2) dates as the archive stores them: the string, validated by the `edtf`
 * parser, plus earliest and latest day numbers for sorting and range filters.
 *
 * Day numbers count days since 1970-01-01 (negative before). `null` means open or unknown,
 * so "../1938" has no earliest day and "1941/.." no latest day.
 */
import edtf, { parse, type EdtfNode } from "edtf";

const DAY_MS = 86_400_000;

/** The EDTF levels we accept: 0–2 (level 3 is experimental in the library). */
const MAX_LEVEL = 2;

/**
 * Parsed dates by their text. The parser (nearley) is slow next to everything else a page does,
 * and archives repeat the same few thousand dates ("1937", "1940-02-08"); nodes are only read.
 */
const PARSED = new Map<string, EdtfNode>();
const MAX_PARSED = 10_000;

/** Parses an EDTF string; throws when it is not valid EDTF up to level 2. */
export function parseEdtf(value: string): EdtfNode {
  let node = PARSED.get(value);
  if (!node) {
    node = parse(value, { level: MAX_LEVEL });
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(value, node);
  }
  return node;
}

/**
 * Why a string is not a date the archive stores, or null when it is one.
 * - `syntax`: not EDTF up to level 2 ("about 1890", "1890-13").
 * - `shortYear`: "85" or "193": EDTF reads two digits as a century and three as a decade, which
 *   nobody writing a year means; the archive writes 1985, 19XX or 193X.
 * - `reversed`: an interval or a range that ends before it starts ("2008/2004", "[1950..1918]").
 * - `time`: a time of day, a precision no historical source gives.
 * - `impossible`: a day the calendar does not have ("1941-04-31").
 */
export type EdtfProblem = "syntax" | "shortYear" | "reversed" | "time" | "impossible";

export function edtfProblem(value: string): EdtfProblem | null {
  if (value.trim() !== value || value === "") return "syntax";
  let node: EdtfNode;
  try {
    node = parseEdtf(value);
  } catch {
    return "syntax";
  }
  if (/T\d/.test(value)) return "time";
  try {
    return problemOf(node);
  } catch {
    // The full constructor refuses what the grammar allows (a season 25, a month 00).
    return "impossible";
  }
}

/** @example isValidEdtf("1890~") === true; isValidEdtf("about 1890") === false; isValidEdtf("2008/2004") === false */
export function isValidEdtf(value: string): boolean {
  return edtfProblem(value) === null;
}

/**
 * Walks the tree with the full `edtf()` constructor for every single date (it checks what the
 * grammar alone lets through), and checks the order of interval and range ends here: the
 * library's own interval check compares start days only, so it refuses "1938-03/1938" (March to
 * the end of 1938) and every open start ("../1938"), and it does not look into sets at all.
 */
function problemOf(node: EdtfNode): EdtfProblem | null {
  if (node.type === "Century" || node.type === "Decade") return "shortYear";
  if (node.type === "Interval" || node.type === "Set" || node.type === "List") {
    for (const member of flattenMembers(node.values)) {
      const problem = member && problemOf(member);
      if (problem) return problem;
    }
    const ranges =
      node.type === "Interval" ? [node.values] : node.values.filter((v) => Array.isArray(v));
    for (const [start, end] of ranges as Array<Array<unknown>>) {
      const from = isNode(start) ? bounds(start)?.earliestDay : null;
      const to = isNode(end) ? bounds(end)?.latestDay : null;
      if (typeof from === "number" && typeof to === "number" && from > to) return "reversed";
    }
  }
  return bounds(node) === undefined ? "impossible" : null;
}

function isNode(value: unknown): value is EdtfNode {
  return value !== null && typeof value === "object" && "type" in value;
}

export interface DayBounds {
  earliestDay: number | null;
  latestDay: number | null;
}

/**
 * Earliest and latest day a date can mean.
 * @example edtfBounds("1939-12") // { earliestDay: -11005, latestDay: -10975 }
 */
export function edtfBounds(value: string): DayBounds {
  const cached = boundsCache.get(value);
  if (cached) return cached;
  const result = bounds(parseEdtf(value));
  if (!result) throw new Error(`EDTF has no computable bounds: ${value}`);
  // Parsing is slow (about 0.2 ms) and dates repeat across documents; results are kept, bounded.
  if (boundsCache.size >= 10_000) boundsCache.clear();
  boundsCache.set(value, Object.freeze(result));
  return result;
}

const boundsCache = new Map<string, DayBounds>();

function toDay(ms: number): number | null {
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

// The library's own min/max are wrong for ranges inside sets ("[1937..1938]" ends in 1937),
// so sets, lists and intervals are walked here and only single dates use the library.
function bounds(node: EdtfNode | null): DayBounds | undefined {
  if (node === null) return { earliestDay: null, latestDay: null };
  if (node.type === "Interval" || node.type === "Set" || node.type === "List") {
    const members = flattenMembers(node.values);
    if (members.length === 0) return undefined;
    const parts = members.map((member) => (member === null ? null : bounds(member)));
    if (parts.some((part) => part === undefined)) return undefined;
    const first = parts[0];
    const last = parts[parts.length - 1];
    const openStart = node.type === "Interval" ? first === null : node.earlier === true;
    const openEnd = node.type === "Interval" ? last === null : node.later === true;
    const earliest = openStart ? null : minOf(parts.map((p) => p?.earliestDay));
    const latest = openEnd ? null : maxOf(parts.map((p) => p?.latestDay));
    return { earliestDay: earliest, latestDay: latest };
  }
  if (!isRealCalendarDate(node)) return undefined;
  if (node.type === "Season") {
    const season = seasonBounds(node);
    if (season) return season;
  }
  const value = edtf(node);
  const earliestDay = toDay(value.min);
  const latestDay = toDay(value.max);
  if (earliestDay === null || latestDay === null || earliestDay > latestDay) return undefined;
  return { earliestDay, latestDay };
}

/**
 * Seasons of the year (EDTF 21–32). The library reads them as quarters (spring = January to
 * March), which puts "the fall of 1939" in July to September. Here a season is the northern one
 * unless the code says southern (29–32), from the first day it can mean (meteorological start)
 * to the last (astronomical end); winter may mean the start or the end of its year. Quarters,
 * quadrimesters and semesters (33–41) are left to the library, which reads them right.
 * @example seasonBounds(parse("1939-23")) // 1 September 1939 to 21 December 1939, as day numbers
 */
function seasonBounds(node: EdtfNode): DayBounds | undefined {
  const [year, season] = node.values;
  if (typeof year !== "number" || typeof season !== "number") return undefined;
  const northern = SEASON_OF_CODE[season];
  if (!northern) return undefined;
  const [from, to] = SEASON_SPANS[northern];
  return { earliestDay: calendarDay(year, ...from), latestDay: calendarDay(year + to[2], to[0], to[1]) };
}

type SeasonName = "spring" | "summer" | "autumn" | "winter";

/** Codes 21–24 and 25–28 are northern seasons; 29–32 southern, i.e. six months apart. */
const SEASON_OF_CODE: Record<number, SeasonName> = {
  21: "spring", 22: "summer", 23: "autumn", 24: "winter",
  25: "spring", 26: "summer", 27: "autumn", 28: "winter",
  29: "autumn", 30: "winter", 31: "spring", 32: "summer",
};

/** [month (0-based), day] of the first day; [month, day, years later] of the last day. */
const SEASON_SPANS: Record<SeasonName, [[number, number], [number, number, number]]> = {
  spring: [[2, 1], [5, 20, 0]],
  summer: [[5, 1], [8, 22, 0]],
  autumn: [[8, 1], [11, 21, 0]],
  winter: [[0, 1], [2, 20, 1]],
};

/** Day number of a calendar date, for any year (Date.UTC would read 0–99 as 1900–1999). */
function calendarDay(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year);
  return Math.floor(date.getTime() / DAY_MS);
}

// The parser accepts 1890-02-29 and 1941-04-31; a calendar round trip refuses them.
function isRealCalendarDate(node: EdtfNode): boolean {
  if (node.type !== "Date" || node.values.length < 3 || (node.unspecified ?? 0) & 0b11000000) {
    return true;
  }
  const [year, month, day] = node.values as number[];
  const date = new Date(Date.UTC(2000, month!, day!));
  date.setUTCFullYear(year!);
  return date.getUTCMonth() === month && date.getUTCDate() === day;
}

function flattenMembers(values: EdtfNode["values"]): Array<EdtfNode | null> {
  const members: Array<EdtfNode | null> = [];
  for (const value of values) {
    // The parser marks an open end ("..") as Infinity and an unknown end ("/1938") as null.
    if (Array.isArray(value)) members.push(...value);
    else if (value !== null && typeof value === "object") members.push(value);
    else members.push(null);
  }
  return members;
}

function minOf(values: Array<number | null | undefined>): number | null {
  const numbers = values.filter((v): v is number => typeof v === "number");
  return numbers.length ? Math.min(...numbers) : null;
}

function maxOf(values: Array<number | null | undefined>): number | null {
  const numbers = values.filter((v): v is number => typeof v === "number");
  return numbers.length ? Math.max(...numbers) : null;
}

/** A day number as an ISO calendar date, e.g. -11005 → "1939-11-01". */
export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
