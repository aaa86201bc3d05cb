/**
 * A person's GEDCOM events as the document's events, markers, nationalities, organisations and
 * persecuting powers. Dates keep their words (docs/open-data.md, "Calendars"); a date that has
 * no exact EDTF stays in the description, never dropped. `NO` (GEDCOM 7: "this did not happen")
 * is a statement that it did not happen, not an event; a part the file marks private is left out.
 */
import { agencyFromText } from "../../domain/person-vocabulary";
import { EVENT_LABELS, FACT_TYPES, MARKER_EVENT, PERSECUTOR_LABELS, VERSION_NOTES } from "../gedcom/gedcom-tags";
import { edtfToGedcom, gedcomToEdtf, isBrokenGedcomDate, type DateProblem, type ImportedDate } from "../../domain/dates/gedcom-date";
import { LIMITS, MARKER_KINDS, PERSECUTORS, type DateValue, type LifeEvent, type Marker, type Place } from "../../domain/person-document";
import { Build, withExtension } from "./gedcom-build";
import type { ImportedEvent, ImportedPlace } from "./gedcom-records";
import type { NoteCode } from "../../editorial/revisions/import-notes";

const TAG_TYPES: Record<string, LifeEvent["type"]> = {
  BIRT: "birth", DEAT: "death", EMIG: "emigration", IMMI: "arrival", RESI: "residence", OCCU: "employment",
};
const LABEL_TYPES = new Map<string, LifeEvent["type"]>([
  ...Object.entries(EVENT_LABELS).map(([type, label]) => [label.toLowerCase(), type as LifeEvent["type"]] as const),
  ["verhaftung", "arrest"], ["arrest", "arrest"], ["haft", "imprisonment"], ["ausweisung", "expulsion"],
  ["deportation", "deportation"], ["übergabe an die gestapo", "handover"], ["hinrichtung", "execution"],
  ["rehabilitierung", "rehabilitation"], ["verurteilung", "sentence"], ["lager", "camp"], ["verbannung", "exile"],
]);

/** English words for GEDCOM's other events and attributes, kept in the description. */
const TAG_LABELS: Record<string, string> = {
  ADOP: "Adoption", BAPM: "Baptism", BARM: "Bar mitzvah", BASM: "Bat mitzvah", BLES: "Blessing", BURI: "Burial",
  CENS: "Census", CHR: "Christening", CHRA: "Adult christening", CONF: "Confirmation", CREM: "Cremation",
  FCOM: "First communion", GRAD: "Graduation", NATU: "Naturalisation", ORDN: "Ordination", PROB: "Probate",
  RETI: "Retirement", WILL: "Will", CAST: "Caste", DSCR: "Physical description", EDUC: "Education",
  IDNO: "Identity number", NCHI: "Number of children", NMR: "Number of marriages", PROP: "Property",
  NATI: "Nationality", RELI: "Religion", SSN: "Social security number", TITL: "Title", FACT: "Fact", EVEN: "Event", MARR: "Marriage",
  DIV: "Divorce", ENGA: "Engagement", MARB: "Marriage banns", MARC: "Marriage contract", MARL: "Marriage licence",
  MARS: "Marriage settlement", ANUL: "Annulment", DIVF: "Divorce filed", BAPL: "Baptism (LDS)", CONL: "Confirmation (LDS)",
  ENDL: "Endowment (LDS)", INIL: "Initiatory (LDS)", SLGC: "Sealing to parents (LDS)", SLGS: "Sealing to spouse (LDS)",
};

const CERTAINTY_NOTE = /^Certainty: (documented|family account|disputed|unknown)$/;
const DATE_PROBLEM_NOTES: Record<DateProblem, NoteCode> = {
  unreadable: "date_unreadable",
  words_only: "date_words_only",
  calendar_unsupported: "date_calendar_unsupported",
  no_such_day: "date_no_such_day",
  dual_invalid: "date_dual_invalid",
  calendar_inexact: "date_calendar_inexact",
  inverted: "date_inverted",
};

export function tagLabel(tag: string): string {
  return TAG_LABELS[tag] ?? tag;
}

