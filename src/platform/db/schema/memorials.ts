import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const MEMORIAL_STATUSES = ["published", "withheld", "merged"] as const;
export type MemorialStatus = (typeof MEMORIAL_STATUSES)[number];

/**
 * A memorial exists from its first approval on. It points at its current approved revision;
 * the listing columns (name, dates, summary) are copied from that revision at approval so that
 * lists and the API never parse documents.
 */
export const memorials = sqliteTable(
  "memorials",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    status: text("status", { enum: MEMORIAL_STATUSES }).notNull().default("published"),
    currentRevisionId: text("current_revision_id").notNull(),
    mergedIntoId: text("merged_into_id"),
    version: integer("version").notNull().default(1),
    displayName: text("display_name").notNull(),
    sortName: text("sort_name").notNull(),
    birthEdtf: text("birth_edtf"),
    deathEdtf: text("death_edtf"),
    birthEarliestDay: integer("birth_earliest_day"),
    deathLatestDay: integer("death_latest_day"),
    summary: text("summary").notNull().default(""),
    summaryLang: text("summary_lang"),
    firstPublishedAt: integer("first_published_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    withheldAt: integer("withheld_at"),
    withheldReason: text("withheld_reason"),
  },
  (t) => [
    index("memorials_status_updated_idx").on(t.status, t.updatedAt, t.id),
    index("memorials_status_sort_idx").on(t.status, t.sortName, t.id),
    // Lookups of published memorials by id (links, files, exports) and id-ordered pages (exports,
    // sitemaps): without it SQLite reads every published memorial (docs/decisions.md).
    index("memorials_status_id_idx").on(t.status, t.id),
    index("memorials_status_first_published_idx").on(t.status, t.firstPublishedAt, t.id),
  ],
);

/** Every slug a memorial ever had, so old links keep working after a rename (301). */
export const memorialSlugs = sqliteTable(
  "memorial_slugs",
  {
    slug: text("slug").primaryKey(),
    memorialId: text("memorial_id")
      .notNull()
      .references(() => memorials.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("memorial_slugs_memorial_idx").on(t.memorialId, t.slug)],
);
