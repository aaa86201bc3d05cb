/**
 * How the archive's vocabulary maps to GEDCOM 7 standard structures. What no standard structure
 * holds goes into the archive's extension `_ZEUGNIS` (src/exchange/gedcom/gedcom-fidelity.ts).
 */
import type { LifeEvent, PersonName, Relation } from "../../domain/person-document";
import { EVENT_LABELS, type VERSION_STATUSES } from "../../domain/person-vocabulary";

export { EVENT_LABELS };

/** Standard individual-event tags; everything else is `EVEN` with a `TYPE`. */
export const EVENT_TAGS: Partial<Record<LifeEvent["type"], string>> = {
  birth: "BIRT",
  death: "DEAT",
  execution: "DEAT",
  emigration: "EMIG",
  arrival: "IMMI",
  residence: "RESI",
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

/** REFN.TYPE of a source record: the key the memorial's facts cite it by. */
export const SOURCE_KEY_TYPE = "Zeugnis source key";

/** The sentence on another version of a disputed fact, for readers of the file. */
export const VERSION_NOTE = "Disputed: another source gives this version.";

/** The sentence on each kind of version (VERSION_STATUSES), for readers of the file. */
export const VERSION_NOTES: Record<(typeof VERSION_STATUSES)[number], string> = {
  other_version: VERSION_NOTE,
  spelling_variant: "Spelling variant: a source writes it this way.",
  refuted: "Refuted: the sources show this version to be false.",
};

/** EVEN.TYPE of a memorial marker: "Memorial marker: stolperstein". */
export const MARKER_EVENT = "Memorial marker: ";

/** FACT.TYPE values for what GEDCOM has no structure of its own for. */
export const FACT_TYPES = { organisation: "Organisation", persecutedBy: "Persecuted by" } as const;

export const PERSECUTOR_WORDS = { soviet: "Soviet Union", nazi: "Nazi Germany", other: "Other" } as const;
export const PERSECUTOR_LABELS = new Map<string, keyof typeof PERSECUTOR_WORDS>(Object.entries(PERSECUTOR_WORDS).map(([code, label]) => [label, code as keyof typeof PERSECUTOR_WORDS]));

/**
 * ASSO.ROLE of a relation (what the other person is to this one), with a PHRASE where GEDCOM has
 * no role of its own. Reading back, 5.5.1's RELA and GEDCOM 7's other roles are understood too.
 */
export const RELATION_ROLES: Record<Relation["type"], [string, string?]> = {
  spouse: ["SPOU"],
  parent: ["PARENT"],
  child: ["CHIL"],
  sibling: ["OTHER", "Sibling"],
  cellmate: ["OTHER", "Cellmate"],
  co_defendant: ["OTHER", "Co-defendant"],
  possibly_same_as: ["OTHER", "Possibly the same person"],
  other: ["OTHER"],
};
