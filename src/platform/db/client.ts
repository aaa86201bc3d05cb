import { drizzle, type DrizzleD1Database } from "drizzle-orm/d1";
import type { MeteredD1 } from "./metering";
import * as schema from "./schema";

export type Database = DrizzleD1Database<typeof schema>;

/**
 * A drizzle handle over the D1 binding, a Sessions API session, or either wrapped in `MeteredD1`
 * (src/platform/db/metering.ts); cheap enough to create per request.
 */
export function createDb(d1: D1Database | D1DatabaseSession | MeteredD1): Database {
  // drizzle only calls prepare/bind/run/all/raw and batch, which all three provide. No schema is
  // passed: the app uses no relational queries (db.query), and drizzle would otherwise rebuild
  // their configuration from the whole schema on every call — per request.
  return drizzle(d1 as D1Database) as unknown as Database;
}

/** A statement that can go into `db.batch([...])`. */
export type BatchItem = Parameters<Database["batch"]>[0][number];

/**
 * Runs statements as one D1 batch (one transaction). Accepts a plain array, as statements are
 * usually assembled from several helpers.
 */
export function runBatch(db: Database, statements: BatchItem[]) {
  const [first, ...rest] = statements;
  if (!first) throw new Error("runBatch needs at least one statement");
  return db.batch([first, ...rest]);
}
