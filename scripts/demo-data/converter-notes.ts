/**
 * The converter's own bookkeeping must never reach a visitor: words about the seed file, about
 * what it left out, or places that are no places. The converter refuses to write a document that
 * holds one (build-demo-data.ts), and tests/demo crawls every demo page for the same phrases.
 */

/** Phrases that only make sense to someone who has read seed-persons.json. */
export const CONVERTER_NOTE_PATTERNS: readonly RegExp[] = [
  /\bseed\b/i, // "seed data", "not given in the seed data", "seed-persons.json"
  /\bnot named in the (?:text|texts|sources?)\b/i, // "(not named in the text)" as a name or place
  /\bF[0-4]\b/, // the seed's shorthand for its five files
  /\bdate_(?:text|note)\b/,
];

/** Seed place strings that name no place (a border nobody names, a train, the camp system). */
export const NOT_A_PLACE = /^(?:on a train|(?:the )?border\b.*|(?:the )?gulag)$/i;

/** The converter notes in one string. @example converterNotesIn("not given in the seed data") // ["seed"] */
export function converterNotesIn(text: string): string[] {
  return CONVERTER_NOTE_PATTERNS.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

/**
 * Every converter note in a document (or any JSON value), as "path: what was found".
 * @example findConverterNotes({ events: [{ place: { name: "on a train" } }] }) // ['events.0.place.name: "on a train" is no place']
 */
export function findConverterNotes(value: unknown, path = ""): string[] {
  if (typeof value === "string") {
    return converterNotesIn(value).map((found) => `${path}: "${found}" in "${value}"`);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findConverterNotes(item, join(path, i)));
  if (value === null || typeof value !== "object") return [];
  const found = Object.entries(value).flatMap(([key, item]) => findConverterNotes(item, join(path, key)));
  const name = (value as { name?: unknown }).name;
  if (/(?:^|\.)place$/.test(path) && typeof name === "string" && NOT_A_PLACE.test(name)) {
    found.push(`${path}.name: "${name}" is no place`);
  }
  return found;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
