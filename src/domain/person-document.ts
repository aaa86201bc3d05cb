/**
 * The person document: everything a memorial says about one person. One zod schema serves the
 * submission form, the API, the moderation diff, the demo loader and import/export, so a
 * document that validates here is accepted everywhere (domain.md, "The memorial").
 */
import { z } from "zod";
import { wordsDisagreement } from "./dates/date-consistency";
import { edtfProblem, type EdtfProblem } from "./dates/edtf";
import { upgradeDocument } from "./document-upgrade";
import { cleanText, wellFormed } from "./text-rules";

import {
  AGENCIES,
  CERTAINTIES,
  CHARGE_EVENT_TYPES,
  COORDINATE_PRECISIONS,
  EVENT_TYPES,
  MARKER_KINDS,
  NAME_KINDS,
  PERSECUTION_GROUNDS,
  RELATION_TYPES,
  SCHEMA_VERSION,
  SENTENCE_EVENT_TYPES,
  SENTENCING_BODIES,
  SOURCE_KINDS,
  VERSION_STATUSES,
} from "./person-vocabulary";

export {
  AGENCIES,
  CERTAINTIES,
  COORDINATE_PRECISIONS,
  EVENT_TYPES,
  MARKER_KINDS,
  NAME_KINDS,
  PERSECUTION_GROUNDS,
  RELATION_TYPES,
  SCHEMA_VERSION,
  SENTENCING_BODIES,
  SOURCE_KINDS,
  VERSION_STATUSES,
};

export const LICENCES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "permission"] as const;

export const EXTERNAL_ID_SCHEMES = [
  "wikidata",
  "yad_vashem",
  "arolsen",
  "memorial_ru",
  "gnd",
  "viaf",
  "other",
] as const;

/** Who persecuted the person: a facet for search, not a verdict on each event. */
export const PERSECUTORS = ["soviet", "nazi", "other"] as const;

export const SEXES = ["female", "male", "unknown"] as const;

/** Limits keep one document well inside D1's 1 MB row and the 1 MB request body. */
export const LIMITS = {
  names: 50,
  events: 200,
  sources: 200,
  relations: 100,
  markers: 50,
  media: 30,
  externalIds: 30,
  sourceRefs: 30,
  alternatives: 5,
  shortText: 300,
  citation: 2_000,
  description: 5_000,
  biography: 30_000,
  tags: 20,
} as const;

/** One-line text: names, places, titles (src/domain/text-rules.ts says what is refused). */
const text = (max: number) => cleanText(max, "line");
/** Text that may run over several lines: biographies, descriptions, notes, citations, inscriptions. */
const longText = (max: number) => cleanText(max, "multiline");

/** BCP 47 language tag, e.g. "de", "ru", "en-GB", "yi-Latn". */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "must be a language tag such as de, en or ru" });

/** ISO 15924 script code, e.g. Latn, Cyrl, Hebr. */
const scriptCode = z
  .string()
  .regex(/^[A-Z][a-z]{3}$/, { error: "must be an ISO 15924 script code such as Latn or Cyrl" });

/** Text in several languages: `{ "en": "…", "de": "…" }`. */
export const localizedText = (max: number) =>
  z
    .record(languageTag, longText(max))
    .refine((value) => Object.keys(value).length > 0, { error: "needs text in at least one language" });

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" })
  .max(2_000);

const EDTF_MESSAGES: Record<EdtfProblem, string> = {
  syntax: "is not a valid EDTF date (examples: 1890~, 1939-12, 1937/1938, ../1938)",
  shortYear: "needs a four-digit year: EDTF reads 85 as a century and 193 as a decade (write 1985, 19XX or 193X)",
  reversed: "ends before it starts: write the earlier date first (1937/1938, [1937..1938])",
  time: "gives a time of day; give the day only (1940-02-08)",
  impossible: "is a day the calendar does not have",
};

/** Calendars a date may be given in; its EDTF is always the Gregorian equivalent. */
export const CALENDARS = ["gregorian", "julian", "hebrew", "french_r"] as const;

/**
 * A date as the evidence gives it: EDTF, plus the words the source or family used. With a
 * `calendar` other than the Gregorian one, the words are in that calendar and the EDTF is their
 * exact Gregorian equivalent (docs/open-data.md, "Calendars"). When the
 * words can be read as a date, the code must not contradict them (date-consistency.ts): the
 * issue is at the date itself ("events.2.date"), as it is the pair that disagrees.
 */
