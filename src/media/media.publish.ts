/**
 * What approval and withholding mean for files. The approval batch includes
 * `mediaPublishStatements`: the files the approved document lists become public and are linked
 * to the memorial (replacing its earlier links, so a file a correction dropped stops being
 * public). Serving checks the memorial's status on every request, so a withheld or merged
 * memorial's files stop being served without any statement, and come back when it is restored.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { auditInsert } from "../audit/audit";
import type { BatchItem, Database } from "../db/client";
import { media, mediaMemorials, revisions } from "../db/schema";
import type { PersonDocument } from "../lib/person-document";

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
 * Statements for the approval batch. Only the submitter's own private files (or files already
 * public) are published: a document cannot publish somebody else's private upload by naming
 * its id, and a file a moderator rejected stays rejected.
 */
export function mediaPublishStatements(db: Database, input: MediaPublishInput): BatchItem[] {
  const { memorialId, revisionId, mediaIds, now } = input;
  const ids = [...new Set(mediaIds)];
  const submitter = sql`(SELECT ${revisions.submitterId} FROM ${revisions} WHERE ${revisions.id} = ${revisionId})`;
  const statements: BatchItem[] = [
    db.delete(mediaMemorials).where(eq(mediaMemorials.memorialId, memorialId)),
  ];
  if (ids.length === 0) return statements;
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
        .where(and(inArray(media.id, ids), eq(media.status, "public"))),
    ),
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
