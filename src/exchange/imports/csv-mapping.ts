/**
 * The column-mapping step of a CSV import: which column holds which fact, and the source that
 * the whole list comes from (e.g. "Expulsion protocol of 12 March 1938, GARF f. 10035 …"). Each
 * row then becomes a person document; dates may be written as families and archives write them.
 */
import { z } from "zod";
import { gedcomToEdtf } from "../../domain/dates/gedcom-date";
import { isValidEdtf } from "../../domain/dates/edtf";
import { parseDateWording } from "../../domain/dates/date-wording";
import { LIMITS, SOURCE_KINDS, type LifeEvent, type PersonDocumentInput } from "../../domain/person-document";
import { cleanText } from "../../domain/text-rules";
import { detectScript } from "../../editorial/submissions/form/draft";

export const CSV_FIELDS = [
  "name", "given", "family", "patronymic", "other_name", "sex",
  "birth_date", "birth_place", "arrest_date", "arrest_place", "expulsion_date", "expulsion_place",
  "handover_date", "handover_place", "death_date", "death_place", "occupation", "nationality", "note", "source_page",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

const column = z.coerce.number().int().min(0).max(199).optional();

export const csvMappingSchema = z
  .object({
    columns: z.partialRecord(z.enum(CSV_FIELDS), column),
    source: z.strictObject({
      kind: z.enum(SOURCE_KINDS),
      citation: cleanText(LIMITS.citation, "multiline", { empty: "say where the list comes from" }),
    }),
    header_row: z.boolean().default(true),
    /** Overrides the detected encoding when the preview shows garbled letters. */
    encoding: z.enum(["UTF-8", "WINDOWS-1252"]).optional(),
  })
  .refine((m) => m.columns.name !== undefined || m.columns.family !== undefined, {
    error: "choose the column with the name, or with the family name",
    path: ["columns", "name"],
  });
export type CsvMapping = z.infer<typeof csvMappingSchema>;

/** Header words (en, de, ru) that suggest a column, for the mapping form's first guess. */
const GUESSES: Array<[CsvField, RegExp]> = [
  ["given", /^(vorname|given|first ?name|имя)$/i],
  ["family", /^(nachname|familienname|surname|family ?name|last ?name|фамилия)$/i],
  ["patronymic", /^(vatersname|patronymic|отчество)$/i],
  ["name", /^(name|full ?name|person|фио)$/i],
  ["birth_date", /(geburtsdatum|geboren|birth ?date|born|дата рождения|год рождения)/i],
  ["birth_place", /(geburtsort|birth ?place|место рождения)/i],
  ["death_date", /(sterbedatum|todesdatum|gestorben|death ?date|died|дата смерти)/i],
  ["death_place", /(sterbeort|todesort|death ?place|место смерти)/i],
  ["arrest_date", /(verhaftet|verhaftung|arrest|арест)/i],
  ["expulsion_date", /(ausweisung|ausgewiesen|expul|высыл)/i],
  ["handover_date", /(übergabe|übergeben|handover|hand(ed)? over|выдан|передан)/i],
  ["occupation", /(beruf|occupation|профессия)/i],
  ["nationality", /(staatsangehörigkeit|nationalität|nationality|citizenship|гражданство|национальность)/i],
  ["sex", /^(geschlecht|sex|gender|пол)$/i],
  ["note", /(bemerkung|anmerkung|note|remark|примечание)/i],
  ["source_page", /^(seite|blatt|page|folio|лист)$/i],
];

export function guessColumns(header: string[]): Partial<Record<CsvField, number>> {
  const guess: Partial<Record<CsvField, number>> = {};
  header.forEach((h, i) => {
    const hit = GUESSES.find(([field, re]) => guess[field] === undefined && re.test(h.trim()));
    if (hit) guess[hit[0]] = i;
  });
  return guess;
}

/** A date cell: EDTF, GEDCOM ("ABT 1890"), or wording ("um 1890", "12.03.1901"). */
export function readDateCell(text: string): { edtf: string; text?: string } | { problem: string } {
  const value = text.trim();
  if (isValidEdtf(value)) return { edtf: value };
  const worded = parseDateWording(value);
  if (worded?.ok) return { edtf: worded.edtf, ...(worded.text ? { text: worded.text.slice(0, LIMITS.shortText) } : {}) };
  const gedcom = gedcomToEdtf(value);
  if (gedcom.edtf) return { edtf: gedcom.edtf, text: value.slice(0, LIMITS.shortText) };
  return { problem: `"${value}" is not a date the archive can read` };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface CsvRowResult {
  document: PersonDocumentInput;
  warnings: string[];
  name: string;
}

/** One CSV row as a person document; events cite the list's source (and the row's page). */
export function csvDocument(cells: string[], mapping: CsvMapping): CsvRowResult {
  const cell = (field: CsvField) => {
    const index = mapping.columns[field];
    const value = index === undefined ? "" : (cells[index] ?? "").trim();
    return value || undefined;
  };
  const warnings: string[] = [];
  const given = cell("given");
  const family = cell("family");
  const patronymic = cell("patronymic");
  const display = cut(cell("name") ?? [given, patronymic, family].filter(Boolean).join(" "), LIMITS.shortText);
  const page = cell("source_page");
  const source = { id: "s1", kind: mapping.source.kind, citation: mapping.source.citation, ...(page ? { page: cut(page, 60) } : {}) };
  const events: LifeEvent[] = [];
  const addEvent = (type: LifeEvent["type"], dateField: CsvField, placeField: CsvField) => {
    const dateText = cell(dateField);
    const placeText = cell(placeField);
    if (!dateText && !placeText) return;
    const date = dateText ? readDateCell(dateText) : undefined;
    if (date && "problem" in date) warnings.push(`${dateField}: ${date.problem}; it is kept in the description`);
    events.push({
      type,
      ...(date && "edtf" in date ? { date } : {}),
      ...(placeText ? { place: { name: cut(placeText, LIMITS.shortText) } } : {}),
      ...(date && "problem" in date ? { description: { und: cut(`Date: ${dateText}`, LIMITS.description) } } : {}),
      certainty: "documented",
      sources: ["s1"],
    });
  };
  addEvent("birth", "birth_date", "birth_place");
  addEvent("arrest", "arrest_date", "arrest_place");
  addEvent("expulsion", "expulsion_date", "expulsion_place");
  addEvent("handover", "handover_date", "handover_place");
  addEvent("death", "death_date", "death_place");
  const occupation = cell("occupation");
  if (occupation) events.push({ type: "employment", description: { und: cut(occupation, LIMITS.description) }, certainty: "documented", sources: ["s1"] });
  const sex = cell("sex")?.toLowerCase();
  const sexValue = sex && /^(m|male|männlich|mann|м|муж)/.test(sex) ? "male" : sex && /^(f|w|female|weiblich|frau|ж|жен)/.test(sex) ? "female" : undefined;
  const other = cell("other_name");
  const note = cell("note");
  const nationality = cell("nationality");
  const document: PersonDocumentInput = {
    names: [
      {
        primary: true,
        kind: "other",
        // A row without a name stays without one: it becomes a draft the contributor completes.
        display,
        ...(given ? { given: cut(given, LIMITS.shortText) } : {}),
        ...(patronymic ? { patronymic: cut(patronymic, LIMITS.shortText) } : {}),
        ...(family ? { family: cut(family, LIMITS.shortText) } : {}),
        ...(detectScript(display) ? { script: detectScript(display) } : {}),
        sources: ["s1"],
      },
      ...(other ? [{ kind: "alias" as const, display: cut(other, LIMITS.shortText), sources: ["s1"] }] : []),
    ],
    ...(sexValue ? { sex: sexValue as "male" | "female" } : {}),
    events,
    sources: [source],
    ...(note ? { biography: { und: cut(note, LIMITS.biography) } } : {}),
    ...(nationality ? { nationalities: [cut(nationality, 100)] } : {}),
  };
  if (!display) warnings.push("the row has no name");
  return { document, warnings, name: display };
}