export const dateValue = z
  .strictObject({
    edtf: z
      .string()
      .max(100)
      .superRefine((value, ctx) => {
        const problem = edtfProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: EDTF_MESSAGES[problem], params: { edtfProblem: problem } });
      }),
    text: text(LIMITS.shortText).optional(),
    calendar: z
      .enum(CALENDARS)
      .optional()
      .describe("The calendar the words (text) are in; edtf is always their exact Gregorian equivalent"),
  })
  .superRefine((date, ctx) => {
    const disagreement = wordsDisagreement(date);
    if (!disagreement) return;
    ctx.addIssue({
      code: "custom",
      message: `the words say ${disagreement.wordsEdtf} ("${disagreement.text}"), the date says ${disagreement.edtf}; send the date the words say, or change the words`,
      params: { wordsEdtf: disagreement.wordsEdtf, edtf: disagreement.edtf },
    });
  })
  .describe(
    "A date as the evidence gives it: `edtf` (EDTF up to level 2, four-digit years, intervals and ranges that do not end before they start) and `text`, the words of the family or the source. Words that can be read as a date must not contradict `edtf` (422 at the date's path); words that cannot be read are kept as they are (docs/dates.md).",
  );

export const place = z
  .strictObject({
    name: text(LIMITS.shortText),
    modern_name: text(LIMITS.shortText).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "must be a two-letter ISO 3166 country code" })
      .optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    precision: z
      .enum(COORDINATE_PRECISIONS)
      .optional()
      .describe("How precise the coordinates are: the exact spot, the street, or only the town"),
    geonames_id: z
      .string()
      .regex(/^\d{1,10}$/, { error: "must be a GeoNames number" })
      .optional(),
    wikidata_id: z
      .string()
      .regex(/^Q\d{1,12}$/, { error: "must be a Wikidata id such as Q1748" })
      .optional(),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    error: "needs both latitude and longitude, or neither",
    path: ["lat"],
  })
  .refine((p) => p.precision === undefined || p.lat !== undefined, {
    error: "says how precise a point is, but the place has no point",
    path: ["precision"],
  });

const sourceId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "must be a short key of letters, digits, - or _" });

const sourceRefs = z.array(sourceId).max(LIMITS.sourceRefs);

/** How sure the archive is of a name, relation, marker or identity (optional: events always say). */
const certainty = z.enum(CERTAINTIES);

export const personName = z.strictObject({
  primary: z.boolean().optional(),
  kind: z.enum(NAME_KINDS),
  display: text(LIMITS.shortText),
  given: text(LIMITS.shortText).optional(),
  patronymic: text(LIMITS.shortText).optional(),
  family: text(LIMITS.shortText).optional(),
  script: scriptCode.optional(),
  lang: languageTag.optional(),
  note: longText(LIMITS.description).optional(),
  certainty: certainty.optional(),
  sources: sourceRefs.optional(),
});

/**
 * Another version of a fact and what it is (VERSION_STATUSES): a real disagreement, a source's
 * spelling of the same thing, or a version the sources refute — kept, with `note` saying why.
 */
const alternative = z
  .strictObject({
    status: z.enum(VERSION_STATUSES).default("other_version"),
    date: dateValue.optional(),
    place: place.optional(),
    description: localizedText(LIMITS.description).optional(),
    note: localizedText(LIMITS.description).optional(),
    sources: sourceRefs.min(1, { error: "each version of a fact needs its source" }),
  })
  .refine((a) => a.status !== "refuted" || a.note !== undefined, {
    error: "say why the sources refute this version",
    path: ["note"],
  });

export const lifeEvent = z
  .strictObject({
    type: z.enum(EVENT_TYPES),
    date: dateValue.optional(),
    place: place.optional(),
    description: localizedText(LIMITS.description).optional(),
    agency: z.enum(AGENCIES).optional().describe("Who carried out the act (AGENCIES); details in agency_note"),
    agency_note: text(LIMITS.shortText).optional(),
    charge: text(LIMITS.shortText)
      .optional()
      .describe("The charge as the file states it, with its article (\"Article 58-6, espionage\"): a charge, not a fact"),
    sentencing_body: z.enum(SENTENCING_BODIES).optional(),
    sentence: text(LIMITS.shortText).optional().describe("The sentence as the file states it (\"10 years of corrective labour camp\")"),
    certainty: z.enum(CERTAINTIES).default("documented"),
    sources: sourceRefs.default([]),
    alternatives: z.array(alternative).max(LIMITS.alternatives).optional(),
  })
  .superRefine((event, ctx) => {
    if (event.agency === "other" && !event.agency_note) {
      ctx.addIssue({ code: "custom", path: ["agency_note"], message: "name the agency" });
    }
    if (event.charge !== undefined && !CHARGE_EVENT_TYPES.includes(event.type)) {
      ctx.addIssue({ code: "custom", path: ["charge"], message: "a charge belongs to an arrest, interrogation or sentence" });
    }
    for (const field of ["sentencing_body", "sentence"] as const) {
      if (event[field] !== undefined && !SENTENCE_EVENT_TYPES.includes(event.type)) {
        ctx.addIssue({ code: "custom", path: [field], message: "belongs to a sentence or a rehabilitation" });
      }
    }
    if (event.sources.length === 0 && event.certainty !== "family_account") {
      ctx.addIssue({
        code: "custom",
        path: ["sources"],
        message: "cite at least one source, or mark the event as a family account",
      });
    }
    // Spelling variants and refuted versions may stand beside any fact; a real disagreement
    // makes the fact disputed.
    const hasAlternatives = (event.alternatives ?? []).some((a) => a.status === "other_version");
    if (event.certainty === "disputed" && !hasAlternatives) {
      ctx.addIssue({
        code: "custom",
        path: ["alternatives"],
        message: "a disputed fact needs the other version with its source",
      });
    }
    if (event.certainty !== "disputed" && hasAlternatives) {
      ctx.addIssue({
        code: "custom",
        path: ["certainty"],
        message: "other versions are only kept for a disputed fact",
      });
    }
  });

