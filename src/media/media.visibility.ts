/**
 * What the public sees of a memorial's files, in one place for the page, the API and the
 * exports: a file is shown while it is public and linked to that memorial (`media_memorials`,
 * written by the approval that published it). The revision's document keeps every ref it was
 * approved with; files rejected after approval, and marker photos that were never published for
 * this memorial, are left out of every public view of it.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem, Database } from "../platform/db/client";
import { media, mediaMemorials, memorials } from "../platform/db/schema";
import type { PersonDocument } from "../domain/person-document";

/** D1 allows 100 bound parameters per statement. */
const CHUNK = 90;

/** For each memorial, the ids of the files the public may see on it. */
export async function visibleMediaByMemorial(
  db: Database,
  memorialIds: string[],
): Promise<Map<string, Set<string>>> {
  const visible = new Map<string, Set<string>>();
  const ids = [...new Set(memorialIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    // CROSS JOIN keeps the memorials' links first: SQLite takes `status = 'public'` for a narrow
    // condition and would otherwise read every public file to find these few (docs/decisions.md).
    const rows = await db
      .select({ memorialId: mediaMemorials.memorialId, mediaId: mediaMemorials.mediaId })
      .from(mediaMemorials)
      .crossJoin(media)
      .crossJoin(memorials)
      .where(
        and(
          inArray(mediaMemorials.memorialId, ids.slice(i, i + CHUNK)),
          eq(media.id, mediaMemorials.mediaId),
          eq(memorials.id, mediaMemorials.memorialId),
          eq(media.status, "public"),
          eq(memorials.status, "published"),
        ),
      )
      .all();
    for (const row of rows) {
      const set = visible.get(row.memorialId) ?? new Set<string>();
      set.add(row.mediaId);
      visible.set(row.memorialId, set);
    }
  }
  return visible;
}

/**
 * The document without the files the public may not see: they leave `media`, and a marker keeps
 * its text but loses a photo that is not visible.
 * @example withVisibleMedia(doc, new Set(["med_abc…"]))
 */
export function withVisibleMedia(
  doc: PersonDocument,
  visible: ReadonlySet<string> | undefined,
): PersonDocument {
  const shown = (id: string) => visible?.has(id) ?? false;
  const allShown =
    doc.media.every((m) => shown(m.id)) &&
    doc.markers.every((m) => !m.media_id || shown(m.media_id));
  if (allShown) return doc;
  return {
    ...doc,
    media: doc.media.filter((m) => shown(m.id)),
    markers: doc.markers.map((m) => {
      if (!m.media_id || shown(m.media_id)) return m;
      const { media_id: _hidden, ...rest } = m;
      return rest;
    }),
  };
}

/** One memorial's document as the public sees it (page, `GET /api/v1/memorials/{id}`). */
export async function publicMediaView(
  db: Database,
  memorialId: string,
  doc: PersonDocument,
): Promise<PersonDocument> {
  if (doc.media.length === 0 && doc.markers.every((m) => !m.media_id)) return doc;
  return withVisibleMedia(doc, (await visibleMediaByMemorial(db, [memorialId])).get(memorialId));
}

/**
 * For the batch of any change that makes a file stop (or start) being shown after publication:
 * every memorial showing it gets a newer `updated_at`, which the page's ETag is built from and
 * which the `memorial_changes` trigger turns into a new export ETag and OAI datestamp. Must come
 * before the statement that removes the file's links. The memorial's `version` is left alone, so
 * a moderator's pending withhold or correction approval is not made stale by it.
 */
export function touchMemorialsShowing(db: Database, mediaId: string, now: number): BatchItem {
  return db
    .update(memorials)
    .set({ updatedAt: sql`MAX(${memorials.updatedAt} + 1, ${now})` })
    .where(
      inArray(
        memorials.id,
        db
          .select({ id: mediaMemorials.memorialId })
          .from(mediaMemorials)
          .where(eq(mediaMemorials.mediaId, mediaId)),
      ),
    );
}
