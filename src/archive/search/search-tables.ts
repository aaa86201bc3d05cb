/**
 * Drizzle handles for the two index tables that migrations/ creates by hand (a WITHOUT ROWID
 * table and an FTS5 table, neither of which drizzle-kit can declare). They are deliberately not
 * exported from src/platform/db/schema.ts, so drizzle-kit never tries to create them a second time.
 */
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const searchKeysTable = sqliteTable("search_keys", {
  key: text("key").notNull(),
  doc: integer("doc").notNull(),
  tier: integer("tier").notNull(),
  pos: integer("pos").notNull(),
});

export const searchTextTable = sqliteTable("search_text", {
  rowid: integer("rowid").notNull(),
  body: text("body").notNull(),
});
