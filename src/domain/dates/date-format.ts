/**
 * EDTF dates in words, as a careful archivist would say them: "about 1890", "December 1939",
 * "1937 – 1938", "until 1938", "1930s". Nothing more precise than the EDTF string is shown.
 */
import type { EdtfNode } from "edtf";
import { parseEdtf } from "./edtf";
import { dateTimeFormat } from "../intl";

export type DateLocale = "en" | "de" | "ru";

interface Phrases {
  about: (s: string) => string;
  uncertain: (s: string) => string;
  from: (s: string) => string;
  until: (s: string) => string;
  orLater: (s: string) => string;
  orEarlier: (s: string) => string;
  decade: (year: number) => string;
  century: (firstYear: number) => string;
  or: string;
  and: string;
  unknown: string;
  lifeUnknown: string;
  birthUnknown: string;
  deathUnknown: string;
  seasons: Record<number, string>;
  year: (year: string) => string;
  /** A year before the common era (EDTF counts 1 BCE as 0, so -43 is 44 BCE). */
  beforeCommonEra: (year: string) => string;
}

const PHRASES: Record<DateLocale, Phrases> = {
  en: {
    about: (s) => `about ${s}`,
    uncertain: (s) => `${s} (uncertain)`,
    from: (s) => `from ${s}`,
    until: (s) => `until ${s}`,
    orLater: (s) => `${s} or later`,
    orEarlier: (s) => `${s} or earlier`,
    decade: (y) => `the ${y}s`,
    century: (y) => `the ${y}s`,
    or: "or",
    and: "and",
    unknown: "unknown",
    lifeUnknown: "dates unknown",
    birthUnknown: "date of birth unknown",
    deathUnknown: "date of death unknown",
    seasons: { 21: "spring", 22: "summer", 23: "autumn", 24: "winter" },
    year: (y) => y,
    beforeCommonEra: (y) => `${y} BC`,
  },
  de: {
    about: (s) => `um ${s}`,
    uncertain: (s) => `${s} (ungesichert)`,
    from: (s) => `ab ${s}`,
    until: (s) => `bis ${s}`,
    orLater: (s) => `${s} oder später`,
    orEarlier: (s) => `${s} oder früher`,
    decade: (y) => `die ${y}er Jahre`,
    century: (y) => `die ${y}er Jahre`,
    or: "oder",
    and: "und",
    unknown: "unbekannt",
    lifeUnknown: "Lebensdaten unbekannt",
    birthUnknown: "Geburtsdatum unbekannt",
    deathUnknown: "Todesdatum unbekannt",
    seasons: { 21: "Frühjahr", 22: "Sommer", 23: "Herbst", 24: "Winter" },
    year: (y) => y,
    beforeCommonEra: (y) => `${y} v. Chr.`,
  },
  ru: {
    about: (s) => `около ${s}`,
    uncertain: (s) => `${s} (предположительно)`,
    from: (s) => `с ${s}`,
    until: (s) => `до ${s}`,
    orLater: (s) => `${s} или позже`,
    orEarlier: (s) => `${s} или раньше`,
    decade: (y) => `${y}-е годы`,
    century: (y) => `${y}-е годы`,
    or: "или",
    and: "и",
    unknown: "неизвестно",
    lifeUnknown: "даты жизни неизвестны",
    birthUnknown: "дата рождения неизвестна",
    deathUnknown: "дата смерти неизвестна",
    seasons: { 21: "весна", 22: "лето", 23: "осень", 24: "зима" },
    year: (y) => `${y} г.`,
    beforeCommonEra: (y) => `${y} г. до н. э.`,
  },
};

/**
 * @example formatEdtf("1890~", "en") === "about 1890"
 * @example formatEdtf("1939-12", "de") === "Dezember 1939"
 */
export function formatEdtf(value: string | null | undefined, locale: DateLocale): string {
  const phrases = PHRASES[locale];
  if (!value) return phrases.unknown;
  try {
    return formatNode(parseEdtf(value), locale, phrases);
  } catch {
    return value;
  }
}

/** The word for a date nobody knows, in the given language. */
export function unknownDate(locale: DateLocale): string {
  return PHRASES[locale].unknown;
}

