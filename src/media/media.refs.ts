/**
 * For the submission flow (API and form): which files a submitted document may name, in its
 * media list and as marker photos, and the document to store.
 *
 * - A listed file must exist and be the submitter's own upload; a rejected or deleted file is
 *   refused (422). A public file belongs to the memorial it was approved for: another memorial's
 *   entry may list it only when sent by its uploader or a moderator (issue 18: otherwise anyone
 *   who knew the id of a withheld memorial's photo could publish it again under a licence of
 *   their choosing). Approval checks the same (mediaPublishStatements).
 * - A marker photo must be one of the document's listed files, so that it carries caption,
 *   credit and licence and is published by the same approval as every other file.
 * - A correction may name every file of the memorial's current published document, as
 *   `GET /api/v1/memorials/{id}` promises a round trip. Those that are no longer public there —
 *   rejected by a moderator after publication, deleted, or never published — are dropped from
 *   the stored document instead of refused (a marker keeps its text without the photo): the
 *   public does not see them, and approving the correction would not publish them either.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { hasRole } from "../platform/auth/session";
import { memorials, revisions, users } from "../platform/db/schema";
import {
  readStoredDocument,
  type FieldError,
  type PersonDocument,
} from "../domain/person-document";
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

/** Whether the submitter may place other people's public files in a further memorial. */
async function placesOthersFiles(db: Database, submitterId: string): Promise<boolean> {
  const user = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.id, submitterId))
    .get();
  return hasRole(user ?? null, "moderator");
}

type Usability = "usable" | "not_yours" | "other_memorial" | "rejected" | "gone";

function usability(
  submitterId: string,
  m: MediaRow | undefined,
  inherited: Set<string>,
  moderator: boolean,
): Usability {
  if (!m || m.status === "deleted") return "gone";
  if (m.status === "rejected") return "rejected";
  if (m.uploaderId === submitterId) return "usable";
  if (m.status !== "public") return "not_yours";
  return inherited.has(m.id) || moderator ? "usable" : "other_memorial";
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
  const othersPublic = [...rows.values()].some(
    (m) => m.status === "public" && m.uploaderId !== submitterId && !inherited.has(m.id),
  );
  const moderator = othersPublic && (await placesOthersFiles(db, submitterId));
  const errors: FieldError[] = [];
  const listed = new Set(document.media.map((m) => m.id));
  const kept = new Set<string>();
  const media = document.media.filter((ref, i) => {
    const m = rows.get(ref.id);
    const verdict = usability(submitterId, m, inherited, moderator);
    if (verdict === "usable") {
      kept.add(ref.id);
      return true;
    }
    if (inherited.has(ref.id)) return false;
    const rejectedOwn = verdict === "rejected" && m!.uploaderId === submitterId;
    errors.push({
      path: `media.${i}.id`,
      message: rejectedOwn
        ? `was rejected by a moderator: ${m!.rejectedReason ?? ""}`.trim()
        : verdict === "other_memorial"
          ? "belongs to another memorial; only its uploader or a moderator can add it to another entry"
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
