/**
 * What each open-data format keeps of each field of the person document, in words, and the
 * table docs/open-data.md shows ("Every field, format by format"). The list of fields comes from
 * the schema (document-fields.ts); the JSON column follows from the JSON formats carrying the
 * document itself; the CSV column is made from the export's own columns (which columns read the
 * field). tests/opendata/field-table.test.ts fails when a field has no row, when a row says a
 * format keeps a field its code never reads (or the reverse), and when the doc's table differs.
 */

import type { PersonDocument } from "../../src/domain/person-document";
import { CSV_COLUMNS } from "../../src/exchange/exports/csv-columns";
import type { PublishedMemorial } from "../../src/exchange/exports/export.queries";
import { tracked } from "./document-fields";

/** "—": the format does not carry the field. */
export const NOT_KEPT = "—";

export interface FieldWords {
  jsonld: string;
  gedcom: string;
  oaiDc: string;
  zeugnis: string;
}

/** The archive's GEDCOM extension: what no standard structure holds as it is (docs/open-data.md, "GEDCOM 7"). */
const ext = "`_ZEUGNIS`";

export const FIELD_WORDS: Record<string, FieldWords> = {
  schema_version: { jsonld: NOT_KEPT, gedcom: `compared on export; ${ext} only if an import would not give it back`, oaiDc: NOT_KEPT, zeugnis: NOT_KEPT },
  "persecution_grounds[]": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`persecutionGround`" },
  "relations[].certainty": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`relation/@certainty`" },
  "markers[].certainty": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`marker/@certainty`" },
  "place.precision": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`place/@precision`" },
  "names[].primary": { jsonld: "which name is `name`", gedcom: "the first `NAME`", oaiDc: "the first `title`", zeugnis: "`name/@primary`" },
  "names[].kind": { jsonld: NOT_KEPT, gedcom: "`NAME.TYPE` (+ `PHRASE`)", oaiDc: NOT_KEPT, zeugnis: "`name/@kind`" },
  "names[].display": { jsonld: "`name`, `alternateName`", gedcom: "`NAME` payload", oaiDc: "`title`", zeugnis: "`name/display`" },
  "names[].given": { jsonld: "`givenName` (primary name)", gedcom: "`GIVN`", oaiDc: NOT_KEPT, zeugnis: "`name/given`" },
  "names[].patronymic": { jsonld: "`additionalName` (primary name)", gedcom: `in the \`NAME\` payload; exactly: ${ext}`, oaiDc: NOT_KEPT, zeugnis: "`name/patronymic`" },
  "names[].family": { jsonld: "`familyName` (primary name)", gedcom: "`SURN`, `/Family/` in the payload", oaiDc: NOT_KEPT, zeugnis: "`name/family`" },
  "names[].script": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`name/@script`" },
  "names[].lang": { jsonld: NOT_KEPT, gedcom: "`TRAN.LANG`; a `NAME`'s own: " + ext, oaiDc: "`title/@xml:lang`", zeugnis: "`name/@lang`" },
  "names[].note": { jsonld: NOT_KEPT, gedcom: "`NOTE`", oaiDc: NOT_KEPT, zeugnis: "`name/note`" },
  "names[].certainty": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`name/@certainty`" },
  "names[].sources[]": { jsonld: NOT_KEPT, gedcom: "`SOUR` + `PAGE`", oaiDc: NOT_KEPT, zeugnis: "`name/cites/@ref`" },
  sex: { jsonld: "`gender` (female, male)", gedcom: "`SEX` F/M/U", oaiDc: NOT_KEPT, zeugnis: "`sex`" },
  "events[].type": { jsonld: "`lifeEvent` `name`; birth, death: `birthDate`, `deathDate` …", gedcom: "`BIRT`, `DEAT`, `EMIG`, `IMMI`, `RESI`, else `EVEN` + `TYPE`", oaiDc: NOT_KEPT, zeugnis: "`event/@type`" },
  "events[].date": { jsonld: "exact dates as `startDate`/`endDate`, `birthDate`, `deathDate`; every date in words with bounds in `description`", gedcom: "`DATE` (+ `PHRASE`)", oaiDc: `${NOT_KEPT} (birth and death years as \`coverage\`, from the memorial's listing)`, zeugnis: "`event/date`" },
  "events[].place": { jsonld: "`location`, `birthPlace`, `deathPlace`", gedcom: "`PLAC`", oaiDc: "`coverage`", zeugnis: "`event/place`" },
  "events[].description": { jsonld: NOT_KEPT, gedcom: "`NOTE` (first language), `TRAN` per other language", oaiDc: NOT_KEPT, zeugnis: "`event/description/@lang`" },
  "events[].agency": { jsonld: "in the event's `name`", gedcom: "`AGNC`", oaiDc: NOT_KEPT, zeugnis: "`event/agency/@code`" },
  "events[].agency_note": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`event/agency/@note`" },
  "events[].charge": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`event/charge`" },
  "events[].sentencing_body": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`event/sentencingBody`" },
  "events[].sentence": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`event/sentence`" },
  "events[].certainty": { jsonld: "read only to say whose words a date's wording is", gedcom: "derived from the citations; otherwise `NOTE Certainty: …`", oaiDc: NOT_KEPT, zeugnis: "`event/@certainty`" },
  "events[].sources[]": { jsonld: "read only to say whose words a date's wording is", gedcom: "`SOUR @S…@` + `PAGE`", oaiDc: NOT_KEPT, zeugnis: "`event/cites/@ref`" },
  "events[].alternatives[].date": { jsonld: NOT_KEPT, gedcom: "the event again with `_ZEUGNIS_VERSION`: `DATE`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/date`" },
  "events[].alternatives[].place": { jsonld: NOT_KEPT, gedcom: "`_ZEUGNIS_VERSION` event: `PLAC`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/place`" },
  "events[].alternatives[].description": { jsonld: NOT_KEPT, gedcom: "`_ZEUGNIS_VERSION` event: `NOTE`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/description`" },
  "events[].alternatives[].status": { jsonld: NOT_KEPT, gedcom: "`_ZEUGNIS_VERSION` event: `NOTE`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/@status`" },
  "events[].alternatives[].note": { jsonld: NOT_KEPT, gedcom: "`_ZEUGNIS_VERSION` event: `NOTE`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/note`" },
  "events[].alternatives[].sources[]": { jsonld: NOT_KEPT, gedcom: "`_ZEUGNIS_VERSION` event: `SOUR`", oaiDc: NOT_KEPT, zeugnis: "`event/alternative/cites`" },
  biography: { jsonld: NOT_KEPT, gedcom: "a `NOTE` per language with `LANG`", oaiDc: "its languages as `language`", zeugnis: "`biography/@lang`" },
  "sources[].id": { jsonld: "read only to say whose words a date's wording is", gedcom: "`REFN` + `TYPE Zeugnis source key`", oaiDc: NOT_KEPT, zeugnis: "`source/@id`" },
  "sources[].kind": { jsonld: "read only to say whose words a date's wording is", gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`source/@kind`" },
  "sources[].citation": { jsonld: NOT_KEPT, gedcom: `\`TITL\` when there is no title; else ${ext}`, oaiDc: "`source`", zeugnis: "`source/citation`" },
  "sources[].title": { jsonld: NOT_KEPT, gedcom: "`TITL`", oaiDc: NOT_KEPT, zeugnis: "`source/title`" },
  "sources[].author": { jsonld: NOT_KEPT, gedcom: "`AUTH`", oaiDc: NOT_KEPT, zeugnis: "`source/author`" },
  "sources[].year": { jsonld: NOT_KEPT, gedcom: "`PUBL`", oaiDc: NOT_KEPT, zeugnis: "`source/year`" },
  "sources[].archive": { jsonld: NOT_KEPT, gedcom: "`REPO` record", oaiDc: NOT_KEPT, zeugnis: "`source/archive`" },
  "sources[].fond": { jsonld: NOT_KEPT, gedcom: "`CALN` (f. …)", oaiDc: NOT_KEPT, zeugnis: "`source/fond`" },
  "sources[].opis": { jsonld: NOT_KEPT, gedcom: "`CALN` (op. …)", oaiDc: NOT_KEPT, zeugnis: "`source/opis`" },
  "sources[].delo": { jsonld: NOT_KEPT, gedcom: "`CALN` (d. …)", oaiDc: NOT_KEPT, zeugnis: "`source/delo`" },
  "sources[].list": { jsonld: NOT_KEPT, gedcom: "`CALN` (l. …)", oaiDc: NOT_KEPT, zeugnis: "`source/list`" },
  "sources[].url": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`source/url`" },
  "sources[].page": { jsonld: NOT_KEPT, gedcom: "`PAGE` of each citation", oaiDc: NOT_KEPT, zeugnis: "`source/page`" },
  "sources[].lang": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`source/@lang`" },
  "sources[].note": { jsonld: NOT_KEPT, gedcom: "`NOTE`", oaiDc: NOT_KEPT, zeugnis: "`source/note`" },
  "relations[].type": { jsonld: "`spouse`, `parent`, `children`, `sibling` (others left out)", gedcom: "`ASSO.ROLE` (+ `PHRASE`); kinship also as `FAM`", oaiDc: NOT_KEPT, zeugnis: "`relation/@type`" },
  "relations[].memorial_id": { jsonld: "the relative's Person `@id`, `url`", gedcom: "the relative's `INDI`; `EXID mem_…`", oaiDc: "`relation` (the memorial's address)", zeugnis: "`relation/@memorial`, `@url`" },
  "relations[].name": { jsonld: "the relative's `name`", gedcom: "the relative's `NAME`", oaiDc: NOT_KEPT, zeugnis: "`relation/name`" },
  "relations[].note": { jsonld: NOT_KEPT, gedcom: "`ASSO.NOTE`", oaiDc: NOT_KEPT, zeugnis: "`relation/note`" },
  "relations[].sources[]": { jsonld: NOT_KEPT, gedcom: "`ASSO.SOUR`", oaiDc: NOT_KEPT, zeugnis: "`relation/cites`" },
  "markers[].kind": { jsonld: NOT_KEPT, gedcom: "`EVEN` + `TYPE Memorial marker: <kind>`", oaiDc: NOT_KEPT, zeugnis: "`marker/@kind`" },
  "markers[].inscription": { jsonld: NOT_KEPT, gedcom: "`NOTE Inscription: …`", oaiDc: NOT_KEPT, zeugnis: "`marker/inscription`" },
  "markers[].address": { jsonld: NOT_KEPT, gedcom: "`ADDR`", oaiDc: NOT_KEPT, zeugnis: "`marker/address`" },
  "markers[].place": { jsonld: NOT_KEPT, gedcom: "`PLAC`", oaiDc: NOT_KEPT, zeugnis: "`marker/place`" },
  "markers[].installed": { jsonld: NOT_KEPT, gedcom: "`DATE`", oaiDc: NOT_KEPT, zeugnis: "`marker/installed`" },
  "markers[].note": { jsonld: NOT_KEPT, gedcom: "`NOTE`", oaiDc: NOT_KEPT, zeugnis: "`marker/note`" },
  "markers[].media_id": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`marker/@media`" },
  "markers[].sources[]": { jsonld: NOT_KEPT, gedcom: "`SOUR`", oaiDc: NOT_KEPT, zeugnis: "`marker/cites`" },
  "media[].id": { jsonld: NOT_KEPT, gedcom: `${ext} on the \`INDI\` (files are never exported)`, oaiDc: NOT_KEPT, zeugnis: "`media/@id`, `@url`" },
  "media[].caption": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`media/caption`" },
  "media[].credit": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`media/credit`" },
  "media[].date": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`media/date`" },
  "media[].source": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`media/source`" },
  "media[].licence": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: "`media/@licence`" },
  "media[].rights_confirmed": { jsonld: NOT_KEPT, gedcom: ext, oaiDc: NOT_KEPT, zeugnis: `${NOT_KEPT} (always true for a published file)` },
  "external_ids[].scheme": { jsonld: "`sameAs` (the authority's address)", gedcom: "`EXID.TYPE` (the authority's URI) or `REFN.TYPE`", oaiDc: "`relation` (the authority's address)", zeugnis: "`externalId/@scheme`" },
  "external_ids[].value": { jsonld: "`sameAs`", gedcom: "`EXID` or `REFN`", oaiDc: "`relation`", zeugnis: "`externalId`" },
  "external_ids[].url": { jsonld: "`sameAs`", gedcom: ext, oaiDc: "`relation`", zeugnis: "`externalId/@url`" },
  "persecuted_by[]": { jsonld: NOT_KEPT, gedcom: "`FACT` + `TYPE Persecuted by`", oaiDc: "`subject` (persecuted by: …)", zeugnis: "`persecutedBy`" },
  "nationalities[]": { jsonld: NOT_KEPT, gedcom: "`NATI`", oaiDc: "`subject`", zeugnis: "`nationality`" },
  "organisations[]": { jsonld: NOT_KEPT, gedcom: "`FACT` + `TYPE Organisation`", oaiDc: "`subject`", zeugnis: "`organisation`" },
  "date.edtf": { jsonld: "exact dates as schema.org dates; every date as EDTF in words with its bounds", gedcom: "`DATE` derived from it (ABT, BEF, AFT, BET…AND, FROM…TO)", oaiDc: NOT_KEPT, zeugnis: "`@edtf`, `@earliest`, `@latest`, `words`" },
  "date.text": { jsonld: "in the date's words, with whose words they are", gedcom: "`DATE.PHRASE`", oaiDc: NOT_KEPT, zeugnis: "`source` inside the date" },
  "date.calendar": { jsonld: "Julian dates in words only (no schema.org date)", gedcom: "the `DATE` in its calendar (JULIAN, HEBREW, FRENCH_R)", oaiDc: NOT_KEPT, zeugnis: "`@calendar`" },
  "place.name": { jsonld: "`Place` `name`", gedcom: "`PLAC`", oaiDc: "`coverage`", zeugnis: "`place/name`" },
  "place.modern_name": { jsonld: "`alternateName`", gedcom: "the place's `NOTE` (Now: …)", oaiDc: "`coverage` (in brackets)", zeugnis: "`place/modernName`" },
  "place.country": { jsonld: "`address.addressCountry`", gedcom: "the place's `NOTE` (Country: …)", oaiDc: NOT_KEPT, zeugnis: "`place/@country`" },
  "place.lat": { jsonld: "`geo.latitude`", gedcom: "`MAP.LATI`", oaiDc: NOT_KEPT, zeugnis: "`place/@lat`" },
  "place.lon": { jsonld: "`geo.longitude`", gedcom: "`MAP.LONG`", oaiDc: NOT_KEPT, zeugnis: "`place/@lon`" },
  "place.geonames_id": { jsonld: "`sameAs` (GeoNames address)", gedcom: "`EXID` + `TYPE`", oaiDc: NOT_KEPT, zeugnis: "`place/@geonames`" },
  "place.wikidata_id": { jsonld: "`sameAs` (Wikidata address)", gedcom: "`EXID` + `TYPE`", oaiDc: NOT_KEPT, zeugnis: "`place/@wikidata`" },
};

