/**
 * Seed events → life events. Seed types are kept (they are all schema types), except that
 * seed "other" events become `membership`, `survival`, `remigration` … where the description
 * clearly says so (TYPE_OVERRIDES, reviewed one by one). Dates stay the seed's EDTF with its
 * wording as `date.text`. Birth and death facts missing from the events are added as events.
 */
import { EVENT_TYPES, type LifeEvent } from "../../src/lib/person-document";
import { DISPUTES } from "./disputes";
import { toPlace } from "./places";
import type { SeedEvent, SeedPerson } from "./seed-types";
import { sourceId } from "./sources";
import { localized, type PersonTexts } from "./texts/types";

type EventType = LifeEvent["type"];

/** `${seed id}#${event index}` → schema type, for seed "other" events only. */
const TYPE_OVERRIDES: Record<string, EventType> = {
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

function mapType(person: SeedPerson, event: SeedEvent, index: number): EventType {
  const override = TYPE_OVERRIDES[`${person.id}#${index}`];
  if (override) {
    if (event.type !== "other") throw new Error(`${person.id}#${index}: override of a non-"other" event`);
    eventLog.push(`${person.id}#${index}: other → ${override}`);
    return override;
  }
  if (!(EVENT_TYPES as readonly string[]).includes(event.type)) {
    throw new Error(`${person.id}#${index}: unknown event type "${event.type}"`);
  }
  return event.type as EventType;
}

function fromSeed(person: SeedPerson, event: SeedEvent, index: number, texts: PersonTexts): LifeEvent {
  const text = texts.events[index]!;
  if (event.date === null && event.date_text) {
    eventLog.push(`${person.id}#${index}: no EDTF; wording "${event.date_text}" kept in the description`);
  }
  const dispute = DISPUTES[`${person.id}#${index}`];
  return {
    type: mapType(person, event, index),
    ...(event.date !== null ? { date: dateOf(event.date, event.date_text) } : {}),
    ...(event.place ? { place: toPlace(event.place) } : {}),
    description: localized(text),
    certainty: dispute ? "disputed" : "documented",
    sources: refs(event.sources),
    ...(dispute
      ? {
          alternatives: dispute.map((alt) => ({
            ...(alt.date ? { date: alt.date } : {}),
            ...(alt.place ? { place: typeof alt.place === "string" ? toPlace(alt.place) : alt.place } : {}),
            description: localized(alt.text),
            sources: alt.sources,
          })),
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
  if (!existing.place && fact.place) existing.place = toPlace(fact.place);
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
    return {
      type: "birth",
      ...(birth!.date ? { date: dateOf(birth!.date, birth!.date_text) } : {}),
      ...(birth!.place ? { place: toPlace(birth!.place) } : {}),
      description: localized(texts.birth),
      certainty: "documented",
      sources: refs(birth!.sources),
    };
  }, "start");
  mergeFact(events, death, ["death", "execution"], () => {
    if (!texts.death) throw new Error(`${person.id}: a death event is added but texts.death is missing`);
    const executed = /execut|shot/i.test(death!.manner ?? "");
    return {
      type: executed ? "execution" : "death",
      ...(death!.date ? { date: dateOf(death!.date, death!.date_text) } : {}),
      ...(death!.place ? { place: toPlace(death!.place) } : {}),
      description: localized(texts.death),
      certainty: "documented",
      sources: refs(death!.sources),
    };
  }, "end");
  for (const key of Object.keys(TYPE_OVERRIDES)) {
    const [id, index] = key.split("#");
    if (id === person.id && !person.events[Number(index)]) throw new Error(`${key}: no such seed event`);
  }
  return events;
}
