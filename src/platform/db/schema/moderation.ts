import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { memorials } from "./memorials";
import { users } from "./users";

/**
 * Every merge of a duplicate memorial into a survivor, kept so that a merge can be undone and
 * its history shown. An undone merge keeps its row with `undone_at` set.
 */
export const memorialMerges = sqliteTable(
  "memorial_merges",
  {
    id: text("id").primaryKey(),
    memorialId: text("memorial_id")
      .notNull()
      .references(() => memorials.id),
    survivorId: text("survivor_id")
      .notNull()
      .references(() => memorials.id),
    mergedBy: text("merged_by")
      .notNull()
      .references(() => users.id),
    mergedAt: integer("merged_at").notNull(),
    reason: text("reason"),
    undoneAt: integer("undone_at"),
    undoneBy: text("undone_by").references(() => users.id),
  },
  (t) => [
    index("memorial_merges_memorial_idx").on(t.memorialId, t.mergedAt),
    index("memorial_merges_survivor_idx").on(t.survivorId),
  ],
);
