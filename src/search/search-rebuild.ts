/**
 * Rebuilds the search index from the published memorials' current revisions — for operators
 * (`npm run search:rebuild`) after changing how names are folded or encoded. Memorials are
 * reindexed a few at a time, each group in one batch, so the index never misses more than that.
 */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { runBatch, type Database } from "../db/client";
import { memorials, revisions } from "../db/schema";
import { readStoredDocument } from "../lib/person-document";
import { indexStatements, removeStatements } from "./search-index";
import { searchKeysTable, searchTextTable } from "./search-tables";

const PAGE = 100;
/** 6 statements per memorial; D1 batches of about a hundred statements stay fast. */
const PER_BATCH = 16;

export interface RebuildResult {
  indexed: number;
  removed: number;
}

/** Removes index rows of memorials that are no longer published (withheld or merged). */
async function removeOrphans(db: Database): Promise<number> {
  const orphans = await db.all<{ id: string }>(sql`
    SELECT d.memorial_id AS id FROM search_docs d LEFT JOIN memorials m ON m.id = d.memorial_id
    WHERE m.id IS NULL OR m.status != 'published'`);
  for (const { id } of orphans) await runBatch(db, removeStatements(db, id));
  // Keys or text whose doc row is gone (an interrupted run) are dropped too.
  await db.delete(searchKeysTable).where(sql`doc NOT IN (SELECT doc FROM search_docs)`);
  await db.delete(searchTextTable).where(sql`rowid NOT IN (SELECT doc FROM search_docs)`);
  return orphans.length;
}

export async function rebuildSearchIndex(db: Database, onProgress?: (indexed: number) => void): Promise<RebuildResult> {
  const removed = await removeOrphans(db);
  let indexed = 0;
  let after = "";
  for (;;) {
    const page = await db
      .select({ id: memorials.id, document: revisions.document })
      .from(memorials)
      .innerJoin(revisions, eq(revisions.id, memorials.currentRevisionId))
      .where(and(eq(memorials.status, "published"), gt(memorials.id, after)))
      .orderBy(asc(memorials.id))
      .limit(PAGE);
    for (let i = 0; i < page.length; i += PER_BATCH) {
      const group = page.slice(i, i + PER_BATCH);
      await runBatch(
        db,
        group.flatMap((row) => [...removeStatements(db, row.id), ...indexStatements(db, row.id, readStoredDocument(row.document))]),
      );
      indexed += group.length;
    }
    onProgress?.(indexed);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return { indexed, removed };
}
