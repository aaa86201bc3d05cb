/**
 * Plausibility checks of a person document (domain.md, "Evidence"): dates that make submitter
 * and moderator look twice — a death before the birth, an act after the death, an age over 110,
 * a handover before the arrest. They are warnings, never refusals: the evidence is sometimes
 * strange, and a strange date that the sources give must be kept.
 *
 * Pure: no I/O, `now` is passed in. Dates are compared by their EDTF bounds (earliest and latest
 * day they can mean), and a rule fires only when the bounds make the conflict certain: a death
 * "1890" is certainly before a birth "about 1895", a death "189X" is not. A date marked
 * approximate or uncertain ("1895~", "1895?") reaches two years further each way, the allowance
 * the duplicate check gives such dates (src/archive/search/life-dates.ts): families often only know
 * about when. Dates whose code is not valid EDTF (an unfinished draft) are skipped, so drafts can
 * be checked too.
 */
import { edtfBounds, isValidEdtf, type DayBounds } from "./dates/edtf";
import { DEATH_EVENT_TYPES, type LifeEvent, type Marker } from "./person-document";

export const PLAUSIBILITY_CODES = [
  "death_before_birth",
  "before_birth",
  "after_death",
  "age_over_110",
  "before_arrest",
  "date_in_future",
  "handover_before_september_1939",
  "two_deaths",
] as const;
export type PlausibilityCode = (typeof PLAUSIBILITY_CODES)[number];

type EventType = LifeEvent["type"];

/** What a warning's message needs: the dates as EDTF, the events by type. */
export interface PlausibilityParams {
  /** The date that looks wrong (EDTF). */
  date?: string;
  /** The event it belongs to. */
  type?: EventType;
  /** The marker it belongs to. */
  markerKind?: Marker["kind"];
  /** The date it conflicts with (EDTF), and where that is. */
  other?: string;
  otherType?: EventType;
  otherPath?: string;
}

export interface PlausibilityWarning {
  /** Dotted path of the field, as validation errors give it: "events.2.date". */
  path: string;
  code: PlausibilityCode;
  params: PlausibilityParams;
}

/** The parts of a document the checks read; a validated document and a draft both fit. */
export interface PlausibilityInput {
  events?: ReadonlyArray<{
    type?: string;
    date?: { edtf?: string };
    alternatives?: ReadonlyArray<{ date?: { edtf?: string } }>;
  }>;
  markers?: ReadonlyArray<{ kind?: string; installed?: { edtf?: string } }>;
  media?: ReadonlyArray<{ date?: { edtf?: string } }>;
}

/** Acts that by their nature come after a death: rehabilitation; "other" holds memorials and reburials. */
export const AFTER_DEATH_BY_NATURE: readonly EventType[] = ["rehabilitation", "other"];
/** Acts of persecution that follow an arrest. */
const AFTER_ARREST: readonly EventType[] = ["handover", "sentence", "release"];
const DEATHS: readonly string[] = DEATH_EVENT_TYPES;
export const MAX_AGE_YEARS = 110;
/** The NKVD's handovers to the Gestapo followed the German–Soviet pact and partition of Poland. */
const FIRST_HANDOVER_DAY = Date.UTC(1939, 8, 1) / 86_400_000;

interface DatedEvent {
  index: number;
  type: EventType;
  edtf: string;
  bounds: DayBounds;
}

/** How far an approximate or uncertain date may lie from what it says: two years, in days. */
export const APPROXIMATE_DAYS = 731;

function boundsOf(edtf: unknown): DayBounds | null {
  if (typeof edtf !== "string" || !isValidEdtf(edtf)) return null;
  const { earliestDay, latestDay } = edtfBounds(edtf);
  if (!/[~?%]/.test(edtf)) return { earliestDay, latestDay };
  return {
    earliestDay: earliestDay === null ? null : earliestDay - APPROXIMATE_DAYS,
    latestDay: latestDay === null ? null : latestDay + APPROXIMATE_DAYS,
  };
}

/** A list of a draft may be anything until it is validated. */
const listOf = <T>(value: ReadonlyArray<T> | undefined): ReadonlyArray<T> => (Array.isArray(value) ? value : []);

/** `a` ends before `b` begins, whatever day within them is meant. */
function certainlyBefore(a: DayBounds, b: DayBounds): boolean {
  return a.latestDay !== null && b.earliestDay !== null && a.latestDay < b.earliestDay;
}

/** The span covering several dates: a conflict with it is a conflict with each of them. */
function span(events: DatedEvent[]): { bounds: DayBounds; first: DatedEvent } | null {
  const first = events[0];
  if (!first) return null;
  const earliest = events.map((e) => e.bounds.earliestDay);
  const latest = events.map((e) => e.bounds.latestDay);
  return {
    first,
    bounds: {
      earliestDay: earliest.includes(null) ? null : Math.min(...(earliest as number[])),
      latestDay: latest.includes(null) ? null : Math.max(...(latest as number[])),
    },
  };
}

