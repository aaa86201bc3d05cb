/**
 * The request letter to an archive: a template in the letter's language with the person's names,
 * dates and places from the memorial already in it, and [[placeholders]] for what only the
 * requester knows. The page fills it in on the server (without JavaScript) and hands the same
 * template and parts to public/js/request-letter.js, which fills it in the browser the same way
 * (`fillLetter`), so nothing the requester types needs to leave the browser.
 */
import { z } from "zod";
import { translator, type Locale } from "../../platform/i18n";
import { formatEdtf } from "../../domain/dates/date-format";
import { dateTimeFormat } from "../../domain/intl";
import { DEATH_EVENT_TYPES, firstEvent, primaryName, type LifeEvent, type PersonDocument, type Place } from "../../domain/person-document";

export const LETTER_LANGUAGES = ["ru", "de", "en"] as const satisfies readonly Locale[];
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
export const LETTER_ARCHIVES = ["fsb", "garf", "rgaspi", "bundesarchiv", "arolsen"] as const;
export type LetterArchive = (typeof LETTER_ARCHIVES)[number];

export const LETTER_LIMITS = { requester: 200, relationship: 100, contact: 500 } as const;

/** What the requester chooses and types; every field may be left empty (the letter shows a blank). */
export const letterRequest = z.object({
  language: z.enum(LETTER_LANGUAGES).default("ru"),
  archive: z.enum(LETTER_ARCHIVES).default("fsb"),
  requester: z.string().trim().max(LETTER_LIMITS.requester).default(""),
  relationship: z.string().trim().max(LETTER_LIMITS.relationship).default(""),
  // A textarea sends CRLF; the browser's own copy of the text has LF.
  contact: z.string().trim().max(LETTER_LIMITS.contact).transform((s) => s.replace(/\r\n?/g, "\n")).default(""),
});
export type LetterRequest = z.infer<typeof letterRequest>;

/** The parts of a letter that depend on the choices, in one language. */
export interface LetterParts {
  addressee: Record<LetterArchive, string>;
  legal: Record<LetterArchive, string>;
  blank: { requester: string; relationship: string; contact: string };
  date: string;
}

export interface LetterKit {
  template: Record<LetterLanguage, string>;
  parts: Record<LetterLanguage, LetterParts>;
}

const INTL_LOCALE: Record<LetterLanguage, string> = { ru: "ru-RU", de: "de-DE", en: "en-GB" };

function placeText(place: Place | undefined): string {
  if (!place) return "";
  return place.modern_name && place.modern_name !== place.name ? `${place.name} (${place.modern_name})` : place.name;
}

/** Russian archives file people under the Cyrillic form of the name, so a Russian letter leads with it. */
function namesFor(doc: PersonDocument, language: LetterLanguage): { name: string; others: string[] } {
  const primary = primaryName(doc);
  const cyrillic = doc.names.find((n) => n.script === "Cyrl" && n !== primary);
  const lead = language === "ru" && cyrillic ? `${cyrillic.display} (${primary.display})` : primary.display;
  const used = new Set([primary, ...(language === "ru" && cyrillic ? [cyrillic] : [])]);
  return { name: lead, others: doc.names.filter((n) => !used.has(n)).map((n) => n.display) };
}

type FactKey = "born" | "arrested" | "sentenced" | "handedOver" | "died" | "executed" | "rehabilitated";

function factLines(doc: PersonDocument, language: LetterLanguage): string[] {
  const t = translator(language);
  const line = (key: FactKey, event: LifeEvent | undefined, always = false) => {
    if (!event && !always) return [];
    const date = event?.date ? formatEdtf(event.date.edtf, language) : t("records:letter.unknown");
    const place = placeText(event?.place);
    return [`- ${t(`records:letter.${key}`)}: ${place ? `${date}, ${place}` : date}`];
  };
  const death = firstEvent(doc, DEATH_EVENT_TYPES);
  return [
    ...line("born", firstEvent(doc, ["birth"]), true),
    ...line("arrested", firstEvent(doc, ["arrest"])),
    ...line("sentenced", firstEvent(doc, ["sentence"])),
    ...line("handedOver", firstEvent(doc, ["handover"])),
    ...line(death?.type === "execution" ? "executed" : "died", death, true),
    ...line("rehabilitated", firstEvent(doc, ["rehabilitation"])),
  ];
}

/** The letter in one language with the memorial's facts in it and [[placeholders]] for the rest. */
export function letterTemplate(doc: PersonDocument, language: LetterLanguage): string {
  const t = translator(language);
  const { name, others } = namesFor(doc, language);
  return [
    "[[addressee]]",
    t("records:letter.from"),
    "[[contact]]",
    "",
    t("records:letter.subject", { name }),
    "",
    t("records:letter.salutation"),
    "",
    t("records:letter.request", { name }),
    "",
    t("records:letter.factsTitle"),
    `- ${t("records:letter.names")}: ${name}`,
    ...(others.length ? [`- ${t("records:letter.otherNames")}: ${others.join("; ")}`] : []),
    ...factLines(doc, language),
    "",
    t("records:letter.relationship"),
    "[[legal]]",
    t("records:letter.proof"),
    "",
    t("records:letter.answerTo"),
    "",
    t("records:letter.closing"),
    "[[requester]]",
    t("records:letter.date"),
  ].join("\n");
}

export function letterParts(doc: PersonDocument, language: LetterLanguage, today: Date): LetterParts {
  const t = translator(language);
  const place = placeText(firstEvent(doc, ["arrest"])?.place) || t("records:letter.unknownPlace");
  const per = (key: "addressee" | "legal") =>
    Object.fromEntries(LETTER_ARCHIVES.map((a) => [a, t(`records:letter.${key}.${a}`).replace("[[place]]", place)])) as Record<LetterArchive, string>;
  return {
    addressee: per("addressee"),
    legal: per("legal"),
    blank: {
      requester: t("records:letter.blank.requester"),
      relationship: t("records:letter.blank.relationship"),
      contact: t("records:letter.blank.contact"),
    },
    date: dateTimeFormat(INTL_LOCALE[language], { dateStyle: "long", timeZone: "UTC" }).format(today),
  };
}

/** Everything the browser needs to make any of the letters for this person. */
export function letterKit(doc: PersonDocument, today: Date): LetterKit {
  const each = <T>(make: (l: LetterLanguage) => T) => Object.fromEntries(LETTER_LANGUAGES.map((l) => [l, make(l)])) as Record<LetterLanguage, T>;
  return { template: each((l) => letterTemplate(doc, l)), parts: each((l) => letterParts(doc, l, today)) };
}

/**
 * Fills a template: one pass, so text the requester typed is never read as a placeholder, and a
 * line that holds only a placeholder with nothing to say disappears. public/js/request-letter.js
 * does exactly this in the browser.
 * @example fillLetter("A\n[[legal]]\nB [[requester]]", parts, { …, requester: "Anna" }) === "A\nB Anna"
 */
export function fillLetter(template: string, parts: LetterParts, request: LetterRequest): string {
  const values: Record<string, string> = {
    addressee: parts.addressee[request.archive],
    legal: parts.legal[request.archive],
    requester: request.requester || parts.blank.requester,
    relationship: request.relationship || parts.blank.relationship,
    contact: request.contact || parts.blank.contact,
    date: parts.date,
  };
  return template
    .split("\n")
    .filter((line) => !/^\[\[\w+\]\]$/.test(line) || values[line.slice(2, -2)])
    .join("\n")
    .replace(/\[\[(\w+)\]\]/g, (token, key: string) => values[key] ?? token);
}
