/**
 * What a moderator does to a published memorial: withhold it (410, kept, restorable), restore
 * it, merge a duplicate into a survivor (301 from the duplicate), and undo a merge. Each is one
 * batch guarded on the memorial's version, with its audit entry, and — when it answers a
 * report — the report's resolution.
 */
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { memorialMerges, memorials, revisions } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { readStoredDocument } from "../../domain/person-document";
import { clearReadTables, publishStatements } from "../../archive/memorials/publish";
import { assertReportOpen, resolveReportStatements, type ReportResolution } from "../reports/reports.queries";
import type { ActorContext } from "./claims";

export interface MemorialActionInput {
  version: number;
  reason?: string;
  /** The report this action answers; it is resolved in the same batch. */
  report?: ReportResolution;
}

type MemorialRow = typeof memorials.$inferSelect;

async function loadMemorial(db: Database, memorialId: string): Promise<MemorialRow> {
  const memorial = await db.select().from(memorials).where(eq(memorials.id, memorialId)).get();
  if (!memorial) throw new AppError("not_found");
  return memorial;
}

function guardedMemorialUpdate(db: Database, memorial: MemorialRow, version: number, fromStatus: MemorialRow["status"], set: Partial<MemorialRow>) {
  return [
    db
      .update(memorials)
      .set({ ...set, version: sql`${memorials.version} + 1` })
      .where(and(eq(memorials.id, memorial.id), eq(memorials.version, version), eq(memorials.status, fromStatus))),
    requireChanged(db),
  ];
}

function expectState(memorial: MemorialRow, version: number, status: MemorialRow["status"]) {
  if (memorial.version !== version) {
    throw new AppError("conflict", `The memorial changed since you opened it (now version ${memorial.version}). Reload it.`);
  }
  if (memorial.status !== status) throw new AppError("conflict", `The memorial is ${memorial.status}.`);
}

async function run(db: Database, statements: BatchItem[]) {
  try {
    await runBatch(db, statements);
  } catch (error) {
    if (isStaleWrite(error)) throw new AppError("conflict", "The memorial or the report changed meanwhile; nothing was changed. Reload.");
    throw error;
  }
}

function audit(db: Database, ctx: ActorContext, action: string, subjectId: string, version: number, detail: Record<string, unknown>) {
  return auditInsert(db, {
    actorId: ctx.moderator.id,
    action,
    subjectType: "memorial",
    subjectId,
    subjectVersion: version,
    detail,
    requestId: ctx.requestId,
    at: ctx.now,
  });
}

/** Statements that put a memorial back into the read tables from its current revision. */
async function republish(db: Database, memorial: MemorialRow, now: number): Promise<BatchItem[]> {
  const row = await db.select({ document: revisions.document }).from(revisions).where(eq(revisions.id, memorial.currentRevisionId)).get();
  if (!row) throw new AppError("conflict", "The memorial's current revision is missing.");
  const document = readStoredDocument(row.document);
  return publishStatements(db, { memorialId: memorial.id, revisionId: memorial.currentRevisionId, document, now });
}

function reportPart(db: Database, input: MemorialActionInput, ctx: ActorContext, outcome: string): BatchItem[] {
  return input.report ? resolveReportStatements(db, input.report, outcome, ctx) : [];
}

export async function withholdMemorial(db: Database, memorialId: string, input: MemorialActionInput, ctx: ActorContext) {
  const memorial = await loadMemorial(db, memorialId);
  expectState(memorial, input.version, "published");
  if (input.report) await assertReportOpen(db, input.report, ctx);
  await run(db, [
    ...guardedMemorialUpdate(db, memorial, input.version, "published", {
      status: "withheld",
      withheldAt: ctx.now,
      withheldReason: input.reason ?? null,
    }),
    ...clearReadTables(db, memorial.id),
    audit(db, ctx, "memorial.withhold", memorial.id, input.version + 1, { reason: input.reason, report_id: input.report?.id }),
    ...reportPart(db, input, ctx, "withheld"),
  ]);
  return { id: memorial.id, status: "withheld", version: input.version + 1 };
}

