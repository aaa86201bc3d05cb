/**
 * One memorial as a GEDCOM 7 INDI record in standard structures: names with TRAN, events with
 * dates in their calendars, places, descriptions in every language (NOTE + TRAN), certainty,
 * other versions of disputed facts, markers, biography, relations as ASSO, ids. Each part of the
 * document is mapped to the structure that holds it, so the fidelity pass can add what a reader
 * would not get back (gedcom-fidelity.ts).
 */
import { edtfToGedcom } from "../../domain/dates/gedcom-date";
import type { DateValue, LifeEvent, PersonDocument, PersonName, Place, Relation, Source } from "../../domain/person-document";
import { externalUrl } from "../../archive/memorials/json-ld";
import { ptr, record, s, type Structure } from "./gedcom-tree";
import { VERSION_TAG } from "../imports/gedcom-records";
import { EVENT_LABELS, EVENT_TAGS, EXID_TYPES, FACT_TYPES, MARKER_EVENT, NAME_TYPES, PERSECUTOR_WORDS, RELATION_ROLES, VERSION_NOTES } from "./gedcom-tags";
import { AGENCY_LABELS } from "../../domain/person-vocabulary";

export { RELATIVE_TAG, VERSION_TAG } from "../imports/gedcom-records";

export interface PersonContext {
  /** The source record xref of a document's source key. */
  sourceXref(key: string): string | undefined;
  /** The INDI record a relation points to. */
  relationXref(index: number): string;
  /** The archive's memorial URL base, the EXID type of memorial ids. */
  memorialBase: string;
  /** The memorial's page. */
  memorialUrl: string;
}

/** The structures that hold each part of the document, by the part's index. */
export interface PersonParts {
  /** In the order an import reads them (`nameOrder`: each one's index in the document). */
  names: Structure[];
  nameOrder: number[];
  events: Structure[];
  relations: Structure[];
  markers: Structure[];
  external_ids: Structure[];
}

