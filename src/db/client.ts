import { drizzle, type DrizzleD1Database } from "drizzle-orm/d1";
import * as schema from "./schema";

export type Database = DrizzleD1Database<typeof schema>;

/** A drizzle handle over the D1 binding; cheap enough to create per request. */
export function createDb(d1: D1Database | D1DatabaseSession): Database {
  return drizzle(d1 as D1Database, { schema });
}

/** A statement that can go into `db.batch([...])`. */
export type BatchItem = Parameters<Database["batch"]>[0][number];
