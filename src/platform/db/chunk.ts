import type { SQLiteTable, SQLiteInsertValue } from "drizzle-orm/sqlite-core";
import { getTableColumns } from "drizzle-orm";
import type { Database } from "./client";

/** D1 refuses statements with more than 100 bound parameters. */
export const D1_MAX_PARAMS = 100;

/**
 * Multi-row inserts split so that no statement exceeds D1's parameter limit.
 * @example db.batch([...chunkedInserts(db, memorialEvents, rows)])
 */
export function chunkedInserts<T extends SQLiteTable>(
  db: Database,
  table: T,
  rows: SQLiteInsertValue<T>[],
) {
  const columns = Object.keys(getTableColumns(table)).length;
  const perStatement = Math.max(1, Math.floor(D1_MAX_PARAMS / columns));
  const statements = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    statements.push(db.insert(table).values(rows.slice(i, i + perStatement)));
  }
  return statements;
}
