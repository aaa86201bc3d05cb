import { sql } from "drizzle-orm";
import type { Database } from "../db/client";

export interface ArchiveCounts {
  memorials: number;
  handovers: number;
  sources: number;
}

/**
 * Figures for the home page, over published memorials only. Counting them on each visit reads
 * every published memorial (seconds at a million); triggers keep them instead (src/db/schema/counts.ts).
 */
export async function archiveCounts(db: Database): Promise<ArchiveCounts> {
  const row = await db.get<ArchiveCounts | undefined>(sql`SELECT memorials, handovers, sources FROM archive_counts WHERE id = 1`);
  return row ?? { memorials: 0, handovers: 0, sources: 0 };
}