/** A date as the document holds it, or (when there is no exact EDTF) its words for the description. */
export function eventDate(b: Build, e: Pick<ImportedEvent, "date" | "datePhrase" | "line" | "tag">): { date?: DateValue; words?: string } {
  if (e.date === undefined && !e.datePhrase) return {};
  const phrase = e.datePhrase?.trim();
  const read = gedcomToEdtf(e.date ?? "");
  const where = { line: e.line, tag: e.tag };
  const words = (problem: DateProblem, value: string) => {
    b.note({ code: DATE_PROBLEM_NOTES[problem], value, ...where });
    return { words: b.cut(value, LIMITS.shortText, "date", e.line) };
  };
  if (phrase) {
    // A GEDCOM 7 converter puts 5.5.1 words it could not carry (JAN 1701/99) into PHRASE beside a guess.
    const broken = isBrokenGedcomDate(phrase);
    if (broken) return words(broken, read.text ? `${phrase} (${read.text})` : phrase);
    if (!read.edtf) return words(read.text ? (read.problem ?? "unreadable") : "words_only", read.text ? `${phrase} (${read.text})` : phrase);
    describe(b, read, where);
    return { date: { edtf: read.edtf, text: b.cut(phrase, LIMITS.shortText, "date", e.line), ...(read.calendar ? { calendar: read.calendar } : {}) } };
  }
  if (!read.edtf) return words(read.problem ?? "unreadable", read.text);
  describe(b, read, where);
  // The words are kept unless the archive would write exactly them again from the date; a date of
  // another calendar keeps them always, so that pages show it as the source gives it.
  const canonical = edtfToGedcom(read.edtf, { ...(read.calendar ? { calendar: read.calendar } : {}) }).value;
  const keepWords = canonical !== read.text || (read.calendar !== undefined && read.calendar !== "gregorian");
  return {
    date: {
      edtf: read.edtf,
      ...(keepWords ? { text: b.cut(read.text, LIMITS.shortText, "date", e.line) } : {}),
      ...(read.calendar ? { calendar: read.calendar } : {}),
    },
  };
}

function describe(b: Build, read: ImportedDate, where: { line: number; tag: string }) {
  const base = { value: read.text, edtf: read.edtf ?? "", ...where };
  if (read.notes.includes("calendar") && read.calendar) b.note({ code: "date_calendar", calendar: read.calendar, ...base });
  if (read.notes.includes("dual_year")) b.note({ code: "date_dual_year", ...base });
  if (read.notes.includes("early_year")) b.note({ code: "date_early_year", ...base });
}

function coordinate(value: string | undefined, positive: string): number | undefined {
  const m = value ? /^([NSEW])?\s*(-?\d+(?:\.\d+)?)$/i.exec(value.trim()) : null;
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] && m[1].toUpperCase() !== positive ? -n : n;
}

const GEONAMES = "https://sws.geonames.org/";
const WIKIDATA = "http://www.wikidata.org/entity/";

/** PLAC with MAP, its GeoNames and Wikidata ids, and the archive's note ("Now: …", "Country: …"). */
export function placeOf(b: Build, p: ImportedPlace | undefined, line: number, extra: string[]): Place | undefined {
  if (!p) return undefined;
  const lat = coordinate(p.lat, "N");
  const lon = coordinate(p.lon, "E");
  const hasCoordinates = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const place: Place = { name: b.cut(p.name, LIMITS.shortText, "place", line), ...(hasCoordinates ? { lat, lon } : {}) };
  for (const x of p.exids) {
    if (x.type === GEONAMES && /^\d{1,10}$/.test(x.value)) place.geonames_id = x.value;
    else if (x.type === WIKIDATA && /^Q\d{1,12}$/.test(x.value)) place.wikidata_id = x.value;
    else extra.push(`Place id: ${x.value}${x.type ? ` (${x.type})` : ""}`);
  }
  for (const text of p.notes.flatMap((n) => n.split("\n"))) {
    const now = /^Now: (.+)$/.exec(text);
    const country = /^Country: ([A-Z]{2})$/.exec(text);
    if (now) place.modern_name = b.cut(now[1]!, LIMITS.shortText, "place", line);
    else if (country) place.country = country[1]!;
    else if (text.trim()) extra.push(`Place: ${text}`);
  }
  return place;
}

function restricted(b: Build, e: ImportedEvent): boolean {
  const values = (e.restriction ?? "").toUpperCase().split(/[\s,]+/).filter(Boolean);
  if (values.includes("PRIVACY") || values.includes("CONFIDENTIAL")) {
    b.note({ code: "restricted_part", line: e.line, tag: e.tag, value: values.join(", ") });
    return true;
  }
  if (values.includes("LOCKED")) b.note({ code: "restriction_locked", line: e.line, tag: e.tag });
  return false;
}

