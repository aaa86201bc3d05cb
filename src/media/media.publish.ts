/**
 * What approval and withholding mean for files. The approval batch includes
 * `mediaPublishStatements`: the files the approved document lists become public and are linked
 * to the memorial (replacing its earlier links, so a file a correction dropped stops being
 * public). Serving checks the memorial's status on every request, so a withheld or merged
 * memorial's files stop being served without any statement, and come back when it is restored.
 */
import { and, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import { auditInsert } from "../platform/audit/audit";
import type { BatchItem, Database } from "../platform/db/client";
import { media, mediaMemorials, revisions, users } from "../platform/db/schema";
import type { PersonDocument } from "../domain/person-document";

export interface MediaPublishInput {
  memorialId: string;
  revisionId: string;
  /** `document.media.map((m) => m.id)` of the approved revision. */
  mediaIds: string[];
  actorId: string | null;
  now: number;
  requestId?: string | null;
}

/**
 * Statements for the approval batch. Only the submitter's own private files are published: a
 * document cannot publish somebody else's private upload by naming its id, and a file a
 * moderator rejected stays rejected. A public file is linked to this memorial only if it is
 * linked already (a correction keeps its files), or the revision's submitter uploaded it or is a
 * moderator: a file belongs to the memorial it was approved for, so a withheld memorial's photo
 * does not come back through someone else's entry (issue 18; checkDocumentMedia refuses such
 * entries when they are sent, this catches those sent before or around that check).
 */
export function mediaPublishStatements(db: Database, input: MediaPublishInput): BatchItem[] {
  const { memorialId, revisionId, mediaIds, now } = input;
  const ids = [...new Set(mediaIds)];
  const submitter = sql`(SELECT ${revisions.submitterId} FROM ${revisions} WHERE ${revisions.id} = ${revisionId})`;
  // Links of files this revision no longer lists go; those it keeps stay (and are checked below).
  const statements: BatchItem[] = [
    db
      .delete(mediaMemorials)
      .where(
        ids.length === 0
          ? eq(mediaMemorials.memorialId, memorialId)
          : and(eq(mediaMemorials.memorialId, memorialId), notInArray(mediaMemorials.mediaId, ids)),
      ),
  ];
  if (ids.length === 0) return statements;
  const alreadyHere = sql`EXISTS (SELECT 1 FROM ${mediaMemorials}
    WHERE ${mediaMemorials.mediaId} = ${media.id} AND ${mediaMemorials.memorialId} = ${memorialId})`;
  const submitterModerates = sql`(SELECT ${users.role} FROM ${users}
    WHERE ${users.id} = ${submitter}) IN ('moderator', 'admin')`;
  statements.push(
    db
      .update(media)
      .set({
        status: "public",
        approvedRevisionId: revisionId,
        publishedAt: now,
        version: sql`${media.version} + 1`,
      })
      .where(
        and(inArray(media.id, ids), eq(media.status, "private"), eq(media.uploaderId, submitter)),
      ),
    db.insert(mediaMemorials).select(
      db
        .select({
          mediaId: media.id,
          memorialId: sql<string>`${memorialId}`.as("memorial_id"),
          revisionId: sql<string>`${revisionId}`.as("revision_id"),
        })
        .from(media)
        .where(
          and(
            inArray(media.id, ids),
            eq(media.status, "public"),
            or(eq(media.uploaderId, submitter), alreadyHere, submitterModerates),
          ),
        ),
    ).onConflictDoUpdate({
      target: [mediaMemorials.mediaId, mediaMemorials.memorialId],
      set: { revisionId },
    }),
    auditInsert(db, {
      actorId: input.actorId,
      action: "media.publish",
      subjectType: "revision",
      subjectId: revisionId,
      detail: { memorial_id: memorialId, media_ids: ids },
      requestId: input.requestId ?? null,
      at: now,
    }),
  );
  return statements;
}

/**
 * The approved document without files a moderator rejected (or the cleanup deleted), so pages
 * never link to them. A marker photo is published only as one of the document's files: a
 * marker naming a file that is not (or no longer) listed keeps its text and loses the photo.
 */
export async function withoutRejectedMedia(
  db: Database,
  document: PersonDocument,
): Promise<PersonDocument> {
  const rejected =
    document.media.length === 0
      ? []
      : await db
          .select({ id: media.id })
          .from(media)
          .where(
            and(
              inArray(
                media.id,
                document.media.map((m) => m.id),
              ),
              or(eq(media.status, "rejected"), eq(media.status, "deleted")),
            ),
          )
          .all();
  const gone = new Set(rejected.map((r) => r.id));
  const listed = new Set(document.media.filter((m) => !gone.has(m.id)).map((m) => m.id));
  const strayMarker = (m: PersonDocument["markers"][number]) => !!m.media_id && !listed.has(m.media_id);
  if (gone.size === 0 && !document.markers.some(strayMarker)) return document;
  return {
    ...document,
    media: document.media.filter((m) => listed.has(m.id)),
    markers: document.markers.map((m) => {
      if (!strayMarker(m)) return m;
      const { media_id: _unlisted, ...rest } = m;
      return rest;
    }),
  };
}
