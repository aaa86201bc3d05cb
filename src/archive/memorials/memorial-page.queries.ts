/** What a memorial page shows about the entry itself: its published versions and named authors. */
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { revisions, users } from "../../platform/db/schema";

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
  return toEntryHistory(await historyQuery(db, eq(revisions.memorialId, memorialId)));
}

/** The query behind `entryHistory`, for a batch; `memorial` selects the memorial's revisions. */
export function historyQuery(db: Database, memorial: SQL) {
  return db
    .select({
      kind: revisions.kind,
      decidedAt: revisions.decidedAt,
      updatedAt: revisions.updatedAt,
      showName: revisions.showName,
      authorName: users.displayName,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.submitterId))
    .where(and(memorial, eq(revisions.status, "approved")))
    .orderBy(asc(revisions.decidedAt), asc(revisions.id));
}

export function toEntryHistory(rows: Awaited<ReturnType<typeof historyQuery>>): EntryHistory {
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