export const source = z.strictObject({
  id: sourceId,
  kind: z.enum(SOURCE_KINDS),
  citation: longText(LIMITS.citation),
  title: text(LIMITS.shortText).optional(),
  author: text(LIMITS.shortText).optional(),
  year: text(20).optional(),
  archive: text(LIMITS.shortText).optional(),
  fond: text(40).optional(),
  opis: text(40).optional(),
  delo: text(40).optional(),
  list: text(40).optional(),
  url: httpUrl.optional(),
  page: text(60).optional(),
  lang: languageTag.optional(),
  note: longText(LIMITS.description).optional(),
});

export const relation = z
  .strictObject({
    type: z.enum(RELATION_TYPES),
    memorial_id: z.string().regex(/^mem_[a-z0-9]{8,40}$/, { error: "is not a memorial id" }).optional(),
    name: text(LIMITS.shortText).optional(),
    note: localizedText(LIMITS.description).optional(),
    certainty: certainty.optional(),
    sources: sourceRefs.optional(),
  })
  .refine((r) => r.memorial_id !== undefined || r.name !== undefined, {
    error: "name the person, or link to their memorial",
    path: ["name"],
  })
  .refine((r) => r.type !== "possibly_same_as" || (r.certainty !== "documented" && r.certainty !== undefined), {
    error: "say how likely it is that they are the same person (probable, disputed or unknown)",
    path: ["certainty"],
  });

export const marker = z.strictObject({
  kind: z.enum(MARKER_KINDS),
  inscription: longText(LIMITS.description).optional(),
  address: text(LIMITS.shortText).optional(),
  place: place.optional(),
  installed: dateValue.optional(),
  note: localizedText(LIMITS.description).optional(),
  media_id: z.string().max(60).optional(),
  certainty: certainty.optional(),
  sources: sourceRefs.optional(),
});

export const mediaRef = z.strictObject({
  id: z.string().regex(/^med_[a-z0-9]{8,40}$/, { error: "is not a media id" }),
  caption: localizedText(LIMITS.description).optional(),
  credit: text(LIMITS.shortText).optional(),
  date: dateValue.optional(),
  source: longText(LIMITS.citation).optional(),
  licence: z.enum(LICENCES),
  rights_confirmed: z.literal(true, {
    error: "confirm that you may share this file under the licence you chose",
  }),
});

export const externalId = z.strictObject({
  scheme: z.enum(EXTERNAL_ID_SCHEMES),
  value: text(100),
  url: httpUrl.optional(),
});

/**
 * Exactly this many names carry `primary: true`. One rule, two readers: checkCrossReferences
 * refuses a document that breaks it, and the names' JSON Schema (the API's OpenAPI document)
 * says it with `contains`, so the published schema cannot allow what the API refuses.
 */
export const PRIMARY_NAMES = 1;

const primaryNameJsonSchema = {
  description: `Exactly ${PRIMARY_NAMES} name has \`primary: true\`: the name the memorial is listed under.`,
  contains: { type: "object", required: ["primary"], properties: { primary: { const: true } } },
  minContains: PRIMARY_NAMES,
  maxContains: PRIMARY_NAMES,
};

