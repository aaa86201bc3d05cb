/**
 * What a published person document contributes to the search index. Pure: the same document
 * always gives the same row, keys and text.
 */
import { edtfBounds } from "../../domain/dates/edtf";
import { nameWords, searchFold } from "../../domain/names/name-fold";
import { dedupeKeys, wordKeys, type WordKey } from "../../domain/names/name-keys";
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

/** Every key of every name word (best tier, first name reaching it) plus the filter keys. */
export function searchKeys(doc: PersonDocument): IndexKey[] {
  const best = new Map<string, IndexKey>();
  for (const { name, pos } of namesPrimaryFirst(doc)) {
    const words = nameWords([name.display, name.given, name.patronymic, name.family].filter(Boolean).join(" "));
    const keys: WordKey[] = dedupeKeys(words.filter((w) => w.length > 1).flatMap(wordKeys));
    for (const { key, tier } of keys) {
      const seen = best.get(key);
      if (!seen || tier < seen[1]) best.set(key, [key, tier, pos]);
    }
  }
  for (const key of filterKeys(doc)) if (!best.has(key)) best.set(key, [key, FILTER_TIER, -1]);
  return [...best.values()];
}

/** The key a free-text filter value is looked up by, e.g. nationality "German communist". */
export function tagKey(prefix: "n" | "o", value: string): string {
  return `${prefix}:${nameWords(value).map(searchFold).join(" ")}`;
}

function filterKeys(doc: PersonDocument): string[] {
  const places = docPlaces(doc);
  return unique([
    ...places.flatMap((p) => nameWords(`${p.name} ${p.modern_name ?? ""}`).map((w) => `p:${searchFold(w)}`)),
    ...places.flatMap((p) => (p.country ? [`c:${p.country.toLowerCase()}`] : [])),
    ...(doc.nationalities ?? []).map((n) => tagKey("n", n)),
    ...(doc.organisations ?? []).map((o) => tagKey("o", o)),
  ]);
}

/** Places, marker addresses, biographies and tags for the lower-weighted full-text match. */
export function searchText(doc: PersonDocument): string {
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
