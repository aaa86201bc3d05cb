/**
 * Seed events → life events. Seed types are kept (they are all schema types), except that
 * seed "other" events become `membership`, `survival`, `remigration` … where the description
 * clearly says so (TYPE_OVERRIDES, reviewed one by one), and the historian's corrections
 * (corrections.ts) are applied. Dates stay the seed's EDTF with its wording as `date.text`.
 * Birth and death facts missing from the events are added as events.
 *
 * Rules that stop the converter, so that a misreading cannot come back unseen:
 * - an `execution` needs words that say so (executed, shot); "killed by the NKVD" is a `death`;
 * - a `handover` is a handover to the Gestapo (domain.md): its seed text must name the Gestapo,
 *   SS or SD, and must not be a decision to hand someone over;
 * - wording that names a season ("fall of 1939") needs an EDTF season (1939-23).
 */
import { EVENT_TYPES, type LifeEvent } from "../../src/domain/person-document";
import { EVENT_CORRECTIONS, type EventCorrection } from "./corrections";
import { DISPUTES } from "./disputes";
import { toPlace } from "./places";
import type { SeedEvent, SeedPerson } from "./seed-types";
import { sourceId } from "./sources";
import { localized, type PersonTexts } from "./texts/types";

type EventType = LifeEvent["type"];

/** `${seed id}#${event index}` → schema type, for seed "other" events only. */
const TYPE_OVERRIDES: Record<string, EventType> = {
  "georg-bogner#5": "last_trace", // "What became of him afterwards is not known."
  "margarete-buber-neumann#1": "membership", // joined the communist youth movement
  "margarete-buber-neumann#2": "membership", // joined the KPD
  "franz-koritschoner#3": "membership", // joined the KPÖ
  "franz-koritschoner#4": "membership", // KPÖ central committee 1918–1924
  "franz-koritschoner#6": "membership", // joined the CPSU
  "hans-landauer#1": "survival", // survived the war
  "ernst-fabisch#1": "membership", // joined the KPO
  "ernst-fabisch#2": "membership", // KPO underground leadership
  "willy-harzheim#0": "membership", // became a party member
  "willy-harzheim#1": "employment", // moved to Berlin, worked for the writers' union
  "nathan-steinberger#4": "remigration", // survived, returned to East Germany
  "edith-steinberger#2": "remigration", // survived, returned to East Germany
};

/** Log lines for the self-check. */
export const eventLog: string[] = [];

const refs = (files: string[]): string[] => [...new Set(files.map(sourceId))].sort();

function dateOf(edtf: string | null, text: string | undefined): LifeEvent["date"] {
  if (edtf === null) return undefined;
  return text ? { edtf, text } : { edtf };
}

/** Words that say someone was executed; "killed" or "murdered" alone do not say how. */
const EXECUTION_WORDS = /\bexecut|\bshot\b/i;
/** A handover event is a handover to the Gestapo, the SS or the SD (domain.md). */
const GESTAPO_WORDS = /\bGestapo\b|\bSS\b|\bSD\b|Sicherheitsdienst/;
const SEASON_WORDS = /\b(spring|summer|fall|autumn|winter)\b/i;
/** EDTF seasons: 21–24, and 25–41 (hemispheres, quarters, quadrimesters, semesters). */
const EDTF_SEASON = /^\d{4}-(2[1-9]|3\d|4[01])[?~%]?$/;

/**
 * `execution` only where the texts say executed or shot; otherwise a death at the agency's hands,
 * manner not stated. `manner` is the seed's death fact, for the event that holds it.
 * @example deathType("Killed by the NKVD.", "killed by the NKVD") === "death"
 */
export function deathType(description: string, manner: string | null | undefined): "death" | "execution" {
  return EXECUTION_WORDS.test(description) || EXECUTION_WORDS.test(manner ?? "") ? "execution" : "death";
}

/**
 * Refuses a seed `handover` that is not a handover to the Gestapo, SS or SD, or is a decision.
 * Such events need a reviewed retyping in corrections.ts.
 */
export function checkHandover(key: string, description: string): void {
  if (!GESTAPO_WORDS.test(description)) {
    throw new Error(`${key}: a handover that does not name the Gestapo, SS or SD; retype it in corrections.ts`);
  }
  if (/\bdecid|\bdecision/i.test(description)) {
    throw new Error(`${key}: a decision to hand someone over is not a handover; retype it in corrections.ts`);
  }
}

/** Refuses a season in the words ("fall of 1939") with a date that is not an EDTF season. */
export function checkSeason(key: string, date: LifeEvent["date"]): void {
  if (date?.text && SEASON_WORDS.test(date.text) && !EDTF_SEASON.test(date.edtf)) {
    throw new Error(`${key}: "${date.text}" names a season but the date is ${date.edtf}; use an EDTF season`);
  }
}

