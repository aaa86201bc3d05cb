import { sql } from "drizzle-orm";
import type { Database } from "./client";

/**
 * D1 has no interactive transactions, so a batch cannot read a row count and decide. Instead,
 * put this statement right after a conditional UPDATE (`… WHERE version = ?`): when that UPDATE
 * changed no row, this insert violates the `stale_write` CHECK and the whole batch rolls back.
 *
 * @example await db.batch([claimUpdate, requireChanged(db), auditInsert(db, entry)])
 */
export function requireChanged(db: Database) {
  return db.run(sql`INSERT INTO write_guard (stale_write) SELECT 1 WHERE changes() = 0`);
}

/** True when a failed batch was stopped by `requireChanged`, i.e. somebody else won the race. */
export function isStaleWrite(error: unknown): boolean {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
  return messages.some((m) => m.includes("stale_write"));
}
