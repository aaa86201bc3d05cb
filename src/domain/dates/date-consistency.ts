/**
 * Do the words of a date and its EDTF code say the same thing? The words are what the family or
 * the source wrote; the code is what the archive sorts, filters and shows by. When the words
 * can be read (parseDateWording) and the periods they and the code can mean do not meet, they
 * disagree, and the archive must not publish the code as if the words said it (docs/dates.md).
 *
 * "Do not meet" is deliberately generous, so only a contradiction is refused:
 * - any overlap agrees: "1938" and 1938-03-15, "between 1937 and 1938" and 1937, "March 1938"
 *   and 1938;
 * - "about" (EDTF ~ or %) on either side reaches one year further each way: "about 1890" and
 *   1891 agree, "about 1890" and 1895 do not;
 * - uncertainty ("probably", ?) does not widen: "probably 1942" and 1890 disagree, "1942" and
 *   1942? agree;
 * - a season reaches three months further each way (where spring begins is a matter of
 *   hemisphere and habit), a Julian date thirteen days (the calendars' difference after 1900).
 * Words that cannot be read ("after the pact was signed") never disagree.
 */
import { edtfBounds, isValidEdtf } from "./edtf";
import { parseDateWording } from "./date-wording";

const YEAR_DAYS = 366;
const SEASON_DAYS = 92;
const JULIAN_DAYS = 13;

export interface DateLike {
  edtf: string;
  text?: string;
  calendar?: "gregorian" | "julian" | "hebrew" | "french_r";
}

/** A date whose words, read, say another date than its code. */
export interface Disagreement {
  /** What the words say, as EDTF: "1942?" for "wahrscheinlich 1942". */
  wordsEdtf: string;
  edtf: string;
  text: string;
}

/**
 * @example wordsDisagreement({ edtf: "1890", text: "wahrscheinlich 1942" }) // { wordsEdtf: "1942?", edtf: "1890", … }
 * @example wordsDisagreement({ edtf: "1890", text: "about 1890" }) // null
 */
export function wordsDisagreement(date: DateLike): Disagreement | null {
  if (!date.text || !isValidEdtf(date.edtf)) return null;
  // Words in the Hebrew or French Republican calendar cannot be read as Gregorian words; their
  // EDTF is the converted date (gedcom-date.ts), so there is nothing to compare them with.
  if (date.calendar === "hebrew" || date.calendar === "french_r") return null;
  const read = parseDateWording(date.text);
  if (!read?.ok || read.edtf === date.edtf) return null;
  const words = reach(read.edtf, date.calendar);
  const code = reach(date.edtf, date.calendar);
  if (words.from <= code.to && code.from <= words.to) return null;
  return { wordsEdtf: read.edtf, edtf: date.edtf, text: date.text };
}

/** The days a date can mean, widened as the rules above say; open ends are infinite. */
function reach(edtf: string, calendar: DateLike["calendar"]): { from: number; to: number } {
  const { earliestDay, latestDay } = edtfBounds(edtf);
  let slack = calendar === "julian" ? JULIAN_DAYS : 0;
  if (/[~%]/.test(edtf)) slack += YEAR_DAYS;
  if (/\d{4}-(?:2[1-9]|3\d|4[01])(?![\d-])/.test(edtf)) slack += SEASON_DAYS;
  return {
    from: earliestDay === null ? -Infinity : earliestDay - slack,
    to: latestDay === null ? Infinity : latestDay + slack,
  };
}
