/**
 * Import jobs: an upload is stored in R2 and described by a job row; each step (a request from
 * the contributor's page or API, or the scheduled job) reads one chunk or submits a few people,
 * so files of any size stay within a Worker request's limits and progress can be shown.
 */
import { eq } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { Quota } from "../../platform/abuse/rate-limit";
import { runBatch, type Database } from "../../platform/db/client";
import { importJobs, users, type ImportFormat } from "../../platform/db/schema";
import { isLocale, translator } from "../../platform/i18n";
import { detectSeparator, readCsvRecords } from "../../codecs/csv";
import { decodeChunk, DecodeError, detectEncoding } from "../../codecs/gedcom/encoding";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import type { WriteContext } from "../../editorial/submissions/submission-writes";
import { parseStep } from "./import-parse";
import { submitStep } from "./import-submit";
import { findJob, unfinishedJobs, type ImportJob } from "./imports.queries";

export const IMPORT_UPLOAD_QUOTA: Quota = { name: "import-upload", limit: 20, windowSeconds: 86_400 };
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface CsvPreview {
  separator: string;
  header: string[];
  samples: string[][];
}

function formatOf(filename: string | null, head: Uint8Array): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename ?? "")?.[1]?.toLowerCase();
  if (ext === "ged" || ext === "gedcom") return "gedcom";
  if (ext === "csv" || ext === "tsv" || ext === "txt") return "csv";
  const start = new TextDecoder("latin1").decode(head.subarray(0, 16)).replace(/[\u0000\u00ef\u00bb\u00bf\u00fe\u00ff]/g, "");
  return /^\s*0 HEAD/.test(start) ? "gedcom" : null;
}

function csvEncoding(head: Uint8Array, complete: boolean): { encoding: "UTF-8" | "WINDOWS-1252"; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "UTF-8", bom: 3 };
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(head, { stream: !complete });
    return { encoding: "UTF-8", bom: 0 };
  } catch (error) {
    // UTF-8 letters before the first bad byte: a UTF-8 list with a broken row (reported at
    // that row). None: a spreadsheet's "ANSI" export, most likely.
    const at = error instanceof DecodeError ? error.byteOffset : firstBadByte(head);
    const prefix = new TextDecoder("utf-8").decode(head.subarray(0, at));
    return { encoding: /[^\x00-\x7f]/.test(prefix) ? "UTF-8" : "WINDOWS-1252", bom: 0 };
  }
}

function firstBadByte(bytes: Uint8Array): number {
  try {
    decodeChunk(bytes, "UTF-8");
    return bytes.length;
  } catch (error) {
    return error instanceof DecodeError ? error.byteOffset : 0;
  }
}

function notThisKind(message: string) {
  return new AppError("validation_failed", message, { errors: [{ path: "file", message }] });
}

export interface NewImport {
  db: Database;
  bucket: R2Bucket;
  userId: string;
  file: { pieces: Uint8Array[]; filename: string | null };
  origin: string;
  locale: string;
  requestId: string;
}

