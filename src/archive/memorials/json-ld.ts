/**
 * schema.org JSON-LD for a memorial, so search engines and catalogues read it correctly: the
 * page (a ProfilePage, which carries the licence and dates, as schema.org defines them for
 * creative works) with the Person as its main entity. The memorial page and export.jsonld use
 * the same nodes; tests check every term against schema.org's domains and ranges.
 */
import { AGENCY_LABELS, EVENT_LABELS } from "../../domain/person-vocabulary";
import { formatEdtf } from "../../domain/dates/date-format";
import { voiceOf, type DateVoice } from "../../domain/dates/date-voice";
import { dayToIsoDate, edtfBounds } from "../../domain/dates/edtf";
import {
  DEATH_EVENT_TYPES,
  firstEvent,
  primaryName,
  type DateValue,
  type LifeEvent,
  type PersonDocument,
  type Place,
  type Relation,
} from "../../domain/person-document";
import { DATA_LICENCE } from "../../domain/licence";
import type { MemorialRow } from "./memorials.queries";
import { memorialUrl } from "../../platform/http/site-url";

const EXTERNAL_URLS: Record<string, (value: string) => string> = {
  wikidata: (v) => `https://www.wikidata.org/wiki/${encodeURIComponent(v)}`,
  gnd: (v) => `https://d-nb.info/gnd/${encodeURIComponent(v)}`,
  viaf: (v) => `https://viaf.org/viaf/${encodeURIComponent(v)}`,
  yad_vashem: (v) => `https://collections.yadvashem.org/en/names/${encodeURIComponent(v)}`,
  arolsen: (v) => `https://collections.arolsen-archives.org/en/document/${encodeURIComponent(v)}`,
};

/** The web address of an external id, when its scheme has one. */
export function externalUrl(scheme: string, value: string, url?: string): string | undefined {
  return url ?? EXTERNAL_URLS[scheme]?.(value);
}

type Node = Record<string, unknown>;

/** The Person's @id: built from the memorial id, which never changes (slugs may). */
export const personId = (origin: string, memorialId: string) => `${memorialUrl(origin, memorialId)}#person`;

/** A year, month or day; not a season (EDTF 1939-23 is autumn 1939), which schema.org cannot say. */
const EXACT_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A schema.org Date (ISO 8601, Gregorian) only when the evidence is exact to the year, month or
 * day; anything less certain is said in words (`dateWords`), never rounded into a false date.
 */
export function schemaDate(date: DateValue | undefined): string | undefined {
  return date && date.calendar !== "julian" && EXACT_DATE.test(date.edtf) ? date.edtf : undefined;
}

/** Whose words the wording is (date-voice.ts): a family's typing is not "the source". */
const VOICE_PHRASES: Record<DateVoice, string> = {
  family: "in the family's words",
  source: "as the source puts it",
  given: "as written",
};

/**
 * A date in words for readers and its machine-readable bounds, since schema.org has no EDTF:
 * "about 1890 (EDTF 1890~; earliest 1890-01-01, latest 1890-12-31)", plus the source's wording.
 */
export function dateWords(date: DateValue, voice: DateVoice = "given"): string {
  const bounds = edtfBounds(date.edtf);
  const parts = [
    `EDTF ${date.edtf}`,
    `earliest ${bounds.earliestDay === null ? "open" : dayToIsoDate(bounds.earliestDay)}`,
    `latest ${bounds.latestDay === null ? "open" : dayToIsoDate(bounds.latestDay)}`,
    ...(date.calendar === "julian" ? ["Julian calendar"] : []),
  ];
  const formatted = formatEdtf(date.edtf, "en");
  // Words that say no more than the date are not repeated (as on the page).
  const words = date.text && date.text !== formatted ? `; ${VOICE_PHRASES[voice]}: “${date.text}”` : "";
  return `${formatted} (${parts.join("; ")})${words}`;
}

function placeNode(p: Place | undefined): Node | undefined {
  if (!p) return undefined;
  const sameAs = [
    ...(p.geonames_id ? [`https://sws.geonames.org/${p.geonames_id}/`] : []),
    ...(p.wikidata_id ? [`https://www.wikidata.org/wiki/${p.wikidata_id}`] : []),
  ];
  return {
    "@type": "Place",
    name: p.name,
    alternateName: p.modern_name,
    address: p.country ? { "@type": "PostalAddress", addressCountry: p.country } : undefined,
    geo: p.lat !== undefined && p.lon !== undefined ? { "@type": "GeoCoordinates", latitude: p.lat, longitude: p.lon } : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  };
}

