/**
 * Dates between EDTF (how the archive stores them) and GEDCOM (5.5.1 and 7). GEDCOM's BEF, AFT
 * and BET…AND are inclusive ("no later than"), so they map to EDTF sets ([..1938], [1937..],
 * [1937..1938]); FROM…TO is a period and maps to an EDTF interval; ABT, CAL and EST are "about".
 * What GEDCOM cannot say exactly (uncertain "?", seasons, lists) is given as its bounds plus a
 * PHRASE with the original wording, never as a more precise date than the evidence.
 */
import { edtfBounds, isValidEdtf } from "./edtf";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "1890-03-12" → "12 MAR 1890"; null when the value is not a plain EDTF date. */
function plainToGedcom(value: string): string | null {
  const m = PLAIN.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return null;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function dayToGedcom(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCFullYear()).padStart(4, "0")}`;
}

export interface GedcomDate {
  /** The DATE payload; empty when only a phrase can say it. */
  value: string;
  /** A PHRASE substructure: the original wording, or why the date is approximate. */
  phrase?: string;
}

/**
 * @param period true for events that last (residence, imprisonment): an interval is FROM…TO.
 * @example edtfToGedcom("1890~") // { value: "ABT 1890" }
 * @example edtfToGedcom("[1937..1938]") // { value: "BET 1937 AND 1938" }
 * @example edtfToGedcom("1939-12/1941", { period: true }) // { value: "FROM DEC 1939 TO 1941" }
 */
export function edtfToGedcom(edtf: string, options: { period?: boolean; julian?: boolean; text?: string } = {}): GedcomDate {
  const cal = options.julian ? "JULIAN " : "";
  const withPhrase = (value: string, why?: string): GedcomDate => {
    const phrase = options.text ?? why;
    return phrase ? { value, phrase } : { value };
  };
  const plain = plainToGedcom(edtf);
  if (plain) return withPhrase(cal + plain);
  const about = /^(.+)[~%]$/.exec(edtf);
  if (about && plainToGedcom(about[1]!)) return withPhrase(`ABT ${cal}${plainToGedcom(about[1]!)}`, edtf.endsWith("%") ? `uncertain and approximate: ${edtf}` : undefined);
  const uncertain = /^(.+)\?$/.exec(edtf);
  if (uncertain && plainToGedcom(uncertain[1]!)) return withPhrase(cal + plainToGedcom(uncertain[1]!)!, `uncertain: ${edtf}`);
  const set = /^\[([^,.\]]*)\.\.([^,.\]]*)\]$/.exec(edtf);
  if (set) {
    const [a, b] = [plainToGedcom(set[1]!), plainToGedcom(set[2]!)];
    if (a && b) return withPhrase(`BET ${cal}${a} AND ${cal}${b}`);
    if (!set[1] && b) return withPhrase(`BEF ${cal}${b}`);
    if (a && !set[2]) return withPhrase(`AFT ${cal}${a}`);
  }
  const interval = /^([^/]*)\/([^/]*)$/.exec(edtf);
  if (interval) {
    const [start, end] = [interval[1]!, interval[2]!];
    const [a, b] = [plainToGedcom(start), plainToGedcom(end)];
    const open = (s: string) => s === ".." || s === "";
    if (a && b) return withPhrase(options.period ? `FROM ${cal}${a} TO ${cal}${b}` : `BET ${cal}${a} AND ${cal}${b}`);
    if (open(start) && b) return withPhrase(options.period ? `TO ${cal}${b}` : `BEF ${cal}${b}`);
    if (a && open(end)) return withPhrase(options.period ? `FROM ${cal}${a}` : `AFT ${cal}${a}`);
  }
  return boundsDate(edtf, options.text);
}

/** Anything else (193X, seasons, lists, qualified interval ends): its bounds, with the EDTF as phrase. */
function boundsDate(edtf: string, text: string | undefined): GedcomDate {
  const phrase = text ?? edtf;
  if (!isValidEdtf(edtf)) return { value: "", phrase };
  const { earliestDay, latestDay } = edtfBounds(edtf);
  if (earliestDay !== null && latestDay !== null) {
    const [a, b] = [dayToGedcom(earliestDay), dayToGedcom(latestDay)];
    return { value: a === b ? a : `BET ${a} AND ${b}`, phrase };
  }
  if (latestDay !== null) return { value: `BEF ${dayToGedcom(latestDay)}`, phrase };
  if (earliestDay !== null) return { value: `AFT ${dayToGedcom(earliestDay)}`, phrase };
  return { value: "", phrase };
}

const CALENDAR = /^(?:@#D(GREGORIAN|JULIAN|HEBREW|FRENCH R|ROMAN|UNKNOWN)@|(GREGORIAN|JULIAN|HEBREW|FRENCH_R))\s+/i;

/** "12 MAR 1890" → "1890-03-12"; null when it is not a Gregorian/Julian date GEDCOM can write. */
function gedcomToPlain(text: string): { edtf: string; julian: boolean } | null {
  let rest = text.trim();
  let julian = false;
  const cal = CALENDAR.exec(rest);
  if (cal) {
    const name = (cal[1] ?? cal[2]!).toUpperCase();
    if (name !== "GREGORIAN" && name !== "JULIAN") return null;
    julian = name === "JULIAN";
    rest = rest.slice(cal[0].length);
  }
  // 5.5.1 dual years ("1917/18") name the year of the later reckoning after the slash; keep the first.
  const m = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3})\s+)?(\d{3,4})(?:\/\d{2})?$/.exec(rest);
  if (!m) return null;
  const [, day, monthName, year] = m;
  const month = monthName ? MONTHS.indexOf(monthName.toUpperCase()) + 1 : 0;
  if (monthName && month === 0) return null;
  if (day && !monthName) return null;
  const y = year!.padStart(4, "0");
  const edtf = !monthName ? y : day ? `${y}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}` : `${y}-${String(month).padStart(2, "0")}`;
  return isValidEdtf(edtf) ? { edtf, julian } : null;
}

export interface ImportedDate {
  edtf: string | null;
  /** The date as the file wrote it, or its phrase. */
  text: string;
  julian: boolean;
}

/**
 * @example gedcomToEdtf("ABT 1890") // { edtf: "1890~", text: "ABT 1890", julian: false }
 * @example gedcomToEdtf("BET 1937 AND 1938") // { edtf: "[1937..1938]", … }
 * @example gedcomToEdtf("(in the war)") // { edtf: null, text: "in the war", … }
 */
export function gedcomToEdtf(input: string): ImportedDate {
  const text = input.trim().replace(/\s+/g, " ");
  const none = (phrase = text): ImportedDate => ({ edtf: null, text: phrase, julian: false });
  if (!text) return none();
  const phraseOnly = /^\((.*)\)$/.exec(text);
  if (phraseOnly) return none(phraseOnly[1]!.trim() || text);
  const upper = text.toUpperCase();
  const two = (re: RegExp, make: (a: string, b: string) => string): ImportedDate | null => {
    const m = re.exec(text);
    if (!m) return null;
    const [a, b] = [gedcomToPlain(m[1]!), gedcomToPlain(m[2]!)];
    return a && b ? { edtf: make(a.edtf, b.edtf), text, julian: a.julian || b.julian } : none();
  };
  const one = (re: RegExp, make: (a: string) => string): ImportedDate | null => {
    const m = re.exec(text);
    if (!m) return null;
    const a = gedcomToPlain(m[1]!);
    return a ? { edtf: make(a.edtf), text, julian: a.julian } : none();
  };
  const result =
    two(/^BET\s+(.+?)\s+AND\s+(.+)$/i, (a, b) => `[${a}..${b}]`) ??
    two(/^FROM\s+(.+?)\s+TO\s+(.+)$/i, (a, b) => `${a}/${b}`) ??
    one(/^FROM\s+(.+)$/i, (a) => `${a}/..`) ??
    one(/^TO\s+(.+)$/i, (a) => `../${a}`) ??
    one(/^BEF\s+(.+)$/i, (a) => `[..${a}]`) ??
    one(/^AFT\s+(.+)$/i, (a) => `[${a}..]`) ??
    one(/^(?:ABT|CAL|EST)\s+(.+)$/i, (a) => `${a}~`) ??
    one(/^INT\s+(.+?)(?:\s+\(.*\))?$/i, (a) => a);
  if (result) {
    if (result.edtf && !isValidEdtf(result.edtf)) return none();
    return result;
  }
  const plain = gedcomToPlain(upper);
  return plain ? { edtf: plain.edtf, text, julian: plain.julian } : none();
}
