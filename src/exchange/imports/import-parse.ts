/**
 * One parsing step of an import: read the next chunk of the uploaded file from R2, turn its
 * complete records into rows, and move the job's offset on, all in one batch guarded by the
 * job's version. A failure (broken line, wrong encoding) keeps every row before it and reports
 * the line or row where it happened.
 */
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { chunkedInserts } from "../../platform/db/chunk";
import { importRecords, importRows } from "../../platform/db/schema";
import { readCsvRecords } from "../../codecs/csv";
import { decodeChunk, DecodeError, detectEncoding, lineAt, type GedcomEncoding } from "../../codecs/gedcom/encoding";
import { lastRecordBoundary, parseRecords } from "../../codecs/gedcom/parse";
import { personDocumentSchema, toFieldErrors } from "../../domain/person-document";
import { csvDocument, type CsvMapping } from "./csv-mapping";
import { gedcomDocument, type GedcomLookup } from "./gedcom-document";
import { displayName, importedPerson, recordData } from "./gedcom-records";
import { jobUpdate, type ImportJob } from "./imports.queries";
import { memorialUrl } from "../../platform/http/site-url";

/** Bytes read per step: small enough for a Worker request's CPU time, large enough to be quick. */
export const PARSE_CHUNK_BYTES = 192 * 1024;
/** A single record may be larger than a chunk, up to this. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;

interface StepResult {
  rows: Array<typeof importRows.$inferInsert>;
  records: Array<typeof importRecords.$inferInsert>;
  consumedBytes: number;
  lines: number;
  done: boolean;
  failure?: { row: number; message: string };
  encoding?: string;
}

async function readRange(bucket: R2Bucket, key: string, offset: number, length: number): Promise<Uint8Array> {
  const object = await bucket.get(key, { range: { offset, length } });
  if (!object) throw new Error(`import file ${key} is missing`);
  return new Uint8Array(await object.arrayBuffer());
}

function countLines(bytes: Uint8Array): number {
  return lineAt(bytes, bytes.length, 0);
}

/** While a file is read, the other records may still be ahead: nothing is looked up yet. */
function readingLookup(origin: string): GedcomLookup {
  return {
    family: () => undefined,
    source: () => undefined,
    repository: () => undefined,
    note: () => undefined,
    person: () => undefined,
    memorialBase: memorialUrl(origin, ""),
    memorialUid: () => undefined,
  };
}

function gedcomStep(job: ImportJob, bytes: Uint8Array, isLast: boolean): StepResult {
  let encoding = job.encoding as GedcomEncoding | null;
  let skip = 0;
  if (!encoding) {
    const detected = detectEncoding(bytes);
    encoding = detected.encoding;
    skip = detected.bom;
  }
  let end = bytes.length;
  if (!isLast) {
    end = lastRecordBoundary(bytes, encoding);
    if (end <= skip) return { rows: [], records: [], consumedBytes: 0, lines: 0, done: false, encoding, failure: undefined };
  }
  let piece = bytes.subarray(skip, end);
  let decodeFailure: { row: number; message: string } | undefined;
  let text: string;
  try {
    text = decodeChunk(piece, encoding);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    decodeFailure = { row: lineAt(piece, error.byteOffset, job.linesRead + 1), message: `line ${lineAt(piece, error.byteOffset, job.linesRead + 1)}: ${error.message}` };
    const cut = lastRecordBoundary(piece.subarray(0, error.byteOffset + 1), encoding);
    piece = piece.subarray(0, Math.max(0, cut));
    text = decodeChunk(piece, encoding);
  }
  const parsed = parseRecords(text, job.linesRead + 1);
  const rows: StepResult["rows"] = [];
  const records: StepResult["records"] = [];
  for (const record of parsed.records) {
    if (record.tag === "INDI") {
      const person = importedPerson(record);
      const birth = person.events.find((e) => e.tag === "BIRT")?.date;
      const death = person.events.find((e) => e.tag === "DEAT")?.date;
      const built = gedcomDocument(person, readingLookup(job.origin), record.xref);
      // What needs the rest of the file (sources, families) is checked again when the person is sent.
      const notes = built.notes.filter((n) => n.code !== "missing_record");
      rows.push({
        jobId: job.id,
        row: job.people + rows.length + 1,
        line: record.line,
        xref: record.xref ?? null,
        name: displayName(person.names[0]?.value ?? "") || "?",
        birth: birth ?? null,
        death: death ?? null,
        data: JSON.stringify(person),
        warnings: JSON.stringify(notes),
        status: person.relative ? "reference" : built.restriction ? "held" : "draft",
      });
    } else if (record.xref) {
      const data = recordData(record);
      if (data) records.push({ jobId: job.id, xref: record.xref, tag: record.tag, data: JSON.stringify(data) });
    }
  }
  const failure = decodeFailure ?? (parsed.failure ? { row: parsed.failure.line, message: parsed.failure.message } : undefined);
  return { rows, records, consumedBytes: skip + piece.length, lines: countLines(piece), done: isLast || Boolean(failure), failure, encoding };
}