interface EventParts {
  date?: DateValue;
  place?: Place;
  description?: Record<string, string>;
  certainty?: LifeEvent["certainty"];
  sources: string[];
}

/** The parts every event, version and marker shares; `lines` go first into the description. */
function parts(b: Build, e: ImportedEvent, lines: string[]): EventParts {
  const { date, words } = eventDate(b, e);
  const extra = [...lines];
  if (words) extra.push(`Date: ${words}`);
  const place = placeOf(b, e.place, e.line, extra);
  if (e.address) extra.push(`Address: ${e.address}`);
  if (e.age) extra.push(`Age: ${e.age}`);
  if (e.religion) extra.push(`Religion: ${e.religion}`);
  const certainty = e.notes.map((n) => CERTAINTY_NOTE.exec(n.text ?? "")?.[1]).find(Boolean);
  // The archive's own words for readers of the file: certainty, and the sentence on another version.
  const notes = e.notes.filter((n) => !CERTAINTY_NOTE.test(n.text ?? "") && !(e.version && VERSION_NOTE_TEXTS.has(n.text ?? "") && !n.lang));
  const description = b.localized(notes, LIMITS.description, "description", e.line, extra);
  return {
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
    ...(description ? { description } : {}),
    ...(certainty ? { certainty: certainty.replace(" ", "_") as LifeEvent["certainty"] } : {}),
    sources: b.cite(e.sources),
  };
}

function typeOf(e: ImportedEvent): { type: LifeEvent["type"]; label?: string } {
  let type: LifeEvent["type"] = TAG_TYPES[e.tag] ?? (e.type ? (LABEL_TYPES.get(e.type.toLowerCase()) ?? "other") : "other");
  if (type === "death" && /execut|hinricht|erschoss|расстрел/i.test(`${e.cause ?? ""} ${e.type ?? ""}`)) type = "execution";
  // The archive's own "other" events are EVEN with TYPE Other: nothing more to say.
  if (type === "other" && e.type === EVENT_LABELS.other && e.tag === "EVEN") return { type, ...(e.value ? { label: e.value } : {}) };
  const label = type === "other" ? [e.type ?? tagLabel(e.tag), e.value].filter(Boolean).join(": ") : e.value;
  return { type, ...(label ? { label } : {}) };
}

const VERSION_NOTE_TEXTS: ReadonlyMap<string, keyof typeof VERSION_NOTES> = new Map(
  Object.entries(VERSION_NOTES).map(([status, note]) => [note, status as keyof typeof VERSION_NOTES]),
);

/** What a version in the file is, by the archive's own note on it; a real disagreement otherwise. */
function versionStatus(e: ImportedEvent): keyof typeof VERSION_NOTES {
  for (const n of e.notes) if (!n.lang && VERSION_NOTE_TEXTS.has(n.text ?? "")) return VERSION_NOTE_TEXTS.get(n.text ?? "")!;
  return "other_version";
}

function lifeEvent(b: Build, e: ImportedEvent): LifeEvent {
  const { type, label } = typeOf(e);
  const lines = [label, e.cause && type !== "execution" ? `Cause: ${e.cause}` : undefined].filter((l): l is string => Boolean(l));
  const p = parts(b, e, lines);
  const event: LifeEvent = {
    type,
    ...(p.date ? { date: p.date } : {}),
    ...(p.place ? { place: p.place } : {}),
    ...(p.description ? { description: p.description } : {}),
    ...(e.agency ? agencyFromText(b.cut(e.agency, LIMITS.shortText, "agency", e.line)) : {}),
    certainty: p.certainty ?? (p.sources.length ? "documented" : "family_account"),
    sources: p.sources,
  };
  return event;
}

/** GEDCOM 7 `NO NATU`: the file says it did not happen; the date is when it did not. */
function negative(b: Build, e: ImportedEvent): LifeEvent {
  const what = e.value ? tagLabel(e.value.trim().toUpperCase()) : "an event";
  b.note({ code: "negative_assertion", line: e.line, tag: e.tag, value: what });
  const { date: _none, ...p } = parts(b, { ...e, date: undefined, datePhrase: undefined }, [`Did not happen: ${what}`, ...(e.date || e.datePhrase ? [`In the period: ${[e.datePhrase, e.date].filter(Boolean).join(" / ")}`] : [])]);
  return { type: "other", ...(p.place ? { place: p.place } : {}), ...(p.description ? { description: p.description } : {}), certainty: p.sources.length ? "documented" : "family_account", sources: p.sources };
}

