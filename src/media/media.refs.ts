/**
 * For the submission flow (API and form): which files a submitted document may name, in its
 * media list and as marker photos, and the document to store.
 *
 * - A listed file must exist and be the submitter's own upload or already public; a rejected or
 *   deleted file is refused (422).
 * - A marker photo must be one of the document's listed files, so that it carries caption,
 *   credit and licence and is published by the same approval as every other file.
 * - A correction may name every file of the memorial's current published document, as
 *   `GET /api/v1/memorials/{id}` promises a round trip. Those that are no longer public there —
 *   rejected by a moderator after publication, deleted, or never published — are dropped from
 *   the stored document instead of refused (a marker keeps its text without the photo): the
 *   public does not see them, and approving the correction would not publish them either.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { memorials, revisions } from "../db/schema";
import {
  readStoredDocument,
  type FieldError,
  type PersonDocument,
} from "../lib/person-document";
import { listMediaByIds, type MediaRow } from "./media.queries";

export interface MediaCheck {
  /** The document to store: `document` less the inherited files that are no longer public. */
  document: PersonDocument;
  /** Paths relative to the document, e.g. `media.2.id`, `markers.0.media_id`. */
  errors: FieldError[];
}

/** Every file id a document names: its media list and its markers' photos. */
export function namedMediaIds(doc: Pick<PersonDocument, "media" | "markers">): string[] {
  return [
    ...new Set([
      ...doc.media.map((m) => m.id),
      ...doc.markers.flatMap((m) => (m.media_id ? [m.media_id] : [])),
    ]),
  ];
}

/** The file ids of the memorial's current published document (none if it is not published). */
async function publishedMediaIds(db: Database, memorialId: string | null): Promise<Set<string>> {
  if (!memorialId) return new Set();
  const row = await db
    .select({ document: revisions.document })
    .from(memorials)
    .innerJoin(revisions, eq(revisions.id, memorials.currentRevisionId))
    .where(and(eq(memorials.id, memorialId), eq(memorials.status, "published")))
    .get();
  return new Set(row ? namedMediaIds(readStoredDocument(row.document)) : []);
}

function usableBy(submitterId: string, m: MediaRow | undefined): boolean {
  return (
    !!m &&
    m.status !== "rejected" &&
    m.status !== "deleted" &&
    (m.uploaderId === submitterId || m.status === "public")
  );
}

/**
 * @example
 * const checked = await checkDocumentMedia(db, user.id, body.document, body.memorial_id ?? null);
 * if (checked.errors.length) throw …; else store checked.document
 */
export async function checkDocumentMedia(
  db: Database,
  submitterId: string,
  document: PersonDocument,
  memorialId: string | null,
): Promise<MediaCheck> {
  const named = namedMediaIds(document);
  if (named.length === 0) return { document, errors: [] };
  const [rows, inherited] = await Promise.all([
    // At most 30 files and 50 markers: within D1's 100 bound parameters.
    listMediaByIds(db, named).then((list) => new Map(list.map((m) => [m.id, m]))),
    publishedMediaIds(db, memorialId),
  ]);
  const errors: FieldError[] = [];
  const listed = new Set(document.media.map((m) => m.id));
  const kept = new Set<string>();
  const media = document.media.filter((ref, i) => {
    const m = rows.get(ref.id);
    if (usableBy(submitterId, m)) {
      kept.add(ref.id);
      return true;
    }
    if (inherited.has(ref.id)) return false;
    const rejectedOwn = m?.status === "rejected" && m.uploaderId === submitterId;
    errors.push({
      path: `media.${i}.id`,
      message: rejectedOwn
        ? `was rejected by a moderator: ${m!.rejectedReason ?? ""}`.trim()
        : "is not a file you uploaded",
    });
    return true;
  });
  const markers = document.markers.map((marker, i) => {
    const id = marker.media_id;
    if (!id || kept.has(id)) return marker;
    if (inherited.has(id)) {
      const { media_id: _dropped, ...rest } = marker;
      return rest;
    }
    if (!listed.has(id)) {
      errors.push({
        path: `markers.${i}.media_id`,
        message: "must be one of the files listed in media",
      });
    }
    return marker;
  });
  const changed =
    media.length !== document.media.length || markers.some((m, i) => m !== document.markers[i]);
  return { document: changed ? { ...document, media, markers } : document, errors };
}
