/** Hand-written texts for one person: English always, German where it could be done reliably. */
export type Text2 = readonly [en: string, de?: string];

export interface PersonTexts {
  /** 2–5 sentences in our own words; the converter appends "(Sources: …)". */
  bio: { en: string; de?: string };
  /** One description per seed event, in seed order. */
  events: readonly Text2[];
  /** For a birth or death event the converter adds from the seed's birth/death facts. */
  birth?: Text2;
  death?: Text2;
  /** One note per seed memorial, in seed order. */
  markers?: readonly Text2[];
}

/** A text pair as a localized-text record: `{ en }` or `{ en, de }`. */
export function localized([en, de]: Text2): Record<string, string> {
  return de ? { en, de } : { en };
}
