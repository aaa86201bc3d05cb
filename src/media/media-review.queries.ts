/**
 * The rows a moderator's file review shows: each file of a revision with its stored facts and
 * whether a moderator rejected it already. The view (components/media-review.tsx) only renders them.
 */
import type { Database } from "../platform/db/client";
import type { MediaRef } from "../domain/person-document";
import { listRemovedMetadata, listMediaByIds, type MediaRow } from "./media.queries";

export interface MediaReviewItem {
  ref: MediaRef;
  row: MediaRow | null;
  /** What the cleaning removed before the file was served (technical names, see media.removed.ts). */
  removed?: string[];
}

export async function loadMediaReview(db: Database, refs: MediaRef[]): Promise<MediaReviewItem[]> {
  const list = await listMediaByIds(
    db,
    refs.map((r) => r.id),
  );
  const rows = new Map(list.map((m) => [m.id, m]));
  const removed = await listRemovedMetadata(db, [...new Set(list.map((m) => m.sha256))]);
  return refs.map((ref) => {
    const row = rows.get(ref.id) ?? null;
    return { ref, row, removed: row ? (removed.get(row.sha256) ?? []) : [] };
  });
}
