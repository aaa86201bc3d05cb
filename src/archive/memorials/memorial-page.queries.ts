/** What a memorial page shows about the entry itself: its published versions and named authors. */
import type { Database } from "../../platform/db/client";
import { authorship, type Authorship } from "../versions/credit";
import { toVersion, versionsQuery, type VersionRow } from "../versions/versions.queries";

export interface EntryVersion {
  number: number;
  kind: "new" | "correction";
  publishedAt: number;
}

export interface EntryHistory {
  versions: EntryVersion[];
  /** Who is credited for the text as it stood at each version (src/archive/versions/credit.ts). */
  authorsAt: Authorship[];
}

/**
 * The approved revisions of a memorial, oldest first. Only number, date and kind leave this
 * function, plus the display names of submitters who chose to be named — never an email, a note
 * or anything from revisions that were not approved.
 */
export async function entryHistory(db: Database, memorialId: string): Promise<EntryHistory> {
  return toEntryHistory(await versionsQuery(db, memorialId));
}

export function toEntryHistory(rows: Awaited<ReturnType<typeof versionsQuery>>): EntryHistory {
  return historyOf(rows.map(toVersion));
}

/** The history of numbered versions (src/archive/versions/versions.queries.ts). */
export function historyOf(versions: VersionRow[]): EntryHistory {
  return {
    versions: versions.map((v) => ({ number: v.number, kind: v.kind, publishedAt: v.publishedAt })),
    authorsAt: versions.map((v) => authorship(versions, v.number)),
  };
}