/**
 * Birth and death as a list, a card or a search hit shows them: the one place that puts the two
 * dates side by side, so a person whose dates nobody knows never reads "unknown – unknown".
 * @example formatLifeDates("1890~", "1941-10-23", "en") === "about 1890 – 23 October 1941"
 * @example formatLifeDates(null, null, "de") === "Lebensdaten unbekannt"
 * @example formatLifeDates("1901", null, "en") === "1901 – date of death unknown"
 */
export function formatLifeDates(birth: string | null | undefined, death: string | null | undefined, locale: DateLocale): string {
  const phrases = PHRASES[locale];
  if (!birth && !death) return phrases.lifeUnknown;
  const from = birth ? formatEdtf(birth, locale) : phrases.birthUnknown;
  const to = death ? formatEdtf(death, locale) : phrases.deathUnknown;
  return `${from} – ${to}`;
}

function formatNode(node: EdtfNode, locale: DateLocale, p: Phrases): string {
  switch (node.type) {
    case "Interval": {
      // Open ends come from the parser as Infinity, unknown ones as null.
      const [start, end] = node.values.map((v) =>
        v !== null && typeof v === "object" && !Array.isArray(v) ? v : null,
      );
      if (start && end) return `${formatNode(start, locale, p)} – ${formatNode(end, locale, p)}`;
      if (start) return p.from(formatNode(start, locale, p));
      if (end) return p.until(formatNode(end, locale, p));
      return p.unknown;
    }
    case "Set":
    case "List": {
      const words = node.values.map((member) =>
        Array.isArray(member)
          ? member.map((x) => formatNode(x, locale, p)).join(" – ")
          : member !== null && typeof member === "object"
            ? formatNode(member, locale, p)
            : "",
      );
      let text = words.filter(Boolean).join(node.type === "Set" ? ` ${p.or} ` : ` ${p.and} `);
      if (node.earlier) text = p.orEarlier(text);
      if (node.later) text = p.orLater(text);
      return text;
    }
    case "Season": {
      const [year, season] = node.values as number[];
      return qualify(node, `${p.seasons[season ?? 0] ?? ""} ${year}`.trim(), p);
    }
    case "Decade":
      return qualify(node, p.decade((node.values[0] as number) * 10), p);
    case "Century":
      return qualify(node, p.century((node.values[0] as number) * 100), p);
    default:
      return qualify(node, formatCalendarDate(node, locale, p), p);
  }
}

function qualify(node: EdtfNode, text: string, p: Phrases): string {
  let result = text;
  if (node.approximate) result = p.about(result);
  if (node.uncertain) result = p.uncertain(result);
  return result;
}

// British order ("23 October 1941") reads unambiguously to every English reader.
const INTL_LOCALE: Record<DateLocale, string> = { en: "en-GB", de: "de-DE", ru: "ru-RU" };

// Bits of the library's "unspecified" mask: year digits 1–15, month 16–48, day 64–192.
const MONTH_UNSPECIFIED = 0b110000;
const DAY_UNSPECIFIED = 0b11000000;

function formatCalendarDate(node: EdtfNode, locale: DateLocale, p: Phrases): string {
  const [year, month, day] = node.values as Array<number | undefined>;
  if (year === undefined) return p.unknown;
  const unspecified = node.unspecified ?? 0;
  const yearDigitsUnknown = unspecified & 0b1111;
  if (yearDigitsUnknown) {
    // 193X: the decade; 19XX: the century. Anything else falls back to the EDTF text.
    if (yearDigitsUnknown === 0b1000) return p.decade(Math.floor(year / 10) * 10);
    if (yearDigitsUnknown === 0b1100) return p.century(Math.floor(year / 100) * 100);
  }
  const hasMonth = month !== undefined && !(unspecified & MONTH_UNSPECIFIED);
  const hasDay = hasMonth && day !== undefined && !(unspecified & DAY_UNSPECIFIED);
  const date = new Date(Date.UTC(2000, month ?? 0, day ?? 1));
  date.setUTCFullYear(year);
  const beforeCommonEra = year <= 0;
  if (hasDay) {
    return dateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", ...(beforeCommonEra ? { era: "short" as const } : {}) }).format(date);
  }
  const yearWords = beforeCommonEra ? p.beforeCommonEra(String(1 - year)) : p.year(String(year));
  if (hasMonth) {
    const monthName = dateTimeFormat(INTL_LOCALE[locale], { month: "long", timeZone: "UTC" }).format(date);
    return `${monthName} ${yearWords}`;
  }
  return yearWords;
}
