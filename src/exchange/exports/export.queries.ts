/**
 * Reading published memorials for the exports and OAI-PMH, a page at a time in id order, so that
 * an export of any size streams with bounded memory. Only `status = 'published'` memorials with
 * an approved current revision are read, each as the public sees it (src/archive/memorials/public-document.ts).
 */
import { and, asc, eq, gt, gte, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialChanges, memorials, revisions } from "../../platform/db/schema";
import { readStoredDocument, type PersonDocument } from "../../domain/person-document";
import { publicDocument, readPublicContext } from "../../archive/memorials/public-document";

export const EXPORT_PAGE_SIZE = 100;

/** How many revisions of the memorial were approved, along the revisions' (memorial_id, decided_at) index. */
const versionNumber = sql<number>`(SELECT count(*) FROM revisions AS approved WHERE approved.memorial_id = ${memorials.id} AND approved.status = 'approved')`;

export interface PublishedMemorial {
  memorial: typeof memorials.$inferSelect;
  revisionId: string;
  /** The number of the current version (docs/versions.md): the current revision is the latest approved one. */
  version: number;
  changedAt: number;
  document: PersonDocument;
}

/** One page of published memorials after `afterId`, with their public documents. */
export async function publishedPage(db: Database, afterId: string, limit = EXPORT_PAGE_SIZE): Promise<PublishedMemorial[]> {
  const rows = await db
    .select({ memorial: memorials, document: revisions.document, changedAt: memorialChanges.changedAt, version: versionNumber })
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
    version: r.version,
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
      .select({ memorial: memorials, document: revisions.document, changedAt: memorialChanges.changedAt, version: versionNumber })
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
        version: r.version,
        changedAt: r.changedAt ?? r.memorial.updatedAt,
        document: publicDocument(r.memorial.id, items[j]!.document, context),
      }),
    );
  }
  return found;
}

/** A memorial that left public view (withheld, or merged into another) since a client's last copy. */
export interface WithdrawnMemorial {
  memorialId: string;
  changedAt: number;
}

export type ChangedEntry = { kind: "published"; row: PublishedMemorial } | { kind: "withdrawn"; withdrawn: WithdrawnMemorial };

/**
 * One page of the changes at or after `since` (ms), oldest first, after the (datestamp, id)
 * `after`: published memorials with their public documents, and withdrawals. It reads
 * memorial_changes along its (changed_at, memorial_id) index, as OAI-PMH does.
 */
export async function changedPage(
  db: Database,
  since: number,
  after: [number, string] | null,
  limit = EXPORT_PAGE_SIZE,
): Promise<{ entries: ChangedEntry[]; last: [number, string] | null; read: number }> {
  const changes = await db
    .select()
    .from(memorialChanges)
    .where(
      and(
        gte(memorialChanges.changedAt, since),
        after
          ? or(gt(memorialChanges.changedAt, after[0]), and(eq(memorialChanges.changedAt, after[0]), gt(memorialChanges.memorialId, after[1])))
          : undefined,
      ),
    )
    .orderBy(asc(memorialChanges.changedAt), asc(memorialChanges.memorialId))
    .limit(limit);
  const live = await publishedByIds(db, changes.filter((c) => c.status === "published").map((c) => c.memorialId));
  const byId = new Map(live.map((m) => [m.memorial.id, m]));
  const entries = changes.map((c): ChangedEntry => {
    const row = byId.get(c.memorialId);
    // A memorial withdrawn between the two reads is reported as withdrawn, never with stale content.
    return row ? { kind: "published", row } : { kind: "withdrawn", withdrawn: { memorialId: c.memorialId, changedAt: c.changedAt } };
  });
  const final = changes[changes.length - 1];
  return { entries, last: final ? [final.changedAt, final.memorialId] : null, read: changes.length };
}

