/**
 * The event types that make up a fate in the browse pages, in the order a life under both
 * dictatorships ran: arrest and sentence, camp or exile, handover, death or survival.
 */
export const FATE_TYPES = [
  "arrest",
  "sentence",
  "imprisonment",
  "camp",
  "exile",
  "expulsion",
  "deportation",
  "handover",
  "gestapo_custody",
  "execution",
  "death",
  "survival",
  "release",
  "rehabilitation",
  "remigration",
] as const;
export type FateType = (typeof FATE_TYPES)[number];

/** The events browsed by year. */
export const YEAR_EVENT_TYPES = ["arrest", "handover"] as const;
export type YearEventType = (typeof YEAR_EVENT_TYPES)[number];

/** The movements across borders shown on the timeline. */
export const TIMELINE_TYPES = ["handover", "deportation", "expulsion"] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];
