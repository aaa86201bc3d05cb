/**
 * Reading published memorials for the exports and OAI-PMH, a page at a time in id order, so that
 * an export of any size streams with bounded memory. Only `status = 'published'` memorials with
 * an approved current revision are read, each as the public sees it (src/memorials/public-document.ts).
 */
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { memorialChanges, memorials, revisions } from "../db/schema";
import { readStoredDocument, type PersonDocument } from "../lib/person-document";
import { publicDocument, readPublicContext } from "../memorials/public-document";

export const EXPORT_PAGE_SIZE = 100;

export interface PublishedMemorial {
  memorial: typeof memorials.$inferSelect;
  revisionId: string;
  changedAt: number;
  document: PersonDocument;
}

/** One page of published memorials after `afterId`, with their public documents. */
export async function publishedPage(db: Database, afterId: string, limit = EXPORT_PAGE_SIZE): Promise<PublishedMemorial[]> {
  const rows = await db
    .select({ memorial: memorials, document: revisions.document, changedAt: memorialChanges.changedAt })
    .from(memorials)
    .innerJoin(revisions, and(eq(revisions.id, memorials.currentRevisionId), eq(revisions.status, "approved")))
    .leftJoin(memorialChanges, eq(memorialChanges.memorialId, memorials.id))
    .where(and(eq(memorials.status, "published"), gt(memorials.id, afterId)))
    .orderBy(asc(memorials.id))
    .limit(limit);
  const items = rows.map((r) => ({ memorialId: r.memorial.id, document: readStoredDocument(r.document) }));
  const context = await readPublicContext(db, items);
  return rows.map((r, i) => ({
    memorial: r.memorial,
    revisionId: r.memorial.currentRevisionId,
    changedAt: r.changedAt ?? r.memorial.updatedAt,
    document: publicDocument(r.memorial.id, items[i]!.document, context),
  }));
}

export interface ExportStamp {
  count: number;
  /** The newest change in public view (publication, correction, withholding, merge), ms. */
  newest: number;
}

/**
 * What the exports' ETag and Last-Modified are made of: cheap, and it moves on every public change.
 * The count is the one triggers keep (archive_counts) — counting would read every published memorial.
 */
export async function exportStamp(db: Database): Promise<ExportStamp> {
  const row = await db.get<{ count: number | null; newest: number | null }>(sql`
    SELECT (SELECT memorials FROM archive_counts WHERE id = 1) AS count,
           (SELECT max(changed_at) FROM memorial_changes) AS newest`);
  return { count: row.count ?? 0, newest: row.newest ?? 0 };
}

/** Published memorials among `ids` (for links between memorials in GEDCOM families). */
export async function publishedByIds(db: Database, ids: string[]): Promise<PublishedMemorial[]> {
  const found: PublishedMemorial[] = [];
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await db
      .select({ memorial: memorials, document: revisions.document, changedAt: memorialChanges.changedAt })
      .from(memorials)
      .innerJoin(revisions, and(eq(revisions.id, memorials.currentRevisionId), eq(revisions.status, "approved")))
      .leftJoin(memorialChanges, eq(memorialChanges.memorialId, memorials.id))
      .where(and(eq(memorials.status, "published"), inArray(memorials.id, ids.slice(i, i + 90))));
    const items = rows.map((r) => ({ memorialId: r.memorial.id, document: readStoredDocument(r.document) }));
    const context = await readPublicContext(db, items);
    rows.forEach((r, j) =>
      found.push({
        memorial: r.memorial,
        revisionId: r.memorial.currentRevisionId,
        changedAt: r.changedAt ?? r.memorial.updatedAt,
        document: publicDocument(r.memorial.id, items[j]!.document, context),
      }),
    );
  }
  return found;
}