function csvStep(job: ImportJob, bytes: Uint8Array, isLast: boolean): StepResult {
  const meta = JSON.parse(job.header ?? "{}") as { separator: string };
  const mapping = JSON.parse(job.mapping ?? "{}") as CsvMapping;
  const encoding = job.encoding as GedcomEncoding;
  // Cut after the last line break so that no UTF-8 character is split; quotes are handled below.
  let end = bytes.length;
  if (!isLast) {
    end = bytes.lastIndexOf(0x0a) + 1;
    if (end <= 0) return { rows: [], records: [], consumedBytes: 0, lines: 0, done: false };
  }
  let piece = bytes.subarray(0, end);
  let text: string;
  let decodeFailureAt: number | null = null;
  try {
    text = decodeChunk(piece, encoding);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    decodeFailureAt = error.byteOffset;
    piece = piece.subarray(0, error.byteOffset);
    text = decodeChunk(piece, encoding);
  }
  const chunk = readCsvRecords(text, meta.separator, isLast && decodeFailureAt === null);
  const consumedText = text.slice(0, chunk.consumed);
  const consumedBytes = encoding === "UTF-8" ? new TextEncoder().encode(consumedText).length : consumedText.length;
  const rows: StepResult["rows"] = [];
  let recordNo = job.linesRead;
  for (const cells of chunk.records) {
    recordNo++;
    if (recordNo === 1 && mapping.header_row) continue;
    if (cells.every((c) => c.trim() === "")) continue;
    const built = csvDocument(cells, mapping);
    const check = personDocumentSchema.safeParse(built.document);
    const warnings = [...built.warnings, ...(check.success ? [] : toFieldErrors(check.error).map((e) => `${e.path}: ${e.message}`))];
    const birth = built.document.events?.find((e) => e.type === "birth")?.date?.edtf;
    const death = built.document.events?.find((e) => e.type === "death")?.date?.edtf;
    rows.push({
      jobId: job.id,
      row: job.people + rows.length + 1,
      line: recordNo,
      name: built.name || "?",
      birth: birth ?? null,
      death: death ?? null,
      data: JSON.stringify({ document: built.document }),
      warnings: warnings.length ? JSON.stringify(warnings) : null,
    });
  }
  const dataRow = job.people + rows.length + 1;
  const failure =
    decodeFailureAt !== null
      ? { row: dataRow, message: `row ${dataRow} (line ${recordNo + 1} of the file): the text is not ${encoding}; save the list as UTF-8` }
      : chunk.failure
        ? { row: dataRow, message: `row ${dataRow} (line ${recordNo + 1} of the file): ${chunk.failure}` }
        : undefined;
  const done = Boolean(failure) || (isLast && chunk.consumed === text.length);
  return { rows, records: [], consumedBytes, lines: recordNo - job.linesRead, done, failure };
}

/** Reads and stores the next chunk; returns the statements' effect on the job. */
export async function parseStep(db: Database, bucket: R2Bucket, job: ImportJob, requestId: string): Promise<void> {
  let length = PARSE_CHUNK_BYTES;
  for (;;) {
    const bytes = await readRange(bucket, job.objectKey, job.offset, Math.min(length, job.bytes - job.offset));
    const isLast = job.offset + bytes.length >= job.bytes;
    const step = job.format === "gedcom" ? gedcomStep(job, bytes, isLast) : csvStep(job, bytes, isLast);
    if (step.consumedBytes === 0 && !step.done && !step.failure) {
      if (length >= MAX_RECORD_BYTES) {
        return finish(db, job, step, { row: job.people + 1, message: `a record after line ${job.linesRead} is larger than 2 MB` }, requestId);
      }
      length *= 4;
      continue;
    }
    return finish(db, job, step, step.failure, requestId);
  }
}

async function finish(db: Database, job: ImportJob, step: StepResult, failure: StepResult["failure"], requestId: string) {
  const statements: BatchItem[] = [
    ...jobUpdate(db, job, {
      offset: job.offset + step.consumedBytes,
      linesRead: job.linesRead + step.lines,
      people: job.people + step.rows.length,
      ...(step.encoding && !job.encoding ? { encoding: step.encoding } : {}),
      ...(failure ? { status: "failed", failedRow: failure.row, failure: failure.message } : step.done ? { status: "ready" } : {}),
    }, { requestId }),
    ...chunkedInserts(db, importRows, step.rows),
    // A file may repeat an xref; the first record with it is kept.
    ...Array.from({ length: Math.ceil(step.records.length / 25) }, (_, i) =>
      db.insert(importRecords).values(step.records.slice(i * 25, i * 25 + 25)).onConflictDoNothing(),
    ),
  ];
  await runBatch(db, statements);
}
