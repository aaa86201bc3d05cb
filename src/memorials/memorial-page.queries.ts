/** What a memorial page shows about the entry itself: its published versions and named authors. */
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { revisions, users } from "../db/schema";

export interface EntryVersion {
  kind: "new" | "correction";
  publishedAt: number;
}

export interface EntryHistory {
  versions: EntryVersion[];
  /** Submitters who chose to be named, in the order they contributed. */
  authors: string[];
}

/**
 * The approved revisions of a memorial, oldest first. Only the date and kind leave this
 * function, plus the display names of submitters who asked to be named — never an email,
 * a note or anything from revisions that were not approved.
 */
export async function entryHistory(db: Database, memorialId: string): Promise<EntryHistory> {
  const rows = await db
    .select({
      kind: revisions.kind,
      decidedAt: revisions.decidedAt,
      updatedAt: revisions.updatedAt,
      showName: revisions.showName,
      authorName: users.displayName,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.submitterId))
    .where(and(eq(revisions.memorialId, memorialId), eq(revisions.status, "approved")))
    .orderBy(asc(revisions.decidedAt), asc(revisions.id));
  const authors: string[] = [];
  for (const row of rows) {
    const name = row.showName ? row.authorName?.trim() : undefined;
    if (name && !authors.includes(name)) authors.push(name);
  }
  return {
    versions: rows.map((r) => ({ kind: r.kind, publishedAt: r.decidedAt ?? r.updatedAt })),
    authors,
  };
}
