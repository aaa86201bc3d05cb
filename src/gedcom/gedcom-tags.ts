/** How the archive's vocabulary maps to GEDCOM 7 standard structures (no extension tags). */
import type { LifeEvent, PersonName } from "../lib/person-document";

/** Standard individual-event tags; everything else is `EVEN` with a `TYPE`. */
export const EVENT_TAGS: Partial<Record<LifeEvent["type"], string>> = {
  birth: "BIRT",
  death: "DEAT",
  execution: "DEAT",
  emigration: "EMIG",
  arrival: "IMMI",
  residence: "RESI",
};

/** Events that last: an EDTF interval is a GEDCOM period (FROM…TO), not a range (BET…AND). */
export const PERIOD_EVENTS = new Set<LifeEvent["type"]>([
  "residence",
  "employment",
  "membership",
  "imprisonment",
  "camp",
  "exile",
  "gestapo_custody",
  "interrogation",
]);

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

/** GEDCOM 7 NAME.TYPE values, with a PHRASE where ours is more specific. */
export const NAME_TYPES: Record<PersonName["kind"], [string, string?]> = {
  birth: ["BIRTH"],
  married: ["MARRIED"],
  alias: ["AKA"],
  pseudonym: ["AKA", "Pseudonym"],
  party_name: ["AKA", "Party name"],
  spelling_variant: ["OTHER", "Spelling variant"],
  transliteration: ["OTHER", "Transliteration"],
  religious: ["OTHER", "Religious name"],
  other: ["OTHER"],
};

/** EXID types: URIs of the authorities that issue the ids (GEDCOM 7 EXID.TYPE). */
export const EXID_TYPES: Record<string, string> = {
  wikidata: "http://www.wikidata.org/entity/",
  gnd: "https://d-nb.info/gnd/",
  viaf: "https://viaf.org/viaf/",
  yad_vashem: "https://collections.yadvashem.org/en/names/",
  arolsen: "https://collections.arolsen-archives.org/en/document/",
  memorial_ru: "https://base.memo.ru/person/show/",
  geonames: "https://sws.geonames.org/",
};
