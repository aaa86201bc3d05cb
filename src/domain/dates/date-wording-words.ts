/**
 * The words families use for dates, in English, German and Russian, all lower case. Russian
 * month and season names appear in the forms people write: "декабрь", "декабря", "в декабре",
 * "весной".
 */

const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ["january", "jan", "januar", "jänner", "jän", "январь", "января", "январе", "янв"],
  ["february", "feb", "februar", "feber", "февраль", "февраля", "феврале", "фев", "февр"],
  ["march", "mar", "märz", "maerz", "mär", "март", "марта", "марте", "мар"],
  ["april", "apr", "апрель", "апреля", "апреле", "апр"],
  ["may", "mai", "май", "мая", "мае"],
  ["june", "jun", "juni", "июнь", "июня", "июне", "июн"],
  ["july", "jul", "juli", "июль", "июля", "июле", "июл"],
  ["august", "aug", "август", "августа", "августе", "авг"],
  ["september", "sep", "sept", "сентябрь", "сентября", "сентябре", "сен", "сент"],
  ["october", "oct", "oktober", "okt", "октябрь", "октября", "октябре", "окт"],
  ["november", "nov", "ноябрь", "ноября", "ноябре", "ноя", "нояб"],
  ["december", "dec", "dezember", "dez", "декабрь", "декабря", "декабре", "дек"],
];

/** Month number (1–12) by word; abbreviations may end in a full stop. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
);

/** EDTF season codes: 21 spring, 22 summer, 23 autumn, 24 winter. */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ...["spring", "frühjahr", "frühling", "весна", "весной"].map((w) => [w, 21] as const),
  ...["summer", "sommer", "лето", "летом"].map((w) => [w, 22] as const),
  ...["autumn", "fall", "herbst", "осень", "осенью"].map((w) => [w, 23] as const),
  ...["winter", "зима", "зимой"].map((w) => [w, 24] as const),
]);

/** "about 1890", "um 1890", "около 1890". */
export const APPROXIMATE =
  "about|around|approximately|approx\\.?|circa|ca\\.?|c\\.|um|etwa|ungefähr|gegen|zirka|около|ок\\.|примерно|приблизительно";

/** "probably 1890", "wahrscheinlich 1890", "вероятно 1890". */
export const UNCERTAIN =
  "probably|possibly|perhaps|maybe|likely|wahrscheinlich|vermutlich|vielleicht|möglicherweise|wohl|вероятно|возможно|предположительно|видимо";

export const BETWEEN = { start: "between|zwischen|между", and: "and|und|и" };
export const FROM_TO = { start: "from|von|vom|с|со", to: "to|until|till|bis|по|до" };
export const BEFORE = "before|vor|до";
export const AFTER = "after|nach|после";
export const UNTIL = "until|till|bis|bis zum|bis zur";
export const SINCE = "since|from|seit|ab|с|со|начиная с";

/** Words that only say a date is not known; the form asks to leave the field empty instead. */
export const UNKNOWN = new Set([
  "unknown",
  "not known",
  "unbekannt",
  "nicht bekannt",
  "неизвестно",
  "не известно",
  "?",
]);

/** Filler words around a date that carry no meaning: "in 1939", "im Dezember", "в 1939 году". */
export const FILLER_PREFIX = /^(?:in the year|in den|in|im jahre?|im|on|the|die|am|во|в)\s+/;
export const FILLER_SUFFIX = /\s*(?:г\.|гг\.|года|году|год|годах|годов|годы)$/;
