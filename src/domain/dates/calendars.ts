/**
 * The calendars GEDCOM names (Gregorian, Julian, Hebrew, French Republican) as day numbers, so a
 * date in any of them can be given its exact Gregorian equivalent for EDTF. Day numbers count
 * days since 1970-01-01, as src/domain/dates/edtf.ts does. Years are astronomical: 0 is 1 BCE, -1 is 2 BCE.
 *
 * The conversions are exact arithmetic, not tables of a few centuries: the Gregorian calendar is
 * proleptic (used before 1582 too, as ISO 8601 and EDTF do), the Julian one as far back as its
 * rules reach, the Hebrew one by the rules of the fixed calendar (molad and postponements,
 * Reingold and Dershowitz, "Calendrical Calculations"), the French Republican one by the years it
 * was in use (I to XIV, 1792–1806: the years that began on the day of the autumn equinox).
 */

/** Julian day number of 1970-01-01 (day number 0). */
const JDN_EPOCH = 2_440_588;

export type CalendarName = "gregorian" | "julian" | "hebrew" | "french_r";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const floorDiv = (a: number, b: number) => Math.floor(a / b);

/** The Gregorian date of a day number (proleptic, any year). */
export function gregorianFromDay(day: number): CalendarDate {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayFromGregorian({ year, month, day }: CalendarDate): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) - 32_045 - JDN_EPOCH;
}

export function dayFromJulian({ year, month, day }: CalendarDate): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - 32_083 - JDN_EPOCH;
}

export function julianFromDay(dayNumber: number): CalendarDate {
  const c = dayNumber + JDN_EPOCH + 32_082;
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return { day: e - floorDiv(153 * m + 2, 5) + 1, month: m + 3 - 12 * floorDiv(m, 10), year: d - 4800 + floorDiv(m, 10) };
}

function gregorianLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// ---- Hebrew -------------------------------------------------------------------------------
// Months are numbered as in "Calendrical Calculations": Nisan = 1 … Adar = 12, Adar II = 13;
// the year begins with Tishri (7). Day numbers here are R.D. (1 = 1 January 1 CE) until the end.

const RD_EPOCH = 719_163; // R.D. of 1970-01-01
const HEBREW_EPOCH_RD = -1_373_427; // 1 Tishri AM 1 (7 October 3761 BCE, Julian)
export const TISHRI = 7;

export function hebrewLeap(year: number) {
  return (((7 * year + 1) % 19) + 19) % 19 < 7;
}

const lastHebrewMonth = (year: number) => (hebrewLeap(year) ? 13 : 12);

function hebrewElapsedDays(year: number): number {
  const months = floorDiv(235 * year - 234, 19);
  const parts = 12_084 + 13_753 * months;
  const day = 29 * months + floorDiv(parts, 25_920);
  return (((3 * (day + 1)) % 7) + 7) % 7 < 3 ? day + 1 : day;
}

function hebrewYearDelay(year: number): number {
  const [before, now, after] = [hebrewElapsedDays(year - 1), hebrewElapsedDays(year), hebrewElapsedDays(year + 1)];
  if (after - now === 356) return 2;
  if (now - before === 382) return 1;
  return 0;
}

const hebrewNewYear = (year: number) => HEBREW_EPOCH_RD + hebrewElapsedDays(year) + hebrewYearDelay(year);
const hebrewYearDays = (year: number) => hebrewNewYear(year + 1) - hebrewNewYear(year);

/** Days in a Hebrew month; 0 when the year has no such month (Adar II outside leap years). */
export function hebrewMonthDays(year: number, month: number): number {
  if (month < 1 || month > lastHebrewMonth(year)) return 0;
  if ([2, 4, 6, 10, 13].includes(month)) return 29;
  if (month === 12 && !hebrewLeap(year)) return 29;
  const length = hebrewYearDays(year);
  if (month === 8 && length % 10 !== 5) return 29; // Marheshvan is long only in complete years
  if (month === 9 && length % 10 === 3) return 29; // Kislev is short in deficient years
  return 30;
}

export function dayFromHebrew({ year, month, day }: CalendarDate): number {
  let rd = hebrewNewYear(year) + day - 1;
  if (month < TISHRI) {
    for (let m = TISHRI; m <= lastHebrewMonth(year); m++) rd += hebrewMonthDays(year, m);
    for (let m = 1; m < month; m++) rd += hebrewMonthDays(year, m);
  } else {
    for (let m = TISHRI; m < month; m++) rd += hebrewMonthDays(year, m);
  }
  return rd - RD_EPOCH;
}

export function hebrewFromDay(dayNumber: number): CalendarDate {
  const rd = dayNumber + RD_EPOCH;
  let year = Math.floor((rd - HEBREW_EPOCH_RD) / (35_975_351 / 98_496));
  while (hebrewNewYear(year + 1) <= rd) year++;
  while (hebrewNewYear(year) > rd) year--;
  let month = rd < dayFromHebrew({ year, month: 1, day: 1 }) + RD_EPOCH ? TISHRI : 1;
  while (rd > dayFromHebrew({ year, month, day: hebrewMonthDays(year, month) }) + RD_EPOCH) month = month === lastHebrewMonth(year) ? 1 : month + 1;
  return { year, month, day: rd - (dayFromHebrew({ year, month, day: 1 }) + RD_EPOCH) + 1 };
}

