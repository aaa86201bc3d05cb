/**
 * What a historian found wrong in the seed's reading of the texts (../shared/data/
 * demo-corrections.md), corrected one fact at a time. Keyed by `${seed id}#${event index}`.
 *
 * A source taken off a fact is never simply lost: SOURCE_NOTES must say what that text does say,
 * in its own words, and the converter stops when a dropped source has no note (verify.ts).
 */
import type { DateValue, LifeEvent } from "../../src/domain/person-document";

export interface EventCorrection {
  /** Why, for whoever reads the converter next. */
  why: string;
  type?: LifeEvent["type"];
  date?: DateValue;
  /** A text that holds the claim but was not cited. */
  addSources?: string[];
  /** A text cited for a claim it does not hold; SOURCE_NOTES says what it holds instead. */
  dropSources?: string[];
}

export const EVENT_CORRECTIONS: Record<string, EventCorrection> = {
  "margarete-buber-neumann#8": {
    why: "De Jong and “Gestapo and NKVD” give the handover only as “in 1940”; Rippert names no place, and “Gestapo and NKVD” is the Lublin version, kept as the alternative.",
    date: { edtf: "1940", text: "in 1940" },
    dropSources: ["f1", "f2"],
  },
  "heinz-neumann#6": {
    why: "The date of the verdict comes from de Jong's date of the execution and “Gestapo and NKVD”'s “the same day”.",
    date: { edtf: "1937-11-26", text: "He was convicted and shot the same day." },
    addSources: ["f0"],
  },
  "franz-koritschoner#10": {
    why: "De Jong dates the decision to hand him to the Gestapo, not a handover: “decided to hand him to the Gestapo in April 1941”.",
    type: "other",
    date: { edtf: "1941-04", text: "in April 1941" },
  },
  "fritz-baltes#7": {
    why: "Handed “to German border guards”, not to the Gestapo; the Gestapo held him afterwards in Lublin.",
    type: "deportation",
  },
  "franz-winter#4": {
    why: "Handed “to German border guards”, not to the Gestapo; the Gestapo held him afterwards in Lublin.",
    type: "deportation",
  },
  "p-miletic#1": {
    why: "Rogovin: “In the fall of 1939”; a season, not September to November.",
    date: { edtf: "1939-23", text: "In the fall of 1939" },
  },
  "p-miletic#2": {
    why: "Arrested on arrival, in the fall of 1939.",
    date: { edtf: "1939-23", text: "whereupon he was arrested" },
  },
};

/**
 * Per person and source: what the text says where it does not hold a fact as the seed read it.
 * Shown with the source (its note), never as a fact of its own.
 */
export const SOURCE_NOTES: Record<string, Record<string, string>> = {
  "margarete-buber-neumann": {
    f1: "The text names the camp “Ravensburg” (“locked up in the Ravensburg concentration camp”), a misspelling of Ravensbrück, not a second camp. Its account of the handover: the prisoners were met by the Gestapo on the Bug bridge, and “Lublin handed us over to the Gestapo”.",
    f2: "The text says she was “extradited from a labor camp in Kazakhstan to Germany”, without naming the place of the handover.",
  },
  "arnold-klein": {
    f1: "The text says he “worked on publications, published by the German Communist Party”, under the party codename Hans Bloch; that he was German or a member of the KPD, it does not say. It mentions separately “a Hungarian Jew named Bloch” among the prisoners Margarete Buber-Neumann saw at the bridge; both were in Lublin in 1940, and whether they were the same person the text leaves open.",
  },
  "hugo-eberlein": {
    f2: "Only this text says that Herbert Wehner, “under his party name ‘Kurt Funk,’” denounced him.",
  },
  "edmondo-peluso": {
    f3: "The text gives the beating under interrogation as his own account: “As he wrote in a complaint sent to the prosecutor”.",
  },
};