export async function createImport(input: NewImport): Promise<ImportJob> {
  const { db, bucket, file } = input;
  const bytes = file.pieces.reduce((n, p) => n + p.length, 0);
  if (bytes === 0) throw notThisKind("the file is empty");
  if (bytes > MAX_IMPORT_BYTES) throw new AppError("payload_too_large", "The file is larger than 50 MB.");
  const head = concatHead(file.pieces, 64 * 1024);
  const format = formatOf(file.filename, head);
  if (!format) throw notThisKind("choose a GEDCOM file (.ged) or a CSV list (.csv)");
  const id = newId("imp");
  const now = Date.now();
  const job: ImportJob = {
    id,
    userId: input.userId,
    format,
    filename: file.filename?.slice(0, 255) ?? null,
    objectKey: `imports/${id}`,
    bytes,
    encoding: null,
    offset: 0,
    linesRead: 0,
    status: "parsing",
    people: 0,
    failedRow: null,
    failure: null,
    header: null,
    mapping: null,
    relationship: null,
    showName: false,
    note: null,
    origin: input.origin,
    locale: input.locale,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (format === "gedcom") {
    const detected = detectEncoding(head);
    let start = "";
    try {
      start = decodeChunk(head.subarray(detected.bom, Math.min(head.length, detected.bom + 64)), detected.encoding);
    } catch {
      start = "";
    }
    if (!/^\s*0\s+HEAD/.test(start)) throw notThisKind("this is not a GEDCOM file: it does not begin with a header (0 HEAD)");
  } else {
    const { encoding, bom } = csvEncoding(head, head.length === bytes);
    // The preview shows a broken letter as "�"; reading the rows reports it at its row.
    const previewBytes = head.subarray(bom, head.length === bytes ? head.length : head.lastIndexOf(0x0a) + 1);
    const text = new TextDecoder(encoding === "UTF-8" ? "utf-8" : "windows-1252").decode(previewBytes);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const separator = detectSeparator(firstLine);
    const { records } = readCsvRecords(text, separator, head.length === bytes);
    if (records.length === 0) throw notThisKind("the list has no rows");
    const preview: CsvPreview = { separator, header: records[0]!, samples: records.slice(1, 6) };
    Object.assign(job, { status: "mapping", encoding, offset: bom, header: JSON.stringify(preview) });
  }
  await bucket.put(job.objectKey, new Blob(file.pieces as Uint8Array<ArrayBuffer>[]));
  await runBatch(db, [
    db.insert(importJobs).values(job),
    auditInsert(db, {
      actorId: input.userId,
      action: "import.upload",
      subjectType: "import",
      subjectId: id,
      subjectVersion: 1,
      detail: { format, bytes, filename: job.filename },
      requestId: input.requestId,
      at: now,
    }),
  ]);
  return job;
}

function concatHead(pieces: Uint8Array[], max: number): Uint8Array {
  const out = new Uint8Array(Math.min(max, pieces.reduce((n, p) => n + p.length, 0)));
  let at = 0;
  for (const p of pieces) {
    if (at >= out.length) break;
    const part = p.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export async function jobWriteContext(db: Database, job: ImportJob, requestId: string): Promise<WriteContext> {
  const user = await db.select().from(users).where(eq(users.id, job.userId)).get();
  if (!user || user.disabledAt) throw new AppError("forbidden", "The account that started this import is disabled.");
  return {
    db,
    user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
    requestId,
    origin: job.origin,
    t: translator(isLocale(job.locale) ? job.locale : "en"),
    locale: isLocale(job.locale) ? job.locale : "en",
  };
}

/** One step of a job: a chunk read, or a few people submitted. Returns the job afterwards. */
export async function advanceJob(db: Database, bucket: R2Bucket, job: ImportJob, requestId: string): Promise<ImportJob> {
  if (job.status === "parsing") {
    await parseStep(db, bucket, job, requestId);
    const after = (await findJob(db, job.id))!;
    if (after.status !== "parsing") await bucket.delete(job.objectKey);
    return after;
  }
  if (job.status === "submitting" || job.status === "paused") {
    await submitStep(await jobWriteContext(db, job, requestId), job);
  }
  return (await findJob(db, job.id))!;
}

/**
 * The scheduled step: continues unfinished jobs (a contributor who closed the page, or a job
 * paused by the daily quota) a few steps at a time, oldest first.
 */
export async function advanceImports(db: Database, bucket: R2Bucket, now: number, steps = 40): Promise<{ steps: number; jobs: number }> {
  const jobs = await unfinishedJobs(db, 5);
  let done = 0;
  for (const start of jobs) {
    let job: ImportJob | undefined = start;
    while (job && done < steps && ["parsing", "submitting", "paused"].includes(job.status)) {
      const before = job.version;
      job = await advanceJob(db, bucket, job, `cron-${now}`);
      done++;
      // Paused by the quota, or nothing changed: try again at the next run.
      if (job.status === "paused" || job.version === before) break;
    }
  }
  return { steps: done, jobs: jobs.length };
}