/** A NAME payload: the display name, the family name between slashes where it occurs. */
export function namePayload(name: Pick<PersonName, "display" | "family">): string {
  const display = name.display.replace(/\//g, "");
  const family = name.family?.replace(/\//g, "");
  const at = family ? display.lastIndexOf(family) : -1;
  if (!family || at < 0) return display;
  return `${display.slice(0, at)}/${family}/${display.slice(at + family.length)}`;
}

function citations(keys: string[] | undefined, ctx: PersonContext, pages: Map<string, string | undefined>): Structure[] {
  return (keys ?? []).flatMap((key) => {
    const xref = ctx.sourceXref(key);
    if (!xref) return [];
    const page = pages.get(key);
    return [ptr("SOUR", xref, [page ? s("PAGE", page) : null])];
  });
}

function dateOf(date: DateValue | undefined): Structure | null {
  if (!date) return null;
  const g = edtfToGedcom(date.edtf, { ...(date.calendar ? { calendar: date.calendar } : {}), ...(date.text ? { text: date.text } : {}) });
  // Words that are the DATE itself ("JULIAN 12 FEB 1700") need no PHRASE.
  return s("DATE", g.value, [g.phrase && g.phrase !== g.value ? s("PHRASE", g.phrase) : null]);
}

const coordinate = (value: number, positive: string, negative: string) => `${value >= 0 ? positive : negative}${Math.abs(value)}`;

function placeOf(place: Place | undefined): Structure | null {
  if (!place) return null;
  const notes = [place.modern_name ? `Now: ${place.modern_name}` : "", place.country ? `Country: ${place.country}` : ""].filter(Boolean);
  return s("PLAC", place.name, [
    place.lat !== undefined && place.lon !== undefined ? s("MAP", undefined, [s("LATI", coordinate(place.lat, "N", "S")), s("LONG", coordinate(place.lon, "E", "W"))]) : null,
    place.geonames_id ? s("EXID", place.geonames_id, [s("TYPE", EXID_TYPES.geonames)]) : null,
    place.wikidata_id ? s("EXID", place.wikidata_id, [s("TYPE", EXID_TYPES.wikidata)]) : null,
    notes.length ? s("NOTE", notes.join("\n")) : null,
  ]);
}

/** Text in several languages: a NOTE in the first, a TRAN for each other one. */
function localizedNote(text: Record<string, string> | undefined, tag = "NOTE"): Structure | null {
  const entries = Object.entries(text ?? {});
  if (!entries.length) return null;
  const [[lang, first], ...rest] = entries as [[string, string], ...Array<[string, string]>];
  return s(tag, first, [s("LANG", lang), ...rest.map(([l, t]) => s("TRAN", t, [s("LANG", l)]))]);
}

/** What a reader derives without being told: sources make it documented, none a family account. */
export function derivedCertainty(event: Pick<LifeEvent, "sources" | "alternatives">): LifeEvent["certainty"] {
  if (!event.sources.length) return "family_account";
  return event.alternatives?.some((alt) => alt.status === "other_version") ? "disputed" : "documented";
}

/** AGNC: the agency's name, with the details the document gives. */
function agencyWords(event: Pick<LifeEvent, "agency" | "agency_note">): string | undefined {
  if (!event.agency) return event.agency_note;
  if (event.agency === "other") return event.agency_note ?? AGENCY_LABELS.other;
  return event.agency_note ? `${AGENCY_LABELS[event.agency]} (${event.agency_note})` : AGENCY_LABELS[event.agency];
}

function eventOf(event: LifeEvent, ctx: PersonContext, pages: Map<string, string | undefined>): Structure[] {
  const tag = EVENT_TAGS[event.type] ?? "EVEN";
  const certainty = event.certainty === derivedCertainty(event) ? null : s("NOTE", `Certainty: ${event.certainty.replace("_", " ")}`);
  const main = s(tag, undefined, [
    tag === "EVEN" ? s("TYPE", EVENT_LABELS[event.type]) : null,
    dateOf(event.date),
    placeOf(event.place),
    agencyWords(event) ? s("AGNC", agencyWords(event)) : null,
    event.type === "execution" ? s("CAUS", "Execution") : null,
    localizedNote(event.description),
    certainty,
    ...citations(event.sources, ctx, pages),
  ]);
  const versions = (event.alternatives ?? []).map((alt) =>
    s(tag, undefined, [
      tag === "EVEN" ? s("TYPE", EVENT_LABELS[event.type]) : null,
      s(VERSION_TAG),
      dateOf(alt.date),
      placeOf(alt.place),
      s("NOTE", VERSION_NOTES[alt.status]),
      localizedNote(alt.description),
      localizedNote(alt.note),
      ...citations(alt.sources, ctx, pages),
    ]),
  );
  return [main, ...versions];
}

function nameOf(name: PersonName, ctx: PersonContext, pages: Map<string, string | undefined>, trans: Structure[]): Structure {
  const [type, phrase] = NAME_TYPES[name.kind];
  return s("NAME", namePayload(name), [
    s("TYPE", type, [phrase ? s("PHRASE", phrase) : null]),
    name.given ? s("GIVN", name.given) : null,
    name.family ? s("SURN", name.family) : null,
    ...trans,
    name.note ? s("NOTE", name.note) : null,
    ...citations(name.sources, ctx, pages),
  ]);
}

/** A transliteration as TRAN (GEDCOM 7 requires its LANG; "und" when the document has none). */
function tranOf(name: PersonName): Structure {
  return s("TRAN", namePayload(name), [name.given ? s("GIVN", name.given) : null, name.family ? s("SURN", name.family) : null, s("LANG", name.lang ?? "und")]);
}

/**
 * Names: the primary name first (GEDCOM's preferred name), then the others in the document's
 * order; a transliteration is a TRAN of the name before it, or a NAME of its own when it has a
 * note or sources, which TRAN cannot hold.
 */
function namesOf(doc: PersonDocument, ctx: PersonContext, pages: Map<string, string | undefined>): { structures: Structure[]; parts: Structure[]; order: number[] } {
  const primary = doc.names.find((n) => n.primary) ?? doc.names[0]!;
  const asTran = (n: PersonName) => n.kind === "transliteration" && !n.primary && !n.note && !n.sources?.length;
  const owners = new Map<PersonName, PersonName>();
  let owner = primary;
  for (const n of doc.names) {
    if (asTran(n)) owners.set(n, owner);
    else if (n !== primary) owner = n;
  }
  const parts: Structure[] = [];
  const order: number[] = [];
  const structures: Structure[] = [];
  for (const n of [primary, ...doc.names.filter((x) => x !== primary && !asTran(x))]) {
    const owned = doc.names.filter((t) => owners.get(t) === n);
    const trans = owned.map(tranOf);
    const structure = nameOf(n, ctx, pages, trans);
    structures.push(structure);
    parts.push(structure, ...trans);
    order.push(doc.names.indexOf(n), ...owned.map((t) => doc.names.indexOf(t)));
  }
  return { structures, parts, order };
}

function relationOf(relation: Relation, xref: string, ctx: PersonContext, pages: Map<string, string | undefined>): Structure {
  const [role, phrase] = RELATION_ROLES[relation.type];
  return ptr("ASSO", xref, [s("ROLE", role, [phrase ? s("PHRASE", phrase) : null]), localizedNote(relation.note), ...citations(relation.sources, ctx, pages)]);
}

function idOf(x: PersonDocument["external_ids"][number]): Structure {
  const type = EXID_TYPES[x.scheme];
  if (type) return s("EXID", x.value, [s("TYPE", type)]);
  return s("REFN", x.value, [s("TYPE", x.url ?? externalUrl(x.scheme, x.value, x.url) ?? x.scheme)]);
}

export function writePerson(xref: string, memorialId: string, doc: PersonDocument, ctx: PersonContext, uid: string): { indi: Structure; parts: PersonParts } {
  const pages = new Map(doc.sources.map((source: Source) => [source.id, source.page]));
  const names = namesOf(doc, ctx, pages);
  const events = doc.events.map((e) => eventOf(e, ctx, pages));
  const markers = doc.markers.map((m) =>
    s("EVEN", undefined, [
      s("TYPE", `${MARKER_EVENT}${m.kind.replace(/_/g, " ")}`),
      dateOf(m.installed),
      placeOf(m.place),
      m.address ? s("ADDR", m.address) : null,
      m.inscription ? s("NOTE", `Inscription: ${m.inscription}`) : null,
      localizedNote(m.note),
      ...citations(m.sources, ctx, pages),
    ]),
  );
  const relations = doc.relations.map((r, i) => relationOf(r, ctx.relationXref(i), ctx, pages));
  const ids = doc.external_ids.map(idOf);
  const indi = record("INDI", xref, [
    ...names.structures,
    doc.sex ? s("SEX", { female: "F", male: "M", unknown: "U" }[doc.sex]) : null,
    ...events.flat(),
    ...(doc.nationalities ?? []).map((n) => s("NATI", n)),
    ...(doc.organisations ?? []).map((o) => s("FACT", o, [s("TYPE", FACT_TYPES.organisation)])),
    ...(doc.persecuted_by ?? []).map((p) => s("FACT", PERSECUTOR_WORDS[p], [s("TYPE", FACT_TYPES.persecutedBy)])),
    ...markers,
    ...Object.entries(doc.biography ?? {}).map(([lang, text]) => s("NOTE", text, [s("LANG", lang)])),
    s("NOTE", ctx.memorialUrl),
    // The document's sources, in order (each with its page): what the person rests on.
    ...citations(doc.sources.map((source) => source.id), ctx, pages),
    ...relations,
    s("UID", uid),
    s("EXID", memorialId, [s("TYPE", ctx.memorialBase)]),
    ...ids,
  ]);
  return { indi, parts: { names: names.parts, nameOrder: names.order, events: events.map((e) => e[0]!), relations, markers, external_ids: ids } };
}
