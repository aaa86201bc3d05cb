/**
 * Points for the map and the timeline, from published memorials' read tables. Both read the
 * markers or events first (CROSS JOIN fixes the order): SQLite takes `status = 'published'` for
 * a narrow condition and would otherwise read every published memorial to find them.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import type { LifeEvent, Marker } from "../../domain/person-document";

/** Read-table columns hold the document's enum values, written by the projection. */
export interface MarkerRow {
  kind: Marker["kind"];
  address: string | null;
  placeName: string | null;
  /** For a marker that names only its town: the town's name today and its country, if given. */
  placeModernName?: string | null;
  placeCountry?: string | null;
  /** Null when the marker names only its town (the map places it at the town's centre). */
  lat: number | null;
  lon: number | null;
  slug: string;
  name: string;
}

/** Physical memorials that have coordinates, then those that name only their town. */
export async function mappedMarkers(db: Database): Promise<MarkerRow[]> {
  const [placed, townOnly] = await Promise.all([
    db.all<MarkerRow>(sql`
      SELECT k.kind AS kind, k.address AS address, k.place_name AS placeName, k.lat AS lat, k.lon AS lon,
        m.slug AS slug, m.display_name AS name
      FROM memorial_markers k CROSS JOIN memorials m ON m.id = k.memorial_id AND m.status = 'published'
      WHERE k.lat IS NOT NULL AND k.lon IS NOT NULL
      ORDER BY k.place_name, k.address, m.sort_name`),
    db.all<MarkerRow>(sql`
      SELECT k.kind AS kind, k.address AS address, k.place_name AS placeName, NULL AS lat, NULL AS lon,
        m.slug AS slug, m.display_name AS name, p.modern_name AS placeModernName, p.country AS placeCountry
      FROM memorial_markers k
        LEFT JOIN memorial_places p ON p.rowid = (SELECT rowid FROM memorial_places
          WHERE memorial_id = k.memorial_id AND role = 'marker' AND name = k.place_name LIMIT 1) CROSS JOIN memorials m ON m.id = k.memorial_id AND m.status = 'published'
      WHERE k.lat IS NULL AND k.place_name IS NOT NULL
      ORDER BY k.place_name, k.address, m.sort_name`),
  ]);
  return [...placed, ...townOnly];
}

export interface TimelineRow {
  type: LifeEvent["type"];
  edtf: string | null;
  earliestDay: number | null;
  placeName: string | null;
  placeModernName: string | null;
  certainty: LifeEvent["certainty"];
  slug: string;
  name: string;
}

/** Events of these types across all published memorials, in date order (undated last). */
export function eventsAcrossMemorials(db: Database, types: readonly string[], limit: number) {
  return db.all<TimelineRow>(sql`
    SELECT e.type AS type, e.edtf AS edtf, e.earliest_day AS earliestDay, e.place_name AS placeName,
      e.place_modern_name AS placeModernName, e.certainty AS certainty, m.slug AS slug, m.display_name AS name
    FROM memorial_events e CROSS JOIN memorials m ON m.id = e.memorial_id AND m.status = 'published'
    WHERE e.type IN ${types}
    ORDER BY e.earliest_day IS NULL, e.earliest_day, e.edtf, e.place_name, m.sort_name
    LIMIT ${limit}`);
}
