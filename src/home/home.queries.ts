import { sql } from "drizzle-orm";
import type { Database } from "../db/client";

export interface ArchiveCounts {
  memorials: number;
  handovers: number;
  sources: number;
}

/** Figures for the home page, over published memorials only. */
export async function archiveCounts(db: Database): Promise<ArchiveCounts> {
  const row = await db.get<ArchiveCounts>(sql`
    SELECT
      (SELECT count(*) FROM memorials WHERE status = 'published') AS memorials,
      (SELECT count(DISTINCT e.memorial_id) FROM memorial_events e
         JOIN memorials m ON m.id = e.memorial_id AND m.status = 'published'
        WHERE e.type = 'handover') AS handovers,
      (SELECT count(*) FROM memorial_sources s
         JOIN memorials m ON m.id = s.memorial_id AND m.status = 'published') AS sources`);
  return row;
}
