/**
 * The person document's vocabulary as open-data formats name it: one English label per event
 * type, used as GEDCOM's EVEN TYPE and as schema.org's Event name (the pages use the message
 * catalogue). Exhaustive over the event types, so a new type fails the build until it is named.
 */
import type { LifeEvent } from "./person-document";

export const EVENT_LABELS: Record<LifeEvent["type"], string> = {
  birth: "Birth",
  emigration: "Emigration",
  arrival: "Arrival",
  residence: "Residence",
  employment: "Employment",
  membership: "Membership",
  arrest: "Arrest",
  interrogation: "Interrogation",
  sentence: "Sentence",
  imprisonment: "Imprisonment",
  camp: "Camp",
  exile: "Exile",
  expulsion: "Expulsion",
  deportation: "Deportation",
  handover: "Handover to the Gestapo",
  gestapo_custody: "Gestapo custody",
  transfer: "Transfer",
  release: "Release",
  survival: "Survival",
  death: "Death",
  execution: "Execution",
  rehabilitation: "Rehabilitation",
  remigration: "Remigration",
  other: "Other",
};
