/** Import jobs and rows as the API shows them, and the request bodies of the import API. */
import { z } from "zod";
import { IMPORT_FORMATS, IMPORT_ROW_STATUSES, IMPORT_STATUSES } from "../../platform/db/schema";
import type { Translate } from "../../platform/i18n";
import type { DateLocale } from "../../domain/dates/date-format";
import { describeWarnings, warningsShape, readStoredWarnings } from "../../editorial/revisions/plausibility-warnings";
import { consentSchema, submitterSchema } from "../../editorial/submissions/submission-body";
import { describeNote, readNotes } from "../../editorial/revisions/import-notes";
import { csvMappingSchema } from "./csv-mapping";
import type { CsvPreview } from "./import-jobs";
import type { ImportJob, ImportRow, RowCounts } from "./imports.queries";

export const importSubmitBody = z.strictObject({
  rows: z.union([z.literal("all"), z.array(z.number().int().positive()).min(1).max(5_000)]),
  submitter: submitterSchema,
  consent: consentSchema,
});

export const rowsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  status: z.enum(IMPORT_ROW_STATUSES).optional(),
});

const iso = (ms: number) => new Date(ms).toISOString();

export function progressOf(job: ImportJob, counts: RowCounts): number {
  if (job.status === "parsing") return job.bytes ? Math.min(1, job.offset / job.bytes) : 0;
  if (job.status === "submitting" || job.status === "paused") {
    const sent = counts.submitted + counts.needs_edit + counts.unchanged;
    const total = counts.selected + sent;
    return total ? sent / total : 0;
  }
  return job.status === "mapping" ? 0 : 1;
}

export function jobJson(job: ImportJob, counts: RowCounts) {
  return {
    id: job.id,
    format: job.format,
    filename: job.filename,
    status: job.status,
    bytes: job.bytes,
    bytes_read: job.offset,
    encoding: job.encoding,
    people: job.people,
    failed_row: job.failedRow,
    failure: job.failure,
    columns: job.header ? (JSON.parse(job.header) as CsvPreview) : null,
    mapping: job.mapping ? (JSON.parse(job.mapping) as unknown) : null,
    counts,
    progress: Math.round(progressOf(job, counts) * 1000) / 1000,
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
  };
}

/** A row as the API shows it; its notes in the caller's language (import-notes.ts). */
export function rowJson(row: ImportRow, t: Translate, locale: DateLocale) {
  return {
    row: row.row,
    line: row.line,
    xref: row.xref,
    name: row.name,
    birth: row.birth,
    death: row.death,
    status: row.status,
    warnings: readNotes(row.warnings).map((note) => describeNote(note, t, locale)),
    plausibility: describeWarnings(readStoredWarnings(row.plausibility), t, locale),
    revision_id: row.revisionId,
    error: row.error,
  };
}

const countsShape = z.object(Object.fromEntries(IMPORT_ROW_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof IMPORT_ROW_STATUSES)[number], z.ZodNumber>);

export const importJobShape = z.object({
  id: z.string(),
  format: z.enum(IMPORT_FORMATS),
  filename: z.string().nullable(),
  status: z.enum(IMPORT_STATUSES),
  bytes: z.number().int(),
  bytes_read: z.number().int(),
  encoding: z.string().nullable(),
  people: z.number().int(),
  failed_row: z.number().int().nullable(),
  failure: z.string().nullable(),
  columns: z.object({ separator: z.string(), header: z.array(z.string()), samples: z.array(z.array(z.string())) }).nullable(),
  mapping: csvMappingSchema.nullable().or(z.record(z.string(), z.unknown())),
  counts: countsShape,
  progress: z.number().min(0).max(1),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

export const importRowShape = z.object({
  row: z.number().int(),
  line: z.number().int(),
  xref: z.string().nullable(),
  name: z.string(),
  birth: z.string().nullable(),
  death: z.string().nullable(),
  status: z.enum(IMPORT_ROW_STATUSES),
  warnings: z.array(z.string()).describe("What the import could not keep of this person, or kept differently, by line of the file, in the caller's language"),
  plausibility: warningsShape.describe("Plausibility warnings of the person as sent (docs/plausibility.md); empty before sending"),
  revision_id: z.string().nullable(),
  error: z.string().nullable(),
});