export const personDocumentSchema = z
  .strictObject({
    schema_version: z
      .literal(SCHEMA_VERSION, { error: `documents of an older shape are upgraded before they are checked; this one says ${SCHEMA_VERSION}` })
      .default(SCHEMA_VERSION),
    names: z
      .array(personName)
      .min(1, { error: "give at least one name" })
      .max(LIMITS.names)
      .meta(primaryNameJsonSchema),
    sex: z.enum(SEXES).optional(),
    events: z.array(lifeEvent).max(LIMITS.events).default([]),
    biography: z.record(languageTag, longText(LIMITS.biography)).optional(),
    sources: z.array(source).max(LIMITS.sources).default([]),
    relations: z.array(relation).max(LIMITS.relations).default([]),
    markers: z.array(marker).max(LIMITS.markers).default([]),
    media: z.array(mediaRef).max(LIMITS.media).default([]),
    external_ids: z.array(externalId).max(LIMITS.externalIds).default([]),
    persecuted_by: z.array(z.enum(PERSECUTORS)).max(PERSECUTORS.length).optional(),
    persecution_grounds: z
      .array(z.enum(PERSECUTION_GROUNDS))
      .max(PERSECUTION_GROUNDS.length)
      .optional()
      .describe("Why the person was persecuted; not a nationality (PERSECUTION_GROUNDS)"),
    nationalities: z.array(text(100)).max(LIMITS.tags).optional(),
    organisations: z.array(text(LIMITS.shortText)).max(LIMITS.tags).optional(),
  })
  .superRefine(checkCrossReferences);

export type PersonDocument = z.infer<typeof personDocumentSchema>;
/** What a client sends: defaults (certainty, empty lists) may be left out. */
export type PersonDocumentInput = z.input<typeof personDocumentSchema>;
export type PersonName = z.infer<typeof personName>;
export type LifeEvent = z.infer<typeof lifeEvent>;
export type Source = z.infer<typeof source>;
export type Place = z.infer<typeof place>;
export type DateValue = z.infer<typeof dateValue>;
export type Marker = z.infer<typeof marker>;
export type Relation = z.infer<typeof relation>;
export type MediaRef = z.infer<typeof mediaRef>;

type Ctx = z.RefinementCtx<PersonDocument>;

function checkCrossReferences(doc: PersonDocument, ctx: Ctx): void {
  const primaries = doc.names.filter((n) => n.primary === true).length;
  if (primaries !== PRIMARY_NAMES) {
    ctx.addIssue({
      code: "custom",
      path: ["names"],
      message:
        primaries === 0
          ? "mark exactly one name as the primary name"
          : "only one name can be the primary name",
    });
  }

  const sourceIds = new Set<string>();
  doc.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) {
      ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: "is used by two sources" });
    }
    sourceIds.add(s.id);
  });

  const checkRefs = (refs: string[] | undefined, path: (string | number)[]) =>
    refs?.forEach((ref, j) => {
      if (!sourceIds.has(ref)) {
        ctx.addIssue({
          code: "custom",
          path: [...path, "sources", j],
          message: `refers to a source "${ref}" that is not in the list of sources`,
        });
      }
    });
  doc.names.forEach((n, i) => checkRefs(n.sources, ["names", i]));
  doc.events.forEach((e, i) => {
    checkRefs(e.sources, ["events", i]);
    e.alternatives?.forEach((a, k) => checkRefs(a.sources, ["events", i, "alternatives", k]));
  });
  doc.relations.forEach((r, i) => checkRefs(r.sources, ["relations", i]));
  doc.markers.forEach((m, i) => checkRefs(m.sources, ["markers", i]));

  const mediaIds = new Set<string>();
  doc.media.forEach((m, i) => {
    if (mediaIds.has(m.id)) {
      ctx.addIssue({ code: "custom", path: ["media", i, "id"], message: "is listed twice" });
    }
    mediaIds.add(m.id);
  });
}

/** One failing field of a document, as the API reports it. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * Zod issues as `{ path, message }` with dotted paths.
 * @example toFieldErrors(result.error) // [{ path: "events.2.date.edtf", message: "is not a valid EDTF date …" }]
 */
export function toFieldErrors(error: z.ZodError, prefix: string[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

/** The primary name of a valid document. */
export function primaryName(doc: Pick<PersonDocument, "names">): PersonName {
  return doc.names.find((n) => n.primary) ?? doc.names[0]!;
}

/** The first event of the given types, e.g. birth, or death/execution. */
export function firstEvent(
  doc: Pick<PersonDocument, "events">,
  types: readonly LifeEvent["type"][],
): LifeEvent | undefined {
  return doc.events.find((e) => types.includes(e.type));
}

export const DEATH_EVENT_TYPES = ["death", "execution"] as const;

/** JSON.stringify writes a surrogate as an escape only when it is lone (a broken character). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * A document as stored in a revision. It was validated (and its defaults filled in) before it
 * was stored, so reading it back skips validation: public pages must not pay for it on every view.
 * A document stored before the text rules may hold a lone surrogate; it is read as U+FFFD, so no
 * page, answer or export carries a broken character (src/domain/text-rules.ts). A document of an
 * older shape is read in the current one (src/domain/document-upgrade.ts).
 */
export function readStoredDocument(json: string): PersonDocument {
  const parsed: unknown = SURROGATE_ESCAPE.test(json)
    ? JSON.parse(json, (_key, value: unknown) => (typeof value === "string" ? wellFormed(value) : value))
    : JSON.parse(json);
  return upgradeDocument(parsed) as PersonDocument;
}
