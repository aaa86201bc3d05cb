/** All SQL of imports: jobs, their rows (people) and their other GEDCOM records. */
import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { BatchItem, Database } from "../../platform/db/client";
import { requireChanged } from "../../platform/db/guard";
import { auditInsert } from "../../platform/audit/audit";
import { IMPORT_ROW_STATUSES, importJobs, importRecords, importRows, memorials, type ImportRowStatus, type ImportStatus } from "../../platform/db/schema";

export type ImportJob = typeof importJobs.$inferSelect;
export type ImportRow = typeof importRows.$inferSelect;

export function findJob(db: Database, id: string) {
  return db.select().from(importJobs).where(eq(importJobs.id, id)).get();
}

export function listJobs(db: Database, userId: string) {
  return db.select().from(importJobs).where(eq(importJobs.userId, userId)).orderBy(desc(importJobs.createdAt)).limit(50);
}

/** Jobs the scheduled step continues: still reading, still submitting, or waiting for quota. */
export function unfinishedJobs(db: Database, limit: number) {
  return db
    .select()
    .from(importJobs)
    .where(inArray(importJobs.status, ["parsing", "submitting", "paused"]))
    .orderBy(asc(importJobs.updatedAt))
    .limit(limit);
}

/** The audit action of a job moving to a status; the upload and the sending name their own. */
const STATUS_ACTIONS: Record<ImportStatus, string> = {
  mapping: "import.upload",
  parsing: "import.map",
  ready: "import.read",
  failed: "import.fail",
  submitting: "import.resume",
  paused: "import.pause",
  done: "import.finish",
};

export interface JobAudit {
  requestId: string | null;
  /** Instead of the status's own action, e.g. `import.submit` when the contributor sends people. */
  action?: string;
  detail?: Record<string, unknown>;
}

/**
 * Statements that move a job on, only if nobody moved it meanwhile (its version): a step that
 * runs twice at once (a click and the cron) stores its rows once. A change of status (or an
 * explicit `audit.action`) writes its audit entry in the same batch; the actor is the
 * contributor whose job it is, also when the cron runs the step (request id `cron-…`).
 */
export function jobUpdate(db: Database, job: ImportJob, set: Partial<ImportJob>, audit: JobAudit): BatchItem[] {
  const now = Date.now();
  const to = set.status ?? job.status;
  const statements: BatchItem[] = [
    db
      .update(importJobs)
      .set({ ...set, version: job.version + 1, updatedAt: now })
      .where(and(eq(importJobs.id, job.id), eq(importJobs.version, job.version))),
    requireChanged(db),
  ];
  if (to === job.status && !audit.action) return statements;
  statements.push(
    auditInsert(db, {
      actorId: job.userId,
      action: audit.action ?? STATUS_ACTIONS[to],
      subjectType: "import",
      subjectId: job.id,
      subjectVersion: job.version + 1,
      detail: { from: job.status, to, ...(set.failedRow ? { failed_row: set.failedRow } : {}), ...audit.detail },
      requestId: audit.requestId,
      at: now,
    }),
  );
  return statements;
}

export type RowCounts = Record<ImportRowStatus, number>;

export async function rowCounts(db: Database, jobId: string): Promise<RowCounts> {
  const rows = await db.select({ status: importRows.status, n: count() }).from(importRows).where(eq(importRows.jobId, jobId)).groupBy(importRows.status);
  const counts = Object.fromEntries(IMPORT_ROW_STATUSES.map((s) => [s, 0])) as RowCounts;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function listRows(db: Database, jobId: string, afterRow: number, limit: number, status?: ImportRowStatus) {
  return db
    .select()
    .from(importRows)
    .where(and(eq(importRows.jobId, jobId), gt(importRows.row, afterRow), status ? eq(importRows.status, status) : undefined))
    .orderBy(asc(importRows.row))
    .limit(limit);
}

export function selectedRows(db: Database, jobId: string, limit: number) {
  return db
    .select()
    .from(importRows)
    .where(and(eq(importRows.jobId, jobId), eq(importRows.status, "selected")))
    .orderBy(asc(importRows.row))
    .limit(limit);
}

/** Statements that mark rows as chosen for submission: the given rows (drafts, or held back by the file), or every draft row. */
export function selectRows(db: Database, jobId: string, rows: number[] | "all"): BatchItem[] {
  const select = (only?: number[]) =>
    db
      .update(importRows)
      .set({ status: "selected" })
      .where(
        and(
          eq(importRows.jobId, jobId),
          only ? inArray(importRows.status, ["draft", "held"]) : eq(importRows.status, "draft"),
          only ? inArray(importRows.row, only) : undefined,
        ),
      );
  if (rows === "all") return [select()];
  return Array.from({ length: Math.ceil(rows.length / 90) }, (_, i) => select(rows.slice(i * 90, i * 90 + 90)));
}

export function setRowResult(
  db: Database,
  jobId: string,
  row: number,
  set: { status: ImportRowStatus; revisionId: string | null; error?: string | null; warnings?: string; plausibility?: string | null },
) {
  return db
    .update(importRows)
    .set({
      status: set.status,
      revisionId: set.revisionId,
      error: set.error ?? null,
      plausibility: set.plausibility ?? null,
      ...(set.warnings !== undefined ? { warnings: set.warnings } : {}),
    })
    .where(and(eq(importRows.jobId, jobId), eq(importRows.row, row)));
}

async function inChunks<T>(ids: string[], read: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 90) out.push(...(await read(unique.slice(i, i + 90))));
  return out;
}

export function recordsByXref(db: Database, jobId: string, xrefs: string[]) {
  return inChunks(xrefs, (part) =>
    db.select().from(importRecords).where(and(eq(importRecords.jobId, jobId), inArray(importRecords.xref, part))),
  );
}

export function rowsByXref(db: Database, jobId: string, xrefs: string[]) {
  return inChunks(xrefs, (part) =>
    db
      .select({ xref: importRows.xref, name: importRows.name, data: importRows.data })
      .from(importRows)
      .where(and(eq(importRows.jobId, jobId), inArray(importRows.xref, part))),
  );
}

export function publishedIds(db: Database, ids: string[]) {
  return inChunks(ids, (part) =>
    db.select({ id: memorials.id }).from(memorials).where(and(inArray(memorials.id, part), eq(memorials.status, "published"))),
  );
}

/** Removes what an import read (rows and records); the revisions it made stay. */
export function deleteImportData(db: Database, jobId: string): BatchItem[] {
  return [
    db.delete(importRows).where(and(eq(importRows.jobId, jobId), sql`${importRows.status} IN ('draft', 'selected')`)),
    db.delete(importRecords).where(eq(importRecords.jobId, jobId)),
  ];
}
