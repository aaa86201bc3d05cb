/**
 * A published memorial in the archive's own XML format (prefix `zeugnis`, schema
 * public/schemas/memorial-1.0.xsd): the whole public person document, so harvesters keep what
 * Dublin Core loses — dates as EDTF with words and bounds, places with modern names, countries
 * and coordinates, every event with its sources, relations, markers, media and sources.
 */
import { xmlEscape } from "../feeds/xml";
import { formatEdtf } from "../../domain/dates/date-format";
import { dayToIsoDate, edtfBounds } from "../../domain/dates/edtf";
import type { DateValue, LifeEvent, PersonDocument, Place } from "../../domain/person-document";
import type { PublishedMemorial } from "../exports/export.queries";
import { DATA_LICENCE } from "../../domain/licence";
import { memorialUrl } from "../../platform/http/site-url";
import { AGENCY_LABELS } from "../../domain/person-vocabulary";

export const MEMORIAL_XML = {
  prefix: "zeugnis",
  namespace: "https://zeugnis.dev/ns/memorial/1.0",
  /** Served as a static file from public/schemas/. */
  schemaPath: "/schemas/memorial-1.0.xsd",
} as const;

type Attributes = Record<string, string | number | boolean | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
}

/** An element with text, or nothing when there is no text. */
const text = (name: string, value: string | undefined, attrs: Attributes = {}) =>
  value === undefined ? "" : `<${name}${attributes(attrs)}>${xmlEscape(value)}</${name}>`;

function element(name: string, attrs: Attributes, children: string[] = []): string {
  const content = children.join("");
  return content ? `<${name}${attributes(attrs)}>${content}</${name}>` : `<${name}${attributes(attrs)}/>`;
}

const localized = (name: string, value: Record<string, string> | undefined) =>
  Object.entries(value ?? {}).map(([lang, t]) => text(name, t, { lang }));

const cites = (refs: string[] | undefined) => (refs ?? []).map((ref) => element("cites", { ref }));

function dateXml(name: string, date: DateValue | undefined): string {
  if (!date) return "";
  const bounds = edtfBounds(date.edtf);
  return element(
    name,
    {
      edtf: date.edtf,
      earliest: bounds.earliestDay === null ? undefined : dayToIsoDate(bounds.earliestDay),
      latest: bounds.latestDay === null ? undefined : dayToIsoDate(bounds.latestDay),
      calendar: date.calendar,
    },
    [text("words", formatEdtf(date.edtf, "en")), text("source", date.text)],
  );
}

function placeXml(place: Place | undefined): string {
  if (!place) return "";
  return element(
    "place",
    { country: place.country, lat: place.lat, lon: place.lon, geonames: place.geonames_id, wikidata: place.wikidata_id, precision: place.precision },
    [text("name", place.name), text("modernName", place.modern_name)],
  );
}

/** `<agency code="nkvd">NKVD</agency>`: the name for readers, the code for scripts, the details as given. */
function agencyXml(event: LifeEvent): string {
  if (!event.agency && !event.agency_note) return "";
  const name = event.agency && event.agency !== "other" ? AGENCY_LABELS[event.agency] : (event.agency_note ?? AGENCY_LABELS.other);
  return text("agency", name, { code: event.agency, note: event.agency !== "other" ? event.agency_note : undefined });
}

function eventXml(event: LifeEvent): string {
  return element("event", { type: event.type, certainty: event.certainty }, [
    dateXml("date", event.date),
    placeXml(event.place),
    agencyXml(event),
    text("charge", event.charge),
    text("sentencingBody", event.sentencing_body),
    text("sentence", event.sentence),
    ...localized("description", event.description),
    ...cites(event.sources),
    ...(event.alternatives ?? []).map((a) =>
      element("alternative", { status: a.status }, [
        dateXml("date", a.date),
        placeXml(a.place),
        ...localized("description", a.description),
        ...localized("note", a.note),
        ...cites(a.sources),
      ]),
    ),
  ]);
}

function namesXml(doc: PersonDocument): string[] {
  return [
    ...doc.names.map((n) =>
      element("name", { primary: n.primary ? true : undefined, kind: n.kind, certainty: n.certainty, script: n.script, lang: n.lang }, [
        text("display", n.display),
        text("given", n.given),
        text("patronymic", n.patronymic),
        text("family", n.family),
        text("note", n.note),
        ...cites(n.sources),
      ]),
    ),
    text("sex", doc.sex),
  ];
}

function factsXml(doc: PersonDocument, origin: string): string[] {
  return [
    ...doc.events.map(eventXml),
    ...localized("biography", doc.biography),
    ...doc.sources.map((s) =>
      element("source", { id: s.id, kind: s.kind, lang: s.lang }, [
        text("citation", s.citation),
        text("title", s.title),
        text("author", s.author),
        text("year", s.year),
        text("archive", s.archive),
        text("fond", s.fond),
        text("opis", s.opis),
        text("delo", s.delo),
        text("list", s.list),
        text("url", s.url),
        text("page", s.page),
        text("note", s.note),
      ]),
    ),
    ...doc.relations.map((r) =>
      element("relation", { type: r.type, certainty: r.certainty, memorial: r.memorial_id, url: r.memorial_id ? memorialUrl(origin, r.memorial_id) : undefined }, [
        text("name", r.name),
        ...localized("note", r.note),
        ...cites(r.sources),
      ]),
    ),
    ...doc.markers.map((m) =>
      element("marker", { kind: m.kind, media: m.media_id, certainty: m.certainty }, [
        text("inscription", m.inscription),
        text("address", m.address),
        placeXml(m.place),
        dateXml("installed", m.installed),
        ...localized("note", m.note),
        ...cites(m.sources),
      ]),
    ),
    ...doc.media.map((m) =>
      element("media", { id: m.id, url: `${origin}/media/${m.id}`, licence: m.licence }, [
        ...localized("caption", m.caption),
        text("credit", m.credit),
        dateXml("date", m.date),
        text("source", m.source),
      ]),
    ),
    ...doc.external_ids.map((x) => text("externalId", x.value, { scheme: x.scheme, url: x.url })),
    ...(doc.persecuted_by ?? []).map((p) => text("persecutedBy", p)),
    ...(doc.persecution_grounds ?? []).map((g) => text("persecutionGround", g)),
    ...(doc.nationalities ?? []).map((n) => text("nationality", n)),
    ...(doc.organisations ?? []).map((o) => text("organisation", o)),
  ];
}

export function memorialXml(row: PublishedMemorial, origin: string): string {
  const { memorial, document } = row;
  const root = element(
    "memorial",
    {
      xmlns: MEMORIAL_XML.namespace,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${MEMORIAL_XML.namespace} ${origin}${MEMORIAL_XML.schemaPath}`,
      id: memorial.id,
      url: memorialUrl(origin, memorial.slug),
      revision: row.revisionId,
      version: row.version,
      firstPublished: new Date(memorial.firstPublishedAt).toISOString(),
      changed: new Date(row.changedAt).toISOString(),
      licence: DATA_LICENCE.id,
    },
    [
      ...namesXml(document),
      text("summary", memorial.summary || undefined, { lang: memorial.summaryLang ?? undefined }),
      ...factsXml(document, origin),
    ],
  );
  return root;
}
