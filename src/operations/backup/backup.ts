/**
 * Nightly backup: every table (except the search index, see backup-format.ts) as JSON Lines in
 * R2. D1 has no snapshot reads across statements, so consistency comes from two facts: one
 * `batch()` is one transaction, and every change writes its audit entry in its own batch.
 *
 * - Small databases: the first batch reads every table whole → a true snapshot.
 * - Larger ones: tables are read in pages, and the audit log's high-water mark is read before
 *   the first and after the last page. Unchanged → no audited change committed in between, so
 *   the content is what it was at that audit entry. Changed → the export is repeated (up to
 *   three times); if writes never pause, it is kept and marked "moving" in the manifest.
 *
 * Operational rows that change without an audit entry (sessions' last_seen_at, rate counters,
 * mail delivery state) may come from slightly different moments; none of them is content.
 */
import { log } from "../../platform/middleware/request-context";
import {
  backupPrefix,
  FORMAT_VERSION,
  isBackedUp,
  sha256Text,
  type BackupManifest,
  type TableManifest,
} from "./backup-format";

/** Rows read per table per batch. */
export const PAGE = 500;
const ATTEMPTS = 3;

type Row = Record<string, unknown>;

export async function listBackedUpTables(d1: D1Database): Promise<string[]> {
  const { results } = await d1
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all<{ name: string }>();
  return results.map((r) => r.name).filter(isBackedUp);
}

async function auditHighWater(d1: D1Database): Promise<number> {
  const row = await d1.prepare("SELECT coalesce(max(id), 0) AS id FROM audit_log").first<{ id: number }>();
  return row?.id ?? 0;
}

const page = (d1: D1Database, table: string, after: number, size: number) =>
  d1.prepare(`SELECT rowid AS "__rowid", * FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${size}`).bind(after);

/** Reads every table; returns the rows as JSON Lines per table and whether it was one batch. */
async function readTables(d1: D1Database, tables: string[], size: number) {
  const lines = new Map<string, string[]>(tables.map((t) => [t, []]));
  const cursor = new Map<string, number>(tables.map((t) => [t, 0]));
  let open = [...tables];
  let batches = 0;
  const highWater = d1.prepare("SELECT coalesce(max(id), 0) AS id FROM audit_log");
  let firstHighWater = 0;
  while (open.length) {
    const results = await d1.batch<Row>([highWater, ...open.map((t) => page(d1, t, cursor.get(t)!, size))]);
    if (batches === 0) firstHighWater = Number(results[0]!.results[0]!.id);
    batches++;
    const stillOpen: string[] = [];
    open.forEach((table, i) => {
      const rows = results[i + 1]!.results;
      for (const { __rowid, ...row } of rows) {
        lines.get(table)!.push(JSON.stringify(row));
        cursor.set(table, Number(__rowid));
      }
      if (rows.length === size) stillOpen.push(table);
    });
    open = stillOpen;
  }
  return { lines, snapshot: batches === 1, firstHighWater };
}

export interface BackupResult {
  prefix: string;
  manifest: BackupManifest;
}

/** Writes a backup of `d1` into `bucket`; returns where and what. */
export async function backupDatabase(d1: D1Database, bucket: R2Bucket, now = Date.now(), pageSize = PAGE): Promise<BackupResult> {
  const tables = await listBackedUpTables(d1);
  let read: Awaited<ReturnType<typeof readTables>>;
  let consistency: BackupManifest["consistency"] = "moving";
  let attempts = 0;
  let highWater = 0;
  do {
    attempts++;
    read = await readTables(d1, tables, pageSize);
    highWater = read.firstHighWater;
    if (read.snapshot) consistency = "snapshot";
    else if ((await auditHighWater(d1)) === highWater) consistency = "audit-bracketed";
  } while (consistency === "moving" && attempts < ATTEMPTS);

  const prefix = backupPrefix(now);
  const manifests: TableManifest[] = [];
  for (const table of tables) {
    const rows = read.lines.get(table)!;
    const text = rows.length ? `${rows.join("\n")}\n` : "";
    const key = `${prefix}${table}.jsonl`;
    await bucket.put(key, text, { httpMetadata: { contentType: "application/x-ndjson" } });
    manifests.push({ name: table, key, rows: rows.length, sha256: await sha256Text(text) });
  }
  const { results: migrations } = await d1.prepare("SELECT name FROM d1_migrations ORDER BY id").all<{ name: string }>().catch(() => ({ results: [] as Array<{ name: string }> }));
  const manifest: BackupManifest = {
    format: FORMAT_VERSION,
    created_at: new Date(now).toISOString(),
    audit_high_water: highWater,
    consistency,
    attempts,
    migrations: migrations.map((m) => m.name),
    tables: manifests,
  };
  await bucket.put(`${prefix}manifest.json`, JSON.stringify(manifest, null, 2), { httpMetadata: { contentType: "application/json" } });
  if (consistency === "moving") log({ level: "error", msg: "backup not consistent", prefix, attempts });
  return { prefix, manifest };
}
