/**
 * What a published person document contributes to the search index. Pure: the same document
 * always gives the same row, keys and text.
 */
import { edtfBounds } from "../../domain/dates/edtf";
import { nameWords, searchFold } from "../../domain/names/name-fold";
import { isPhoneticKey, storedPhoneticKey, TIER, wordKeys, type WordKey } from "../../domain/names/name-keys";
import {
  DEATH_EVENT_TYPES,
  EVENT_TYPES,
  MARKER_KINDS,
  PERSECUTORS,
  firstEvent,
  type PersonDocument,
  type Place,
} from "../../domain/person-document";
import { sortKey } from "../memorials/projection";

/** Filter keys share the name-key table but can never match a name word (tier 9). */
export const FILTER_TIER = 9;

/** One row of `search_keys`: key, tier, position of the name (or -1 for filter keys). */
export type IndexKey = [key: string, tier: number, pos: number];

export interface SearchDocument {
  sortName: string;
  birthDay: number | null;
  deathDay: number | null;
  fates: number;
  persecutors: number;
  markers: number;
  countries: string;
  nationalities: string;
  organisations: string;
}

export function bitmask<T extends string>(all: readonly T[], present: Iterable<T>): number {
  let mask = 0;
  for (const value of present) {
    const bit = all.indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

const unique = <T>(values: T[]) => [...new Set(values)];

function docPlaces(doc: PersonDocument): Place[] {
  return [...doc.events.flatMap((e) => (e.place ? [e.place] : [])), ...doc.markers.flatMap((m) => (m.place ? [m.place] : []))];
}

/** The `search_docs` columns: sort key, life span in days, facet bitmasks and values. */
export function searchDocumentRow(doc: PersonDocument): SearchDocument {
  const primary = doc.names.find((n) => n.primary) ?? doc.names[0]!;
  const birth = firstEvent(doc, ["birth"])?.date?.edtf;
  const death = firstEvent(doc, DEATH_EVENT_TYPES)?.date?.edtf;
  return {
    sortName: sortKey(primary.family, primary.given, primary.display),
    birthDay: birth ? edtfBounds(birth).earliestDay : null,
    deathDay: death ? edtfBounds(death).latestDay : null,
    fates: bitmask(EVENT_TYPES, doc.events.map((e) => e.type)),
    persecutors: bitmask(PERSECUTORS, doc.persecuted_by ?? []),
    markers: bitmask(MARKER_KINDS, doc.markers.map((m) => m.kind)),
    countries: JSON.stringify(unique(docPlaces(doc).flatMap((p) => (p.country ? [p.country] : []))).sort()),
    nationalities: JSON.stringify(unique(doc.nationalities ?? [])),
    organisations: JSON.stringify(unique(doc.organisations ?? [])),
  };
}

/** Names in the order their keys are attributed: the primary name first, then as listed. */
function namesPrimaryFirst(doc: PersonDocument) {
  const indexed = doc.names.map((name, pos) => ({ name, pos }));
  return [...indexed.filter((n) => n.name.primary), ...indexed.filter((n) => !n.name.primary)];
}

/**
 * Where a key was found, in the `pos` column: the name's position × 4, + 2 for a name other than
 * the primary one, + 1 for a given name (or patronymic) rather than a family name. Ranking reads
 * the two low bits (primary before other names, surname before given name) and the rest finds
 * the name that matched. Filter and place keys have -1.
 */
export const namePart = (position: number, primary: boolean, given: boolean) => position * 4 + (primary ? 0 : 2) + (given ? 1 : 0);
export const positionOfPart = (pos: number) => (pos < 0 ? -1 : pos >> 2);

type PersonName = PersonDocument["names"][number];

/**
 * The words a name contributes, each marked as given name or not. A name with given or family
 * parts contributes only those: its display form may be descriptive ("Agnessa (daughter of Béla
 * Kun)") and words like "daughter" are nobody's name. A display-only name contributes its words
 * outside brackets, the last one read as the family name.
 */
function nameParts(name: PersonName): Array<{ word: string; given: boolean }> {
  const words = (text: string | undefined) => nameWords(text ?? "").filter((w) => w.length > 1);
  if (name.given || name.family || name.patronymic) {
    return [
      ...words(name.family).map((word) => ({ word, given: false })),
      ...words(`${name.given ?? ""} ${name.patronymic ?? ""}`).map((word) => ({ word, given: true })),
    ];
  }
  const display = words(name.display.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
  return display.map((word, i) => ({ word, given: i < display.length - 1 }));
}

/** The keys of one word as the index stores them: phonetic codes carry the word (storedPhoneticKey). */
function storedKeys(word: string, namespace = ""): WordKey[] {
  return wordKeys(word).map(({ key, tier }) => ({ key: namespace + (isPhoneticKey(key) ? storedPhoneticKey(key, word) : key), tier }));
}

/** Every key of every name word (best tier, first name reaching it) plus place and filter keys. */
export function searchKeys(doc: PersonDocument): IndexKey[] {
  const best = new Map<string, IndexKey>();
  for (const { name, pos } of namesPrimaryFirst(doc)) {
    for (const { word, given } of nameParts(name)) {
      for (const { key, tier } of storedKeys(word)) {
        const seen = best.get(key);
        if (!seen || tier < seen[1]) best.set(key, [key, tier, namePart(pos, !!name.primary, given)]);
      }
    }
  }
  for (const key of placeKeys(doc)) if (!best.has(key)) best.set(key, [key, TIER.place, -1]);
  for (const key of filterKeys(doc)) if (!best.has(key)) best.set(key, [key, FILTER_TIER, -1]);
  return [...best.values()];
}

/** The key a free-text filter value is looked up by, e.g. nationality "German communist". */
export function tagKey(prefix: "n" | "o", value: string): string {
  return `${prefix}:${nameWords(value).map(searchFold).join(" ")}`;
}

/**
 * Place words get the keys of name words under `p:` (folded, transliterated, phonetic), so
 * Duesseldorf finds Düsseldorf and Kharkov finds Kharkiv, both in the query and in `place=`.
 */
export const PLACE_NAMESPACE = "p:";

function placeKeys(doc: PersonDocument): string[] {
  const words = unique(docPlaces(doc).flatMap((p) => nameWords(`${p.name} ${p.modern_name ?? ""}`)).filter((w) => w.length > 1));
  return unique(words.flatMap((word) => storedKeys(word, PLACE_NAMESPACE).map((k) => k.key)));
}

function filterKeys(doc: PersonDocument): string[] {
  const places = docPlaces(doc);
  return unique([
    ...places.flatMap((p) => (p.country ? [`c:${p.country.toLowerCase()}`] : [])),
    ...(doc.nationalities ?? []).map((n) => tagKey("n", n)),
    ...(doc.organisations ?? []).map((o) => tagKey("o", o)),
  ]);
}

/**
 * Places, marker addresses, biographies and tags for the lower-weighted full-text match, each word
 * folded as names are (Düsseldorf and Duesseldorf are both "dusseldorf"), so the query folds alike.
 */
export function searchText(doc: PersonDocument): string {
  return rawSearchText(doc)
    .split("\n")
    .map((line) => nameWords(line).map(searchFold).join(" "))
    .join("\n");
}

function rawSearchText(doc: PersonDocument): string {
  return [
    ...docPlaces(doc).flatMap((p) => [p.name, p.modern_name ?? ""]),
    ...doc.markers.flatMap((m) => [m.address ?? "", m.inscription ?? ""]),
    ...Object.values(doc.biography ?? {}),
    ...(doc.nationalities ?? []),
    ...(doc.organisations ?? []),
  ]
    .filter(Boolean)
    .join("\n");
}
