/**
 * The person document's vocabulary, defined once: every list of codes a document may hold
 * (kinds, types, certainties, agencies, grounds …) and, for the new evidence fields, the message
 * key that names each code in the reader's language (the catalogue is `evidence:` in
 * src/platform/views/evidence.messages.ts). Form choices, diff labels, exports and the GEDCOM
 * mapping take their codes from here, so a code added here reaches all of them or fails the build.
 */

/**
 * The shape of the document this code writes. Older shapes are upgraded when read
 * (src/domain/document-upgrade.ts), so a stored memorial never needs a hand migration.
 */
export const SCHEMA_VERSION = 2;

export const NAME_KINDS = [
  "birth",
  "married",
  "alias",
  "pseudonym",
  "party_name",
  "spelling_variant",
  "transliteration",
  "religious",
  "other",
] as const;

export const EVENT_TYPES = [
  "birth",
  "emigration",
  "arrival",
  "residence",
  "employment",
  "membership",
  "arrest",
  "interrogation",
  "sentence",
  "imprisonment",
  "camp",
  "exile",
  "expulsion",
  "deportation",
  "handover",
  "gestapo_custody",
  "transfer",
  "release",
  "survival",
  "death",
  "execution",
  "rehabilitation",
  "remigration",
  "other",
  // Appended, never inserted: search stores event types as bit positions (src/archive/search).
  "last_trace",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * How sure the archive is of a fact, strongest first. `probable`: the sources point to it but do
 * not prove it; `disputed`: sources disagree, and every other version is kept with its source.
 */
export const CERTAINTIES = ["documented", "probable", "family_account", "disputed", "unknown"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * What a source is decides how far its claims go (domain.md, "Evidence"). `perpetrator_record`: the
 * persecuting agency's own file (NKVD, Gestapo) — its "spy" is a charge, not a fact; `archive`:
 * any other archival record; `hearsay`: someone retelling what another told them.
 */
export const SOURCE_KINDS = [
  "perpetrator_record",
  "court_record",
  "archive",
  "book",
  "article",
  "memoir",
  "testimony",
  "press",
  "website",
  "database",
  "family_document",
  "oral_family",
  "hearsay",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RELATION_TYPES = [
  "spouse",
  "parent",
  "child",
  "sibling",
  "cellmate",
  "co_defendant",
  "possibly_same_as",
  "other",
] as const;

export const MARKER_KINDS = [
  "stolperstein",
  "plaque",
  "last_address",
  "grave",
  "monument",
  "other",
] as const;

/**
 * Who carried out an act. Soviet: the NKVD, the Military Collegium of the Supreme Court, the
 * NKVD's Special Board (OSO), a troika, the Comintern's International Control Commission; German:
 * the Gestapo, SS/SD, the German border police. Anything else is `other` with `agency_note`.
 */
export const AGENCIES = [
  "nkvd",
  "military_collegium",
  "special_board",
  "troika",
  "comintern_icc",
  "gestapo",
  "ss_sd",
  "german_border_police",
  "other",
] as const;
export type Agency = (typeof AGENCIES)[number];

/** Which side an agency acted for: the page and search tell Soviet and Nazi persecution apart. */
export const AGENCY_SIDE: Record<Agency, "soviet" | "nazi" | "other"> = {
  nkvd: "soviet",
  military_collegium: "soviet",
  special_board: "soviet",
  troika: "soviet",
  comintern_icc: "soviet",
  gestapo: "nazi",
  ss_sd: "nazi",
  german_border_police: "nazi",
  other: "other",
};

/** Bodies that passed sentence in the Soviet repression, as Memorial's database records them. */
export const SENTENCING_BODIES = ["military_collegium", "special_board", "troika", "military_tribunal", "court", "other"] as const;

/** Why a person was persecuted: not a nationality (a "Jewish" nationality is a ground, `jewish`). */
export const PERSECUTION_GROUNDS = ["political", "jewish", "national_operation", "other"] as const;

/**
 * What another version of a fact is: a real disagreement between sources (`other_version`, only on
 * a disputed fact), a source's spelling of the same thing (Ravensburg for Ravensbrück: a note, not a
 * dispute), or a version the sources themselves prove false (`refuted`, kept with why).
 */
export const VERSION_STATUSES = ["other_version", "spelling_variant", "refuted"] as const;

/** How precise a point on the map is: the exact spot, the street, or only the town. */
export const COORDINATE_PRECISIONS = ["exact", "street", "town"] as const;

/** Event types that may carry the Soviet-repression fields `charge`, `sentencing_body`, `sentence`. */
export const CHARGE_EVENT_TYPES: readonly EventType[] = ["arrest", "interrogation", "sentence"];
export const SENTENCE_EVENT_TYPES: readonly EventType[] = ["sentence", "rehabilitation"];

/**
 * The one English label per event type that open-data formats use: GEDCOM's EVEN TYPE and
 * schema.org's Event name (the pages use the message catalogue). Exhaustive over the event types,
 * so a new type fails the build until it is named.
 */
export const EVENT_LABELS: Record<EventType, string> = {
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
  last_trace: "Last known trace",
  other: "Other",
};

/** English names of the evidence codes for open-data formats (GEDCOM AGNC, OAI, CSV, JSON-LD). */
export const AGENCY_LABELS: Record<Agency, string> = {
  nkvd: "NKVD",
  military_collegium: "Military Collegium of the Supreme Court of the USSR",
  special_board: "Special Board of the NKVD (OSO)",
  troika: "NKVD troika",
  comintern_icc: "International Control Commission of the Comintern",
  gestapo: "Gestapo",
  ss_sd: "SS/SD",
  german_border_police: "German border police",
  other: "Other",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  perpetrator_record: "Record of the persecuting agency",
  court_record: "Court or rehabilitation record",
  archive: "Archival record",
  book: "Book",
  article: "Article",
  memoir: "Memoir",
  testimony: "Testimony",
  press: "Press",
  website: "Website",
  database: "Database",
  family_document: "Family document",
  oral_family: "Family memory",
  hearsay: "Hearsay",
};

/** Words that name an agency, for agency text written before the vocabulary (and GEDCOM AGNC). */
const AGENCY_WORDS: Array<[RegExp, Agency]> = [
  [/military\s+collegium|военн[а-яё]*\s+коллеги/i, "military_collegium"],
  [/special\s+board|\bOSO\b|особ[а-яё]*\s+совещ/i, "special_board"],
  [/troika|тройк/i, "troika"],
  [/\bICC\b|control\s+commission|интернационал[а-яё]*\s+контрол/i, "comintern_icc"],
  [/border\s+(police|guards)|grenzpolizei/i, "german_border_police"],
  [/gestapo|гестапо/i, "gestapo"],
  [/\bSS\b|\bSD\b|sicherheitsdienst/i, "ss_sd"],
  [/nkvd|нквд|ogpu|огпу|gpu|гпу/i, "nkvd"],
];

/**
 * The agency a text names, and the text itself as `agency_note` unless it is just that agency's
 * label: nothing written is lost.
 * @example agencyFromText("NKVD") // { agency: "nkvd" }
 * @example agencyFromText("Leipzig court") // { agency: "other", agency_note: "Leipzig court" }
 */
export function agencyFromText(text: string): { agency: Agency; agency_note?: string } {
  const trimmed = text.trim();
  const found = AGENCY_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? "other";
  const exact = trimmed.toLowerCase() === AGENCY_LABELS[found].toLowerCase() || trimmed === found;
  return exact ? { agency: found } : { agency: found, agency_note: trimmed };
}