function marker(b: Build, e: ImportedEvent, kind: Marker["kind"]): Marker {
  const inscription = e.notes.find((n) => n.text?.startsWith("Inscription: "));
  const p = parts(b, { ...e, notes: e.notes.filter((n) => n !== inscription), address: undefined }, []);
  return withExtension(
    {
      kind,
      ...(inscription ? { inscription: b.cut(inscription.text!.slice("Inscription: ".length), LIMITS.description, "inscription", e.line) } : {}),
      ...(e.address ? { address: b.cut(e.address, LIMITS.shortText, "address", e.line) } : {}),
      ...(p.place ? { place: p.place } : {}),
      ...(p.date ? { installed: p.date } : {}),
      ...(p.description ? { note: p.description } : {}),
      ...(p.sources.length ? { sources: p.sources } : {}),
    },
    e.ext,
  );
}

export interface PersonEvents {
  events: LifeEvent[];
  /** Events beyond the document's limit: not read at all, only counted for the import's note. */
  beyondLimit: number;
  markers: Marker[];
  nationalities: string[];
  organisations: string[];
  persecutedBy: Array<(typeof PERSECUTORS)[number]>;
}

/** Every event of a person (and of the couples they are a partner in), in the file's order. */
export function personEvents(b: Build, events: ImportedEvent[], family: Array<{ event: ImportedEvent; partner?: string }>): PersonEvents {
  const out: PersonEvents = { events: [], beyondLimit: 0, markers: [], nationalities: [], organisations: [], persecutedBy: [] };
  const full = () => out.events.length >= LIMITS.events;
  // Each event's extension is applied once its other versions (which make it disputed) are read.
  const extensions = new Map<LifeEvent, ImportedEvent["ext"]>();
  let last: LifeEvent | undefined;
  for (const e of events) {
    if (restricted(b, e)) continue;
    const markerKind = e.tag === "EVEN" && e.type?.startsWith(MARKER_EVENT) ? e.type.slice(MARKER_EVENT.length).replace(/ /g, "_") : undefined;
    if (markerKind && (MARKER_KINDS as readonly string[]).includes(markerKind)) {
      out.markers.push(marker(b, e, markerKind as Marker["kind"]));
      continue;
    }
    if (e.tag === "NATI" && e.value && !e.date && !e.place) {
      out.nationalities.push(b.cut(e.value, 100, "nationalities", e.line));
      continue;
    }
    if (e.tag === "FACT" && e.value && e.type === FACT_TYPES.organisation) {
      out.organisations.push(b.cut(e.value, LIMITS.shortText, "organisations", e.line));
      continue;
    }
    const persecutor = e.tag === "FACT" && e.type === FACT_TYPES.persecutedBy ? PERSECUTOR_LABELS.get(e.value ?? "") : undefined;
    if (persecutor) {
      if (!out.persecutedBy.includes(persecutor)) out.persecutedBy.push(persecutor);
      continue;
    }
    if (full() && !(e.version && last)) {
      out.beyondLimit++;
      continue;
    }
    if (e.version && last) {
      const p = parts(b, e, []);
      const status = versionStatus(e);
      const alternative = withExtension({ status, ...(p.date ? { date: p.date } : {}), ...(p.place ? { place: p.place } : {}), ...(p.description ? { description: p.description } : {}), sources: p.sources }, e.ext);
      last.alternatives = [...(last.alternatives ?? []), alternative];
      if (alternative.status === "other_version") last.certainty = "disputed";
      continue;
    }
    last = e.tag === "NO" ? negative(b, e) : lifeEvent(b, e);
    extensions.set(last, e.ext);
    out.events.push(last);
  }
  out.events = out.events.map((event) => withExtension(event, extensions.get(event)));
  for (const { event, partner } of family) {
    if (restricted(b, event)) continue;
    if (full()) {
      out.beyondLimit++;
      continue;
    }
    const label = [tagLabel(event.tag), event.type, event.value].filter(Boolean).join(": ");
    const p = parts(b, event, [partner ? `${label}, with ${partner}` : label]);
    out.events.push({ type: "other", ...(p.date ? { date: p.date } : {}), ...(p.place ? { place: p.place } : {}), ...(p.description ? { description: p.description } : {}), certainty: p.certainty ?? (p.sources.length ? "documented" : "family_account"), sources: p.sources });
  }
  return out;
}
