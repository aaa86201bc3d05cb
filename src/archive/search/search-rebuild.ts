/**
 * Rebuilds the search index from the published memorials' current revisions — for operators,
 * after a change to how names are folded, transliterated or encoded. The work is done in
 * bounded chunks, each resumable from a cursor, so the same code serves the local command
 * (`npm run search:rebuild`, all chunks in a loop) and a deployed archive (one chunk per request
 * to POST /api/v1/admin/search/rebuild, driven by `npm run search:rebuild -- --remote`).
 *
 * Two phases, in cursor order:
 * 1. `orphans`: index entries whose memorial is no longer published (withheld, merged) are
 *    removed, and keys or text left without their doc row, walking `search_docs` by doc.
 * 2. `memorials`: every published memorial is reindexed from its current revision, by id.
 *
 * Every statement group is one batch, guarded: a memorial approved, withheld or merged while its
 * chunk runs makes the batch roll back (the guard sees the change), and the chunk is refused
 * with 409 — sending the same cursor again repeats it on current data. Repeating a chunk is
 * harmless (remove, then index), so interrupted runs resume from their last cursor.
 */
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite } from "../../platform/db/guard";
import { memorials, revisions, writeGuard } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { readStoredDocument } from "../../domain/person-document";
import { indexStatements, removeStatements } from "./search-index";
import { searchKeysTable, searchTextTable } from "./search-tables";

/** Memorials (or doc rows) per chunk unless the caller asks for another number. */
export const DEFAULT_CHUNK = 100;
export const MAX_CHUNK = 500;
/** About six statements per memorial: D1 batches of about a hundred statements stay fast. */
const PER_BATCH = 16;

/** `orphans:<doc>` or `memorials:<memorial id>`: where the next chunk starts (after this one). */
export const CURSOR_PATTERN = /^(orphans:\d{1,15}|memorials:[A-Za-z0-9_-]{0,80})$/;

export interface RebuildChunk {
  phase: "orphans" | "memorials";
  /** Memorials reindexed in this chunk. */
  indexed: number;
  /** Memorials whose entries were removed because they are no longer published. */
  removed: number;
  /** Send it back to continue; null when the rebuild is complete. */
  nextCursor: string | null;
}

export interface ChunkOptions {
  cursor?: string | null;
  limit?: number;
  /** Writes a `search.rebuild` audit entry with the chunk's last batch (the API does). */
  audit?: { actorId: string; requestId: string; now: number };
}

export interface RebuildResult {
  indexed: number;
  removed: number;
}

/**
 * Fails the batch (stale write) unless the memorial is still in the state the chunk read: it
 * replaces the `changes()` check of `requireChanged`, as nothing here updates a row to count.
 */
function unchangedGuard(db: Database, condition: ReturnType<typeof sql>) {
  return db.insert(writeGuard).select(sql`SELECT 1 WHERE NOT (${condition})`);
}

const stillPublished = (memorialId: string, revisionId: string) =>
  sql`EXISTS (SELECT 1 FROM memorials WHERE id = ${memorialId} AND status = 'published' AND current_revision_id = ${revisionId})`;
const stillHidden = (memorialId: string) =>
  sql`NOT EXISTS (SELECT 1 FROM memorials WHERE id = ${memorialId} AND status = 'published')`;

async function runGroups(db: Database, groups: BatchItem[][], last: BatchItem[]) {
  const batches = groups.length ? groups : [[]];
  for (let i = 0; i < batches.length; i++) {
    const statements = i === batches.length - 1 ? [...batches[i]!, ...last] : batches[i]!;
    if (statements.length) await runBatch(db, statements);
  }
}

function groupsOf<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

async function orphanChunk(db: Database, after: number, limit: number, last: (result: RebuildChunk) => BatchItem[]): Promise<RebuildChunk> {
  const page = await db.all<{ doc: number; memorial_id: string; status: string | null }>(sql`
    SELECT d.doc, d.memorial_id, m.status FROM search_docs d LEFT JOIN memorials m ON m.id = d.memorial_id
    WHERE d.doc > ${after} ORDER BY d.doc LIMIT ${limit}`);
  const done = page.length < limit;
  const upTo = done ? Number.MAX_SAFE_INTEGER : page[page.length - 1]!.doc;
  const hidden = page.filter((row) => row.status !== "published");
  const groups = groupsOf(hidden, PER_BATCH).map((group) =>
    group.flatMap((row) => [unchangedGuard(db, stillHidden(row.memorial_id)), ...removeStatements(db, row.memorial_id)]),
  );
  // Keys and text whose doc row is gone (never left by this code, whose batches are atomic).
  const inRange = (column: typeof searchKeysTable.doc | typeof searchTextTable.rowid) =>
    and(gt(column, after), lte(column, upTo), sql`${column} NOT IN (SELECT doc FROM search_docs)`);
  const result: RebuildChunk = {
    phase: "orphans",
    indexed: 0,
    removed: hidden.length,
    nextCursor: done ? "memorials:" : `orphans:${upTo}`,
  };
  await runGroups(db, groups, [
    db.delete(searchKeysTable).where(inRange(searchKeysTable.doc)),
    db.delete(searchTextTable).where(inRange(searchTextTable.rowid)),
    ...last(result),
  ]);
  return result;
}

