/** Counts for the browse pages, over published memorials only. */
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";

const PUBLISHED_EVENTS = sql`memorial_events e JOIN memorials m ON m.id = e.memorial_id AND m.status = 'published'`;
const PUBLISHED_PLACES = sql`memorial_places p JOIN memorials m ON m.id = p.memorial_id AND m.status = 'published'`;

/** How many memorials have an event of each type. */
export async function countsByEventType(db: Database, types: readonly string[]) {
  const rows = await db.all<{ type: string; n: number }>(sql`
    SELECT e.type AS type, count(DISTINCT e.memorial_id) AS n FROM ${PUBLISHED_EVENTS}
    WHERE e.type IN ${types} GROUP BY e.type`);
  return new Map(rows.map((r) => [r.type, r.n]));
}

export interface YearCount {
  type: string;
  /** null: the evidence does not place the event within one year. */
  year: number | null;
  n: number;
}

/** Memorials per year of an event type, counting only dates that fall within one calendar year. */
export function countsByYear(db: Database, types: readonly string[]) {
  return db.all<YearCount>(sql`
    SELECT e.type AS type,
      CASE WHEN e.earliest_day IS NOT NULL AND e.latest_day IS NOT NULL
            AND strftime('%Y', e.earliest_day * 86400, 'unixepoch') = strftime('%Y', e.latest_day * 86400, 'unixepoch')
           THEN CAST(strftime('%Y', e.earliest_day * 86400, 'unixepoch') AS INTEGER) END AS year,
      count(DISTINCT e.memorial_id) AS n
    FROM ${PUBLISHED_EVENTS} WHERE e.type IN ${types}
    GROUP BY 1, 2 ORDER BY 2, 1`);
}

export interface PlaceCount {
  key: string;
  country: string | null;
  /** The names the sources use, as a JSON array. */
  names: string;
  lat: number | null;
  lon: number | null;
  n: number;
}

/** Every place named in a published memorial, grouped by today's name, with a memorial count. */
export function placeCounts(db: Database) {
  return db.all<PlaceCount>(sql`
    SELECT coalesce(p.modern_name, p.name) AS key, max(p.country) AS country,
      json_group_array(DISTINCT p.name) AS names, max(p.lat) AS lat, max(p.lon) AS lon,
      count(DISTINCT p.memorial_id) AS n
    FROM ${PUBLISHED_PLACES} WHERE p.role = 'event'
    GROUP BY 1 ORDER BY 2, 1`);
}

/** Letters of the index that have entries, with counts ("#" for names outside a–z). */
export function letterCounts(db: Database) {
  return db.all<{ letter: string; n: number }>(sql`
    SELECT CASE WHEN sort_name >= 'a' AND sort_name < '{' THEN substr(sort_name, 1, 1) ELSE '#' END AS letter,
      count(*) AS n
    FROM memorials WHERE status = 'published' GROUP BY 1 ORDER BY 1`);
}
