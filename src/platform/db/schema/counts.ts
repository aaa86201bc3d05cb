/**
 * Running counts that pages show on every visit and that would otherwise cost a scan of a large
 * table per request (the home page's figures, the moderation queue's tabs). Triggers keep them
 * (migrations/0008_counts.sql), so every code path that publishes, withholds, merges, submits or
 * decides updates them in the same transaction without knowing of them.
 */
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One row (id 1): what the public archive holds. */
export const archiveCounts = sqliteTable("archive_counts", {
  id: integer("id").primaryKey(),
  /** Published memorials. */
  memorials: integer("memorials").notNull().default(0),
  /** Published memorials with at least one handover to the Gestapo. */
  handovers: integer("handovers").notNull().default(0),
  /** Sources cited by published memorials. */
  sources: integer("sources").notNull().default(0),
});

/** Revisions per status and kind: the queue's counts without counting the queue. */
export const revisionCounts = sqliteTable(
  "revision_counts",
  {
    status: text("status").notNull(),
    kind: text("kind").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.kind] })],
);
