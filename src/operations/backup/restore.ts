/**
 * Restores a backup (src/operations/backup/backup-format.ts) into an empty database whose migrations are
 * applied: checks the manifest and each file's hash, inserts the rows parents-first, then
 * rebuilds the search index from the restored revisions (src/archive/search/search-rebuild.ts).
 */
import { createDb } from "../../platform/db/client";
import { rebuildSearchIndex } from "../../archive/search/search-rebuild";
import { FORMAT_VERSION, sha256Text, type BackupManifest } from "./backup-format";

/** D1 allows 100 bound parameters per statement; batches stay well under its size limits. */
const MAX_PARAMS = 100;
const STATEMENTS_PER_BATCH = 50;

export type ReadObject = (key: string) => Promise<string | null>;

export class RestoreError extends Error {}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function parentsFirst(d1: D1Database, tables: string[]): Promise<string[]> {
  const parents = new Map<string, Set<string>>();
  for (const table of tables) {
    const { results } = await d1.prepare(`SELECT "table" AS parent FROM pragma_foreign_key_list(?)`).bind(table).all<{ parent: string }>();
    parents.set(table, new Set(results.map((r) => r.parent).filter((p) => p !== table && tables.includes(p))));
  }
  const ordered: string[] = [];
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !ordered.includes(t) && [...parents.get(t)!].every((p) => ordered.includes(p)));
    if (ready.length === 0) throw new RestoreError(`foreign keys form a cycle among ${tables.filter((t) => !ordered.includes(t)).join(", ")}`);
    ordered.push(...ready);
  }
  return ordered;
}

async function requireEmpty(d1: D1Database, tables: string[]) {
  for (const table of tables) {
    const row = await d1.prepare(`SELECT 1 AS found FROM "${table}" LIMIT 1`).first();
    if (row) throw new RestoreError(`the target database is not empty (${table} has rows); restore into a fresh one`);
  }
}

/**
 * Tables that triggers fill while other tables are restored (memorial_changes follows every
 * memorial insert; the counts of src/platform/db/schema/counts.ts follow memorials and revisions, and a
 * fresh database already holds their first row). They are restored last and their backed-up rows
 * replace what the triggers wrote, so the restored datestamps and counts are the original ones.
 */
const TRIGGER_MAINTAINED = new Set(["memorial_changes", "archive_counts", "revision_counts"]);

function insertStatements(d1: D1Database, table: string, rows: Array<Record<string, unknown>>) {
  const statements: D1PreparedStatement[] = [];
  let i = 0;
  while (i < rows.length) {
    const columns = Object.keys(rows[i]!);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    // Rows of one statement share their columns (they do within a table's backup).
    const group: Array<Record<string, unknown>> = [];
    while (i < rows.length && group.length < perStatement && Object.keys(rows[i]!).join() === columns.join()) group.push(rows[i++]!);
    const values = group.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
    const verb = TRIGGER_MAINTAINED.has(table) ? "INSERT OR REPLACE" : "INSERT";
    const sql = `${verb} INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`;
    statements.push(d1.prepare(sql).bind(...group.flatMap((row) => columns.map((c) => row[c] ?? null))));
  }
  return statements;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  indexed: number;
}

export async function restoreBackup(d1: D1Database, prefix: string, read: ReadObject): Promise<RestoreResult> {
  const manifestText = await read(`${prefix}manifest.json`);
  if (!manifestText) throw new RestoreError(`no manifest at ${prefix}manifest.json: not a complete backup`);
  const manifest = JSON.parse(manifestText) as BackupManifest;
  if (manifest.format !== FORMAT_VERSION) throw new RestoreError(`backup format ${manifest.format} is not ${FORMAT_VERSION}`);
  const names = manifest.tables.map((t) => t.name);
  // Every file is read and checked before the first row is written.
  const tableRows = new Map<string, Array<Record<string, unknown>>>();
  for (const entry of manifest.tables) {
    const text = (await read(entry.key)) ?? "";
    if ((await sha256Text(text)) !== entry.sha256) throw new RestoreError(`${entry.key} does not match its hash in the manifest`);
    const rows = text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    if (rows.length !== entry.rows) throw new RestoreError(`${entry.key} has ${rows.length} rows, the manifest says ${entry.rows}`);
    tableRows.set(entry.name, rows);
  }
  await requireEmpty(d1, names.filter((name) => !TRIGGER_MAINTAINED.has(name)));
  let restored = 0;
  const ordered = await parentsFirst(d1, names);
  const order = [...ordered.filter((t) => !TRIGGER_MAINTAINED.has(t)), ...ordered.filter((t) => TRIGGER_MAINTAINED.has(t))];
  for (const table of order) {
    const statements = insertStatements(d1, table, tableRows.get(table)!);
    for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) await d1.batch(statements.slice(i, i + STATEMENTS_PER_BATCH));
    restored += tableRows.get(table)!.length;
  }
  const { indexed } = await rebuildSearchIndex(createDb(d1));
  return { tables: names.length, rows: restored, indexed };
}
