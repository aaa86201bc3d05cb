/**
 * Which tables grow with the archive, and which columns cannot narrow a read of them. The plan
 * checker (query-plan.ts) treats every table as large unless it is listed here with a reason.
 */

/** Tables that stay small whatever the archive's size, so a new table is checked by default. */
export const SMALL_TABLES: Record<string, string> = {
  d1_migrations: "one row per migration file",
  write_guard: "never holds a row (src/platform/db/guard.ts)",
  sqlite_sequence: "one row per AUTOINCREMENT table",
  _cf_KV: "D1's own bookkeeping (deployed databases)",
  _cf_METADATA: "D1's own bookkeeping",
  oai_sets: "one row per OAI-PMH set: persecuting powers, fates and countries, a few dozen",
};

/**
 * Columns whose every value stands for a large share of the table (nearly every memorial is
 * published). Without sqlite_stat1 SQLite takes `status = ?` for a narrow constraint, so an
 * index that starts with it can read every published memorial while looking selective.
 */
export const NON_SELECTIVE: Record<string, string[]> = {
  memorials: ["status"],
  memorial_changes: ["status"],
  revisions: ["status"],
  media: ["status"],
  reports: ["status"],
};

/** Every table of the database (virtual tables included), for telling tables from aliases. */
export async function tableNames(db: D1Database): Promise<Set<string>> {
  const rows = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
  return new Set(rows.results.map((r) => r.name));
}