function addYears(day: number, years: number): number {
  const date = new Date(day * 86_400_000);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return Math.floor(date.getTime() / 86_400_000);
}

const eventPath = (e: DatedEvent) => `events.${e.index}.date`;
const about = (e: DatedEvent, other?: DatedEvent): PlausibilityParams => ({
  date: e.edtf,
  type: e.type,
  ...(other ? { other: other.edtf, otherType: other.type, otherPath: eventPath(other) } : {}),
});

/**
 * Every plausibility warning of a document, in the order of its fields.
 * @example
 * plausibilityWarnings({ events: [
 *   { type: "birth", date: { edtf: "1895~" } }, { type: "death", date: { edtf: "1890" } },
 * ] }) // [{ path: "events.1.date", code: "death_before_birth", params: { date: "1890", other: "1895~", … } }]
 */
export function plausibilityWarnings(doc: PlausibilityInput, now = Date.now()): PlausibilityWarning[] {
  const events = listOf(doc.events);
  const dated: DatedEvent[] = events.flatMap((e, index) => {
    const bounds = boundsOf(e.date?.edtf);
    return bounds && typeof e.type === "string" ? [{ index, type: e.type as EventType, edtf: e.date!.edtf!, bounds }] : [];
  });
  const birth = span(dated.filter((e) => e.type === "birth"));
  const death = span(dated.filter((e) => DEATHS.includes(e.type)));
  const arrest = span(dated.filter((e) => e.type === "arrest"));
  const warnings: PlausibilityWarning[] = [];
  const warn = (path: string, code: PlausibilityCode, params: PlausibilityParams) => warnings.push({ path, code, params });

  for (const e of dated) {
    if (e.type === "birth") continue;
    const isDeath = DEATHS.includes(e.type);
    if (birth && certainlyBefore(e.bounds, birth.bounds)) {
      warn(eventPath(e), isDeath ? "death_before_birth" : "before_birth", about(e, birth.first));
      continue;
    }
    const posthumous = AFTER_DEATH_BY_NATURE.includes(e.type);
    if (death && !isDeath && !posthumous && certainlyBefore(death.bounds, e.bounds)) {
      warn(eventPath(e), "after_death", about(e, death.first));
      continue;
    }
    const latestBirth = birth?.bounds.latestDay;
    if (!posthumous && latestBirth != null && e.bounds.earliestDay !== null && e.bounds.earliestDay > addYears(latestBirth, MAX_AGE_YEARS)) {
      warn(eventPath(e), "age_over_110", about(e, birth!.first));
    }
    if (AFTER_ARREST.includes(e.type) && arrest && certainlyBefore(e.bounds, arrest.bounds)) {
      warn(eventPath(e), "before_arrest", about(e, arrest.first));
    }
    if (e.type === "handover" && e.bounds.latestDay !== null && e.bounds.latestDay < FIRST_HANDOVER_DAY) {
      warn(eventPath(e), "handover_before_september_1939", about(e));
    }
  }

  const deaths = events.flatMap((e, index) => (typeof e.type === "string" && DEATHS.includes(e.type) ? [{ index, type: e.type as EventType, edtf: e.date?.edtf }] : []));
  for (const second of deaths.slice(1)) {
    const first = deaths[0]!;
    warn(`events.${second.index}.type`, "two_deaths", {
      type: second.type,
      ...(second.edtf ? { date: second.edtf } : {}),
      otherType: first.type,
      ...(first.edtf ? { other: first.edtf } : {}),
      otherPath: `events.${first.index}.type`,
    });
  }

  warnings.push(...futureDates(doc, now));
  return warnings.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
}

/** Dates whose earliest possible day is after today, wherever a document holds a date. */
function futureDates(doc: PlausibilityInput, now: number): PlausibilityWarning[] {
  const today = Math.floor(now / 86_400_000);
  const found: PlausibilityWarning[] = [];
  const check = (path: string, edtf: unknown, params: PlausibilityParams) => {
    const bounds = boundsOf(edtf);
    if (bounds?.earliestDay != null && bounds.earliestDay > today) {
      found.push({ path, code: "date_in_future", params: { date: edtf as string, ...params } });
    }
  };
  listOf(doc.events).forEach((e, i) => {
    const type = typeof e.type === "string" ? { type: e.type as EventType } : {};
    check(`events.${i}.date`, e.date?.edtf, type);
    listOf(e.alternatives).forEach((a, k) => check(`events.${i}.alternatives.${k}.date`, a.date?.edtf, type));
  });
  listOf(doc.markers).forEach((m, i) => check(`markers.${i}.installed`, m.installed?.edtf, typeof m.kind === "string" ? { markerKind: m.kind as Marker["kind"] } : {}));
  listOf(doc.media).forEach((m, i) => check(`media.${i}.date`, m.date?.edtf, {}));
  return found;
}