function mapType(person: SeedPerson, event: SeedEvent, index: number, correction?: EventCorrection): EventType {
  const key = `${person.id}#${index}`;
  if (correction?.type) {
    eventLog.push(`${key}: ${event.type} → ${correction.type} (${correction.why})`);
    return correction.type;
  }
  const override = TYPE_OVERRIDES[key];
  if (override) {
    if (event.type !== "other") throw new Error(`${key}: override of a non-"other" event`);
    eventLog.push(`${key}: other → ${override}`);
    return override;
  }
  if (!(EVENT_TYPES as readonly string[]).includes(event.type)) {
    throw new Error(`${key}: unknown event type "${event.type}"`);
  }
  if (event.type === "handover") checkHandover(key, event.description);
  if (event.type === "execution") {
    const isLastDeath = person.events.findLastIndex((e) => e.type === "death" || e.type === "execution") === index;
    const type = deathType(event.description, isLastDeath ? person.death?.manner : undefined);
    if (type === "death") eventLog.push(`${key}: execution → death (the texts do not say how: "${event.description}")`);
    return type;
  }
  return event.type as EventType;
}

function fromSeed(person: SeedPerson, event: SeedEvent, index: number, texts: PersonTexts): LifeEvent {
  const key = `${person.id}#${index}`;
  const text = texts.events[index]!;
  if (event.date === null && event.date_text) {
    eventLog.push(`${key}: no EDTF; wording "${event.date_text}" kept in the description`);
  }
  const correction = EVENT_CORRECTIONS[key];
  const dispute = DISPUTES[key];
  const date = correction?.date ?? dateOf(event.date, event.date_text);
  checkSeason(key, date);
  const place = event.place ? toPlace(event.place) : undefined;
  const sources = refs(event.sources).filter((s) => !correction?.dropSources?.includes(s));
  return {
    type: mapType(person, event, index, correction),
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
    description: localized(text),
    certainty: dispute ? "disputed" : "documented",
    sources: [...new Set([...sources, ...(correction?.addSources ?? [])])].sort(),
    ...(dispute
      ? {
          alternatives: dispute.map((alt) => {
            const altPlace = typeof alt.place === "string" ? toPlace(alt.place) : alt.place;
            return {
              status: "other_version" as const,
              ...(alt.date ? { date: alt.date } : {}),
              ...(altPlace ? { place: altPlace } : {}),
              description: localized(alt.text),
              sources: alt.sources,
            };
          }),
        }
      : {}),
  };
}

/** Adds the seed's birth/death fact to its event, or as a new event: nothing loses its sources. */
function mergeFact(
  events: LifeEvent[],
  fact: SeedPerson["birth"],
  types: EventType[],
  make: () => LifeEvent,
  where: "start" | "end",
): void {
  if (!fact) return;
  const existing = events.filter((e) => types.includes(e.type)).at(-1);
  if (!existing) {
    if (where === "start") events.unshift(make());
    else events.push(make());
    return;
  }
  existing.sources = [...new Set([...existing.sources, ...refs(fact.sources)])].sort();
  if (!existing.date && fact.date) existing.date = dateOf(fact.date, fact.date_text);
  if (existing.date && !existing.date.text && fact.date_text && existing.date.edtf === fact.date) {
    existing.date.text = fact.date_text;
  }
  const place = fact.place ? toPlace(fact.place) : undefined;
  if (!existing.place && place) existing.place = place;
}

export function buildEvents(person: SeedPerson, texts: PersonTexts): LifeEvent[] {
  if (texts.events.length !== person.events.length) {
    throw new Error(
      `${person.id}: ${texts.events.length} event texts for ${person.events.length} seed events`,
    );
  }
  const events = person.events.map((e, i) => fromSeed(person, e, i, texts));

  const { birth, death } = person;
  mergeFact(events, birth, ["birth"], () => {
    if (!texts.birth) throw new Error(`${person.id}: a birth event is added but texts.birth is missing`);
    const place = birth!.place ? toPlace(birth!.place) : undefined;
    return {
      type: "birth",
      ...(birth!.date ? { date: dateOf(birth!.date, birth!.date_text) } : {}),
      ...(place ? { place } : {}),
      description: localized(texts.birth),
      certainty: "documented",
      sources: refs(birth!.sources),
    };
  }, "start");
  mergeFact(events, death, ["death", "execution"], () => {
    if (!texts.death) throw new Error(`${person.id}: a death event is added but texts.death is missing`);
    const place = death!.place ? toPlace(death!.place) : undefined;
    return {
      type: deathType(texts.death[0], death!.manner),
      ...(death!.date ? { date: dateOf(death!.date, death!.date_text) } : {}),
      ...(place ? { place } : {}),
      description: localized(texts.death),
      certainty: "documented",
      sources: refs(death!.sources),
    };
  }, "end");
  for (const key of [...Object.keys(TYPE_OVERRIDES), ...Object.keys(EVENT_CORRECTIONS)]) {
    const [id, index] = key.split("#");
    if (id === person.id && !person.events[Number(index)]) throw new Error(`${key}: no such seed event`);
  }
  return events;
}
