/**
 * What a published document contributes to the read tables and listing columns. Pure: the
 * same document always gives the same rows.
 */
import { edtfBounds } from "../../domain/dates/edtf";
import {
  DEATH_EVENT_TYPES,
  firstEvent,
  primaryName,
  type PersonDocument,
  type Place,
} from "../../domain/person-document";
import { asciiFold } from "../../domain/names/transliterate";

export interface ListingColumns {
  displayName: string;
  sortName: string;
  birthEdtf: string | null;
  deathEdtf: string | null;
  birthEarliestDay: number | null;
  deathLatestDay: number | null;
  summary: string;
  summaryLang: string | null;
}

/** The columns lists and the API show without reading the document. */
export function listingColumns(doc: PersonDocument): ListingColumns {
  const name = primaryName(doc);
  const birth = firstEvent(doc, ["birth"])?.date?.edtf ?? null;
  const death = firstEvent(doc, DEATH_EVENT_TYPES)?.date?.edtf ?? null;
  return {
    displayName: name.display,
    sortName: sortKey(name.family, name.given, name.display),
    birthEdtf: birth,
    deathEdtf: death,
    birthEarliestDay: birth ? edtfBounds(birth).earliestDay : null,
    deathLatestDay: death ? edtfBounds(death).latestDay : null,
    ...summarise(doc),
  };
}

/**
 * "family given" folded to ASCII, so "Buber-Neumann, Margarete" sorts under B and Cyrillic
 * names sort with their transliteration.
 */
export function sortKey(family: string | undefined, given: string | undefined, display: string): string {
  const parts = family ? [family, given ?? ""] : [display];
  return asciiFold(parts.join(" ").trim()).replace(/\s+/g, " ");
}

const SUMMARY_LENGTH = 240;

/**
 * The first sentence of the biography (English if there is one), for lists and previews.
 * @example summarise({ biography: { en: "P. Miletić, a Yugoslav communist, was arrested. He …" } }).summary === "P. Miletić, a Yugoslav communist, was arrested."
 */
export function summarise(doc: PersonDocument): { summary: string; summaryLang: string | null } {
  const lang = doc.biography?.en ? "en" : Object.keys(doc.biography ?? {})[0];
  if (!lang) return { summary: "", summaryLang: null };
  const plain = doc.biography![lang]!
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // An initial ("P. Miletić") does not end the sentence: a lone capital before the full stop.
  const sentence = plain.match(/^.+?(?<!(?:^|[\s("„“‘«])\p{Lu})[.!?](?=\s|$)/u)?.[0] ?? plain;
  const summary = sentence.length > SUMMARY_LENGTH ? `${sentence.slice(0, SUMMARY_LENGTH - 1)}…` : sentence;
  return { summary, summaryLang: lang };
}

const placeColumns = (place: Place | undefined) => ({
  placeName: place?.name ?? null,
  placeModernName: place?.modern_name ?? null,
  country: place?.country ?? null,
  lat: place?.lat ?? null,
  lon: place?.lon ?? null,
});

/** Rows for the memorial_* read tables. */
export function projectionRows(memorialId: string, doc: PersonDocument) {
  const names = doc.names.map((n, position) => ({
    memorialId,
    position,
    isPrimary: n.primary === true,
    kind: n.kind,
    display: n.display,
    given: n.given ?? null,
    family: n.family ?? null,
    script: n.script ?? null,
    lang: n.lang ?? null,
  }));
  const events = doc.events.map((e, position) => {
    const bounds = e.date ? edtfBounds(e.date.edtf) : { earliestDay: null, latestDay: null };
    return {
      memorialId,
      position,
      type: e.type,
      edtf: e.date?.edtf ?? null,
      dateText: e.date?.text ?? null,
      earliestDay: bounds.earliestDay,
      latestDay: bounds.latestDay,
      ...placeColumns(e.place),
      certainty: e.certainty,
      agency: e.agency ?? null,
    };
  });
  const places = [
    ...doc.events.flatMap((e) => (e.place ? [{ role: "event" as const, eventType: e.type, place: e.place }] : [])),
    ...doc.markers.flatMap((m) => (m.place ? [{ role: "marker" as const, eventType: null, place: m.place }] : [])),
  ].map(({ role, eventType, place }, position) => ({
    memorialId,
    position,
    role,
    eventType,
    name: place.name,
    modernName: place.modern_name ?? null,
    country: place.country ?? null,
    lat: place.lat ?? null,
    lon: place.lon ?? null,
    geonamesId: place.geonames_id ?? null,
    wikidataId: place.wikidata_id ?? null,
  }));
  const sources = doc.sources.map((s, position) => ({
    memorialId,
    position,
    sourceKey: s.id,
    kind: s.kind,
    citation: s.citation,
    archive: s.archive ?? null,
    fond: s.fond ?? null,
    opis: s.opis ?? null,
    delo: s.delo ?? null,
    list: s.list ?? null,
    url: s.url ?? null,
    page: s.page ?? null,
  }));
  const relations = doc.relations.map((r, position) => ({
    memorialId,
    position,
    type: r.type,
    targetMemorialId: r.memorial_id ?? null,
    targetName: r.name ?? null,
  }));
  const markers = doc.markers.map((m, position) => ({
    memorialId,
    position,
    kind: m.kind,
    inscription: m.inscription ?? null,
    address: m.address ?? null,
    placeName: m.place?.name ?? null,
    lat: m.place?.lat ?? null,
    lon: m.place?.lon ?? null,
    installedEdtf: m.installed?.edtf ?? null,
  }));
  const externalIds = doc.external_ids.map((x) => ({ memorialId, scheme: x.scheme, value: x.value }));
  return { names, events, places, sources, relations, markers, externalIds };
}