export const TABLE_BEGIN = "<!-- field-table:begin (generated from tests/opendata/field-formats.ts; npm run docs:field-table writes it) -->";
export const TABLE_END = "<!-- field-table:end -->";

/** Which CSV export columns read each field (the columns' own code, run on a watched document). */
export function csvColumnsByField(row: PublishedMemorial, document: PersonDocument, origin: string): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const [column, value] of CSV_COLUMNS) {
    const watched = tracked(structuredClone(document));
    value({ ...row, document: watched.document }, origin);
    for (const field of watched.read) byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  return byField;
}

const cell = (words: string) => words.replace(/\|/g, "\\|");

/** The table for docs/open-data.md: one row per field, in the schema's order. */
export function fieldTable(fields: string[], csvColumns: Map<string, string[]>): string {
  const header = "| field | JSON (API, export.jsonl) | JSON-LD (pages, export.jsonld) | CSV (export.csv) | GEDCOM 7 | OAI `oai_dc` | OAI `zeugnis` |";
  const rule = "|---|---|---|---|---|---|---|";
  const rows = fields.map((field) => {
    const words = FIELD_WORDS[field];
    const csv = csvColumns.get(field);
    const isPart = field.startsWith("date.") || field.startsWith("place.");
    return `| \`${field}\` | ${isPart ? "as it is, wherever a " + field.split(".")[0] + " stands" : "as it is"} | ${cell(words?.jsonld ?? "?")} | ${csv?.length ? csv.map((c) => `\`${c}\``).join(", ") : NOT_KEPT} | ${cell(words?.gedcom ?? "?")} | ${cell(words?.oaiDc ?? "?")} | ${cell(words?.zeugnis ?? "?")} |`;
  });
  return [TABLE_BEGIN, header, rule, ...rows, TABLE_END].join("\n");
}
