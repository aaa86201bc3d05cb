/**
 * The search index: one row per published memorial with what filters and facets need. Its `doc`
 * number keys the name-key index (`search_keys`, WITHOUT ROWID) and the full-text index of places
 * and biographies (`search_text`, FTS5), which are hand-written SQL in migrations/ because
 * drizzle cannot declare them. Rows exist only for published memorials: they are written in the
 * approval batch and removed with the read tables (src/archive/search/search-index.ts).
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { memorials } from "./memorials";

export const searchDocs = sqliteTable(
  "search_docs",
  {
    doc: integer("doc").primaryKey(),
    memorialId: text("memorial_id")
      .notNull()
      .unique()
      .references(() => memorials.id),
    sortName: text("sort_name").notNull(),
    birthDay: integer("birth_day"),
    deathDay: integer("death_day"),
    /** Bit i set when the memorial has an event of EVENT_TYPES[i]. */
    fates: integer("fates").notNull().default(0),
    /** Bit i set for PERSECUTORS[i]. */
    persecutors: integer("persecutors").notNull().default(0),
    /** Bit i set for MARKER_KINDS[i]. */
    markers: integer("markers").notNull().default(0),
    /** JSON arrays of the facet values shown for a result set. */
    countries: text("countries").notNull().default("[]"),
    nationalities: text("nationalities").notNull().default("[]"),
    organisations: text("organisations").notNull().default("[]"),
  },
  (t) => [
    index("search_docs_sort_idx").on(t.sortName, t.doc),
    index("search_docs_birth_idx").on(t.birthDay, t.doc),
  ],
);
