/**
 * Read tables projected from the current approved revision of each published memorial. They are
 * rewritten at approval in the same batch that moves the memorial's current revision, and serve
 * browsing, facets, the map and the timeline. The revision's JSON document stays the source of truth.
 */
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { memorials } from "./memorials";

const memorialId = () =>
  text("memorial_id")
    .notNull()
    .references(() => memorials.id);

export const memorialNames = sqliteTable(
  "memorial_names",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    isPrimary: integer("is_primary", { mode: "boolean" }).notNull(),
    kind: text("kind").notNull(),
    display: text("display").notNull(),
    given: text("given"),
    family: text("family"),
    script: text("script"),
    lang: text("lang"),
  },
  (t) => [index("memorial_names_memorial_idx").on(t.memorialId, t.position)],
);

export const memorialEvents = sqliteTable(
  "memorial_events",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    edtf: text("edtf"),
    dateText: text("date_text"),
    earliestDay: integer("earliest_day"),
    latestDay: integer("latest_day"),
    placeName: text("place_name"),
    placeModernName: text("place_modern_name"),
    country: text("country"),
    lat: real("lat"),
    lon: real("lon"),
    certainty: text("certainty").notNull(),
    agency: text("agency"),
  },
  (t) => [
    index("memorial_events_memorial_idx").on(t.memorialId, t.position),
    index("memorial_events_type_day_idx").on(t.type, t.earliestDay),
    index("memorial_events_country_idx").on(t.country),
  ],
);

/** Places named anywhere in a memorial (events and markers), for the map and browse by place. */
export const memorialPlaces = sqliteTable(
  "memorial_places",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    role: text("role", { enum: ["event", "marker"] }).notNull(),
    eventType: text("event_type"),
    name: text("name").notNull(),
    modernName: text("modern_name"),
    country: text("country"),
    lat: real("lat"),
    lon: real("lon"),
    geonamesId: text("geonames_id"),
    wikidataId: text("wikidata_id"),
  },
  (t) => [
    index("memorial_places_memorial_idx").on(t.memorialId),
    index("memorial_places_name_idx").on(t.name),
  ],
);

export const memorialSources = sqliteTable(
  "memorial_sources",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    sourceKey: text("source_key").notNull(),
    kind: text("kind").notNull(),
    citation: text("citation").notNull(),
    archive: text("archive"),
    fond: text("fond"),
    opis: text("opis"),
    delo: text("delo"),
    list: text("list"),
    url: text("url"),
    page: text("page"),
  },
  (t) => [index("memorial_sources_memorial_idx").on(t.memorialId, t.position)],
);

export const memorialRelations = sqliteTable(
  "memorial_relations",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    targetMemorialId: text("target_memorial_id"),
    targetName: text("target_name"),
  },
  (t) => [
    index("memorial_relations_memorial_idx").on(t.memorialId),
    index("memorial_relations_target_idx").on(t.targetMemorialId),
  ],
);

export const memorialMarkers = sqliteTable(
  "memorial_markers",
  {
    memorialId: memorialId(),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    inscription: text("inscription"),
    address: text("address"),
    placeName: text("place_name"),
    lat: real("lat"),
    lon: real("lon"),
    installedEdtf: text("installed_edtf"),
  },
  (t) => [
    index("memorial_markers_memorial_idx").on(t.memorialId),
    index("memorial_markers_kind_idx").on(t.kind),
    // The map: only markers with coordinates, already in its order (src/archive/browse/map.queries.ts).
    index("memorial_markers_mapped_idx")
      .on(t.placeName, t.address)
      .where(sql`${t.lat} IS NOT NULL AND ${t.lon} IS NOT NULL`),
    // Markers that name only their town: the map draws them at its centre (src/archive/browse/map-points.ts).
    index("memorial_markers_town_only_idx")
      .on(t.placeName, t.address)
      .where(sql`${t.lat} IS NULL AND ${t.placeName} IS NOT NULL`),
  ],
);

export const memorialExternalIds = sqliteTable(
  "memorial_external_ids",
  {
    memorialId: memorialId(),
    scheme: text("scheme").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    index("memorial_external_ids_memorial_idx").on(t.memorialId),
    index("memorial_external_ids_value_idx").on(t.scheme, t.value),
  ],
);