/** A start and end only where both ends of an interval are exact; a single exact date starts it. */
function eventDates(date: DateValue | undefined): { startDate?: string; endDate?: string } {
  if (!date || date.calendar === "julian") return {};
  const [start, end, ...rest] = date.edtf.split("/");
  if (rest.length) return {};
  if (end === undefined) return { startDate: schemaDate(date) };
  return {
    startDate: start && EXACT_DATE.test(start) ? start : undefined,
    endDate: EXACT_DATE.test(end) ? end : undefined,
  };
}

function eventNode(event: LifeEvent, sources: PersonDocument["sources"]): Node {
  return {
    "@type": "Event",
    // Who acted, in the name: schema.org's `organizer` would say "organised", not "carried out".
    name: event.agency && event.agency !== "other" ? `${EVENT_LABELS[event.type]} (${AGENCY_LABELS[event.agency]})` : EVENT_LABELS[event.type],
    ...eventDates(event.date),
    description: event.date ? dateWords(event.date, voiceOf(event, sources)) : undefined,
    location: placeNode(event.place),
  };
}

const FAMILY = { spouse: "spouse", parent: "parent", child: "children", sibling: "sibling" } as const;
type FamilyType = keyof typeof FAMILY;
const isFamily = (r: Relation): r is Relation & { type: FamilyType } => Object.hasOwn(FAMILY, r.type);

export interface JsonLdOptions {
  origin: string;
  /** The page's canonical address. */
  url: string;
  /** When the memorial last changed in public view, ms. */
  modified: number;
  /** The collection the page belongs to: the web site (pages) or the export's Dataset. */
  isPartOf: Node;
  /**
   * A linked memorial that the public may see, with its name, or null: a relative whose memorial
   * is not public is named (if the document names them) but not linked.
   */
  linked: (memorialId: string) => { name?: string } | null;
}

/** A family link: to another memorial by its Person @id, or a named person. */
function relativeNode(r: Relation, options: JsonLdOptions): Node | undefined {
  const target = r.memorial_id ? options.linked(r.memorial_id) : null;
  if (r.memorial_id && target) {
    return {
      "@type": "Person",
      "@id": personId(options.origin, r.memorial_id),
      url: memorialUrl(options.origin, r.memorial_id),
      name: r.name ?? target.name,
    };
  }
  return r.name ? { "@type": "Person", name: r.name } : undefined;
}

function familyLinks(doc: PersonDocument, options: JsonLdOptions): Node {
  const links: Partial<Record<(typeof FAMILY)[FamilyType], Node[]>> = {};
  for (const r of doc.relations.filter(isFamily)) {
    const node = relativeNode(r, options);
    if (node) (links[FAMILY[r.type]] ??= []).push(node);
  }
  return links;
}

export function personJsonLd(memorial: MemorialRow, doc: PersonDocument, options: JsonLdOptions): Node {
  const name = primaryName(doc);
  const birth = firstEvent(doc, ["birth"]);
  const death = firstEvent(doc, DEATH_EVENT_TYPES);
  const sameAs = doc.external_ids.map((x) => externalUrl(x.scheme, x.value, x.url)).filter(Boolean);
  const alternateName = doc.names.filter((n) => !n.primary).map((n) => n.display);
  return {
    "@type": "Person",
    "@id": personId(options.origin, memorial.id),
    url: options.url,
    identifier: memorial.id,
    name: name.display,
    givenName: name.given,
    additionalName: name.patronymic,
    familyName: name.family,
    alternateName: alternateName.length ? alternateName : undefined,
    gender: doc.sex === "female" ? "Female" : doc.sex === "male" ? "Male" : undefined,
    birthDate: schemaDate(birth?.date),
    birthPlace: placeNode(birth?.place),
    deathDate: schemaDate(death?.date),
    deathPlace: placeNode(death?.place),
    description: memorial.summary || undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    ...familyLinks(doc, options),
    // Every event, with its date in words and bounds: an uncertain birth (1890~) is here.
    lifeEvent: doc.events.length ? doc.events.map((e) => eventNode(e, doc.sources)) : undefined,
  };
}

/** The memorial's page as schema.org sees it: licence and dates on the page, the Person its main entity. */
export function memorialJsonLd(memorial: MemorialRow, doc: PersonDocument, options: JsonLdOptions): Node {
  return {
    "@type": "ProfilePage",
    "@id": options.url,
    url: options.url,
    name: primaryName(doc).display,
    datePublished: new Date(memorial.firstPublishedAt).toISOString(),
    dateModified: new Date(options.modified).toISOString(),
    license: DATA_LICENCE.url,
    isPartOf: options.isPartOf,
    mainEntity: personJsonLd(memorial, doc, options),
  };
}

/** The archive's web site, which every memorial page is part of. */
export const webSiteNode = (origin: string): Node => ({
  "@type": "WebSite",
  "@id": `${origin}/#website`,
  name: "Zeugnis",
  url: `${origin}/`,
});