// ---- French Republican ---------------------------------------------------------------------
// 1 Vendémiaire of the years I to XIV (Gregorian), as decreed: each year began on the day of the
// autumn equinox at Paris, so years III, VII and XI had a sixth complementary day.
const REPUBLICAN_NEW_YEARS: Array<[number, number, number]> = [
  [1792, 9, 22], [1793, 9, 22], [1794, 9, 22], [1795, 9, 23], [1796, 9, 22], [1797, 9, 22], [1798, 9, 22],
  [1799, 9, 23], [1800, 9, 23], [1801, 9, 23], [1802, 9, 23], [1803, 9, 24], [1804, 9, 23], [1805, 9, 23], [1806, 9, 23],
];
/** The years the calendar was in use (I–XIV): only for them is the conversion certain. */
export const REPUBLICAN_YEARS = REPUBLICAN_NEW_YEARS.length - 1;

function republicanNewYear(year: number): number | null {
  const start = REPUBLICAN_NEW_YEARS[year - 1];
  return start ? dayFromGregorian({ year: start[0], month: start[1], day: start[2] }) : null;
}

/** Days in a month of the year (12 months of 30 days, then 5 or 6 complementary days as month 13). */
export function republicanMonthDays(year: number, month: number): number {
  const start = republicanNewYear(year);
  const next = republicanNewYear(year + 1);
  if (start === null || next === null || month < 1 || month > 13) return 0;
  return month === 13 ? next - start - 360 : 30;
}

export function dayFromRepublican({ year, month, day }: CalendarDate): number | null {
  const start = republicanNewYear(year);
  return start === null ? null : start + (month - 1) * 30 + day - 1;
}

export function republicanFromDay(dayNumber: number): CalendarDate | null {
  for (let year = 1; year <= REPUBLICAN_YEARS; year++) {
    const start = republicanNewYear(year)!;
    const next = republicanNewYear(year + 1)!;
    if (dayNumber >= start && dayNumber < next) {
      const offset = dayNumber - start;
      return { year, month: Math.floor(offset / 30) + 1, day: (offset % 30) + 1 };
    }
  }
  return null;
}

// ---- Common ---------------------------------------------------------------------------------

/** Days in a month of a calendar's year; 0 when there is no such month or year. */
export function monthDays(calendar: CalendarName, year: number, month: number): number {
  switch (calendar) {
    case "gregorian":
    case "julian": {
      if (month < 1 || month > 12) return 0;
      if (month === 2) return (calendar === "julian" ? year % 4 === 0 : gregorianLeap(year)) ? 29 : 28;
      return [4, 6, 9, 11].includes(month) ? 30 : 31;
    }
    case "hebrew":
      return hebrewMonthDays(year, month);
    case "french_r":
      return republicanMonthDays(year, month);
  }
}

/** The day number of a valid date in a calendar; null when the calendar has no such day. */
export function dayOf(calendar: CalendarName, date: CalendarDate): number | null {
  if (date.day < 1 || date.day > monthDays(calendar, date.year, date.month)) return null;
  switch (calendar) {
    case "gregorian":
      return dayFromGregorian(date);
    case "julian":
      return dayFromJulian(date);
    case "hebrew":
      return date.year >= 1 ? dayFromHebrew(date) : null;
    case "french_r":
      return dayFromRepublican(date);
  }
}

export function dateOf(calendar: CalendarName, dayNumber: number): CalendarDate | null {
  switch (calendar) {
    case "gregorian":
      return gregorianFromDay(dayNumber);
    case "julian":
      return julianFromDay(dayNumber);
    case "hebrew": {
      const date = hebrewFromDay(dayNumber);
      return date.year >= 1 ? date : null;
    }
    case "french_r":
      return republicanFromDay(dayNumber);
  }
}

/** The months of a year in the order they pass (the Hebrew year runs Tishri … Elul). */
export function monthsOfYear(calendar: CalendarName, year: number): number[] {
  if (calendar === "hebrew") {
    const last = lastHebrewMonth(year);
    return [...Array.from({ length: last - TISHRI + 1 }, (_, i) => TISHRI + i), 1, 2, 3, 4, 5, 6];
  }
  return Array.from({ length: calendar === "french_r" ? 13 : 12 }, (_, i) => i + 1);
}

/** First and last day of a month, or of a whole year when `month` is absent; null if none. */
export function spanOf(calendar: CalendarName, year: number, month?: number): { first: number; last: number } | null {
  const months = month === undefined ? monthsOfYear(calendar, year) : [month];
  const firstMonth = months[0]!;
  const lastMonth = months[months.length - 1]!;
  const first = dayOf(calendar, { year, month: firstMonth, day: 1 });
  const lastDays = monthDays(calendar, year, lastMonth);
  const last = lastDays ? dayOf(calendar, { year, month: lastMonth, day: lastDays }) : null;
  return first === null || last === null ? null : { first, last };
}
