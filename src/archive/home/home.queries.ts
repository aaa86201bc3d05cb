import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { archiveCounts as archiveCountsTable } from "../../platform/db/schema";
import { recentlyPublished, type MemorialRow } from "../memorials/memorials.queries";

export interface ArchiveCounts {
  memorials: number;
  handovers: number;
  sources: number;
}

const NO_COUNTS: ArchiveCounts = { memorials: 0, handovers: 0, sources: 0 };

function countsQuery(db: Database) {
  const { memorials, handovers, sources } = archiveCountsTable;
  return db.select({ memorials, handovers, sources }).from(archiveCountsTable).where(eq(archiveCountsTable.id, 1));
}

/**
 * Figures for the home page, over published memorials only. Counting them on each visit reads
 * every published memorial (seconds at a million); triggers keep them instead (src/platform/db/schema/counts.ts).
 */
export async function archiveCounts(db: Database): Promise<ArchiveCounts> {
  return (await countsQuery(db))[0] ?? NO_COUNTS;
}

/** The figures and the most recently published memorials, in one round trip to D1. */
export async function homeContent(db: Database, recent: number): Promise<{ counts: ArchiveCounts; recent: MemorialRow[] }> {
  const [counts, rows] = await db.batch([countsQuery(db), recentlyPublished(db, recent)]);
  return { counts: counts[0] ?? NO_COUNTS, recent: rows };
}