export async function restoreMemorial(db: Database, memorialId: string, input: MemorialActionInput, ctx: ActorContext) {
  const memorial = await loadMemorial(db, memorialId);
  expectState(memorial, input.version, "withheld");
  await run(db, [
    ...guardedMemorialUpdate(db, memorial, input.version, "withheld", { status: "published", withheldAt: null, withheldReason: null }),
    ...(await republish(db, memorial, ctx.now)),
    audit(db, ctx, "memorial.restore", memorial.id, input.version + 1, { reason: input.reason }),
  ]);
  return { id: memorial.id, status: "published", version: input.version + 1 };
}

/** Merges `memorialId` (the duplicate) into `survivorId`; the duplicate then redirects (301). */
export async function mergeMemorial(db: Database, memorialId: string, survivorId: string, input: MemorialActionInput, ctx: ActorContext) {
  const memorial = await loadMemorial(db, memorialId);
  if (survivorId === memorialId) throw invalidSurvivor("choose another memorial to keep");
  const survivor = await db.select().from(memorials).where(eq(memorials.id, survivorId)).get();
  if (!survivor || survivor.status !== "published") throw invalidSurvivor("the memorial to keep must be published");
  expectState(memorial, input.version, "published");
  if (input.report) await assertReportOpen(db, input.report, ctx);
  const mergeId = newId("mrg");
  await run(db, [
    ...guardedMemorialUpdate(db, memorial, input.version, "published", { status: "merged", mergedIntoId: survivor.id, updatedAt: ctx.now }),
    // The survivor must still be public when the merge lands.
    db.update(memorials).set({ version: sql`${memorials.version} + 1` }).where(and(eq(memorials.id, survivor.id), eq(memorials.status, "published"))),
    requireChanged(db),
    ...clearReadTables(db, memorial.id),
    db.insert(memorialMerges).values({
      id: mergeId,
      memorialId: memorial.id,
      survivorId: survivor.id,
      mergedBy: ctx.moderator.id,
      mergedAt: ctx.now,
      reason: input.reason ?? null,
    }),
    audit(db, ctx, "memorial.merge", memorial.id, input.version + 1, { merge_id: mergeId, into: survivor.id, reason: input.reason, report_id: input.report?.id }),
    audit(db, ctx, "memorial.merge_survivor", survivor.id, survivor.version + 1, { merge_id: mergeId, absorbed: memorial.id }),
    ...reportPart(db, input, ctx, "merged"),
  ]);
  return { id: memorial.id, status: "merged", merged_into_id: survivor.id, merge_id: mergeId, version: input.version + 1 };
}

function invalidSurvivor(message: string) {
  return new AppError("validation_failed", "The memorial to keep is not valid.", { errors: [{ path: "survivor_id", message }] });
}

/** The open (not undone) merge of a memorial, if it is merged. */
export function currentMerge(db: Database, memorialId: string) {
  return db
    .select()
    .from(memorialMerges)
    .where(and(eq(memorialMerges.memorialId, memorialId), isNull(memorialMerges.undoneAt)))
    .orderBy(desc(memorialMerges.mergedAt))
    .get();
}

export async function unmergeMemorial(db: Database, memorialId: string, input: MemorialActionInput, ctx: ActorContext) {
  const memorial = await loadMemorial(db, memorialId);
  expectState(memorial, input.version, "merged");
  const merge = await currentMerge(db, memorialId);
  if (!merge) throw new AppError("conflict", "No merge of this memorial can be undone.");
  await run(db, [
    ...guardedMemorialUpdate(db, memorial, input.version, "merged", { status: "published", mergedIntoId: null }),
    db
      .update(memorialMerges)
      .set({ undoneAt: ctx.now, undoneBy: ctx.moderator.id })
      .where(and(eq(memorialMerges.id, merge.id), isNull(memorialMerges.undoneAt))),
    requireChanged(db),
    ...(await republish(db, memorial, ctx.now)),
    audit(db, ctx, "memorial.unmerge", memorial.id, input.version + 1, { merge_id: merge.id, from: merge.survivorId, reason: input.reason }),
  ]);
  return { id: memorial.id, status: "published", version: input.version + 1 };
}
