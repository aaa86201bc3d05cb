/**
 * The nightly backup and its restore: the cron job writes every table as JSON Lines to R2; the
 * restore rebuilds an empty database from it, row for row, with the search index rebuilt, and
 * refuses a damaged or incomplete backup or a database that is not empty.
 */
import { applyD1Migrations, createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/platform/db/client";
import { backupDatabase } from "../../src/operations/backup/backup";
import { isBackedUp, type BackupManifest } from "../../src/operations/backup/backup-format";
import { restoreBackup, RestoreError } from "../../src/operations/backup/restore";
import { DAILY, scheduled } from "../../src/operations/scheduled";
import { searchMemorials } from "../../src/archive/search/search.service";
import { searchParamsSchema } from "../../src/archive/search/search-params";
import { seedPrivateArchive } from "../security/private-archive";

const read = async (key: string) => (await (await env.BACKUPS.get(key))?.text()) ?? null;

async function rows(d1: D1Database, table: string) {
  return (await d1.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()).results;
}

async function tablesOf(d1: D1Database) {
  const { results } = await d1.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all<{ name: string }>();
  return results.map((r) => r.name);
}

/** The search index by memorial (doc numbers are assigned anew by the rebuild). */
async function searchIndex(d1: D1Database) {
  const { results } = await d1
    .prepare("SELECT d.memorial_id, k.key, k.tier, k.pos FROM search_keys k JOIN search_docs d ON d.doc = k.doc ORDER BY 1, 2")
    .all();
  return results;
}

async function runNightlyJobs(now: number) {
  const ctx = createExecutionContext();
  await scheduled({ cron: DAILY, scheduledTime: now, noRetry() {} } as ScheduledController, env, ctx);
  await waitOnExecutionContext(ctx);
}

let prefix = "";
let manifest: BackupManifest;
/** Every table as it was when the cron fired; the backup runs first, before other jobs write. */
const before = new Map<string, unknown[]>();

beforeAll(async () => {
  await seedPrivateArchive();
  for (const table of (await tablesOf(env.DB)).filter(isBackedUp)) before.set(table, await rows(env.DB, table));
  await runNightlyJobs(Date.UTC(2026, 10, 23, 3, 17));
  const listed = await env.BACKUPS.list({ prefix: "backups/" });
  const manifestKey = listed.objects.map((o) => o.key).find((k) => k.endsWith("/manifest.json"))!;
  prefix = manifestKey.slice(0, -"manifest.json".length);
  manifest = JSON.parse((await read(manifestKey))!) as BackupManifest;
  await applyD1Migrations(env.RESTORE_DB, env.TEST_MIGRATIONS);
}, 60_000);

describe("the nightly backup", () => {
  it("runs from the 03:17 cron and writes every table but the search index, as one snapshot", async () => {
    expect(prefix).toBe("backups/2026-11-23T03-17-00-000Z/");
    const tables = (await tablesOf(env.DB)).filter(isBackedUp);
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(tables.sort());
    expect(manifest.tables.map((t) => t.name)).not.toContain("search_docs");
    expect(manifest.consistency).toBe("snapshot");
    for (const table of manifest.tables) expect(table.rows, table.name).toBe(before.get(table.name)!.length);
    expect(manifest.tables.find((t) => t.name === "revisions")!.rows).toBeGreaterThan(5);
  });

  it("reads large tables in pages and then checks that no audited change came in between", async () => {
    const full = await backupDatabase(env.DB, env.BACKUPS, Date.UTC(2026, 10, 24));
    const small = await backupDatabase(env.DB, env.BACKUPS, Date.UTC(2026, 10, 24, 1), 3);
    expect(small.manifest.consistency).toBe("audit-bracketed");
    expect(small.manifest.tables).toEqual(full.manifest.tables.map((t) => ({ ...t, key: t.key.replace(full.prefix, small.prefix) })));
  });
});

describe("restoring a backup", () => {
  it("rebuilds an empty database row for row, and its search index", async () => {
    const result = await restoreBackup(env.RESTORE_DB, prefix, read);
    expect(result.rows).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));
    for (const { name } of manifest.tables) expect(await rows(env.RESTORE_DB, name), name).toEqual(before.get(name));
    expect(result.indexed).toBeGreaterThan(0);
    expect(await searchIndex(env.RESTORE_DB)).toEqual(await searchIndex(env.DB));
    const params = searchParamsSchema.parse({ q: "Zucker" });
    const [original, restored] = await Promise.all([searchMemorials(createDb(env.DB), params), searchMemorials(createDb(env.RESTORE_DB), params)]);
    // The same memorials are found (two namesakes may swap places: their index numbers are new).
    expect(restored.items.map((i) => i.id).sort()).toEqual(original.items.map((i) => i.id).sort());
    expect(restored.items.length).toBeGreaterThan(0);
  });

  it("refuses a database that is not empty, a damaged file and a backup without its manifest", async () => {
    await expect(restoreBackup(env.RESTORE_DB, prefix, read)).rejects.toThrow(RestoreError);
    const damaged = (key: string) => (key.endsWith("revisions.jsonl") ? read(key).then((t) => t!.replace("Zucker", "Zuker")) : read(key));
    await expect(restoreBackup(env.DB, prefix, damaged)).rejects.toThrow(/revisions.jsonl does not match its hash/);
    await expect(restoreBackup(env.RESTORE_DB, "backups/nothing-here/", read)).rejects.toThrow(/no manifest/);
  });
});