async function memorialChunk(db: Database, after: string, limit: number, last: (result: RebuildChunk) => BatchItem[]): Promise<RebuildChunk> {
  const page = await db
    .select({ id: memorials.id, revisionId: memorials.currentRevisionId, document: revisions.document })
    .from(memorials)
    .innerJoin(revisions, eq(revisions.id, memorials.currentRevisionId))
    .where(and(eq(memorials.status, "published"), gt(memorials.id, after)))
    .orderBy(asc(memorials.id))
    .limit(limit);
  const done = page.length < limit;
  const groups = groupsOf(page, PER_BATCH).map((group) =>
    group.flatMap((row) => [
      unchangedGuard(db, stillPublished(row.id, row.revisionId)),
      ...removeStatements(db, row.id),
      ...indexStatements(db, row.id, readStoredDocument(row.document)),
    ]),
  );
  const result: RebuildChunk = {
    phase: "memorials",
    indexed: page.length,
    removed: 0,
    nextCursor: done ? null : `memorials:${page[page.length - 1]!.id}`,
  };
  await runGroups(db, groups, last(result));
  return result;
}

/**
 * One chunk of the rebuild, from `cursor` (null: the start). 409 when the archive changed under
 * it; nothing of the failed batch is kept, and the same cursor can be sent again.
 * @example let c = null; do c = (await rebuildSearchChunk(db, { cursor: c })).nextCursor; while (c);
 */
export async function rebuildSearchChunk(db: Database, options: ChunkOptions = {}): Promise<RebuildChunk> {
  const cursor = options.cursor ?? "orphans:0";
  if (!CURSOR_PATTERN.test(cursor)) throw new AppError("validation_failed", "Not a cursor of this rebuild.", { errors: [{ path: "cursor", message: "not a cursor of this rebuild" }] });
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_CHUNK, 1), MAX_CHUNK);
  const [phase, position] = [cursor.slice(0, cursor.indexOf(":")), cursor.slice(cursor.indexOf(":") + 1)];
  const last = (result: RebuildChunk): BatchItem[] =>
    options.audit
      ? [
          auditInsert(db, {
            actorId: options.audit.actorId,
            action: "search.rebuild",
            subjectType: "system",
            subjectId: "search_index",
            detail: { cursor, next_cursor: result.nextCursor, phase: result.phase, indexed: result.indexed, removed: result.removed },
            requestId: options.audit.requestId,
            at: options.audit.now,
          }),
        ]
      : [];
  try {
    return phase === "orphans" ? await orphanChunk(db, Number(position), limit, last) : await memorialChunk(db, position, limit, last);
  } catch (error) {
    if (isStaleWrite(error)) {
      throw new AppError("conflict", "A memorial changed while this part of the index was rebuilt; send the same cursor again.");
    }
    throw error;
  }
}

/** The whole rebuild, chunk after chunk (the local command and `npm run restore`). */
export async function rebuildSearchIndex(db: Database, onProgress?: (indexed: number) => void): Promise<RebuildResult> {
  const total: RebuildResult = { indexed: 0, removed: 0 };
  let cursor: string | null = null;
  let conflicts = 0;
  do {
    try {
      const chunk: RebuildChunk = await rebuildSearchChunk(db, { cursor });
      total.indexed += chunk.indexed;
      total.removed += chunk.removed;
      cursor = chunk.nextCursor;
      conflicts = 0;
      if (chunk.phase === "memorials") onProgress?.(total.indexed);
    } catch (error) {
      // Someone approved or withheld a memorial meanwhile: repeat the chunk, a few times at most.
      if (!(error instanceof AppError && error.code === "conflict") || ++conflicts > 5) throw error;
    }
  } while (cursor !== null);
  return total;
}
