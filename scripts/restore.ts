/**
 * `npm run restore -- --from <backup-key> [--source-state <dir>] [--to <state dir>]`
 *
 * Rebuilds a fresh local database from a nightly backup (src/operations/backup/backup.ts): the backup is read
 * from the BACKUPS bucket of --source-state (default $STATE_DIR), or from a folder of files
 * downloaded from R2 (--from ./folder/), then written into the local D1 under --to (default
 * .wrangler/restore-<time>), which must be empty: migrations are applied first, the rows
 * inserted parents-first, the search index rebuilt. Serve it with `STATE_DIR=<to> npm start`.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { restoreBackup } from "../src/operations/backup/restore";
import { option, ROOT, stateDir, wranglerOrExit } from "./lib/cli";
import { withLocalEnv } from "./lib/local-d1";

const from = option("from");
if (!from) {
  console.error("Usage: npm run restore -- --from backups/<time>/ [--source-state <dir>] [--to <dir>]");
  process.exit(2);
}
const prefix = from.endsWith("/") ? from : `${from}/`;
const target = path.resolve(ROOT, option("to") ?? `.wrangler/restore-${new Date().toISOString().replace(/[:.]/g, "-")}`);
const sourceState = option("source-state") ? path.resolve(ROOT, option("source-state")!) : stateDir();

// The backup's files, from a downloaded folder or the local bucket.
const files = new Map<string, string>();
if (existsSync(prefix)) {
  const manifest = await readFile(path.join(prefix, "manifest.json"), "utf8");
  files.set("manifest.json", manifest);
  for (const table of (JSON.parse(manifest) as { tables: Array<{ key: string }> }).tables) {
    const name = path.basename(table.key);
    files.set(name, await readFile(path.join(prefix, name), "utf8"));
  }
} else {
  await withLocalEnv(sourceState, undefined, async (env) => {
    const listed = await env.BACKUPS.list({ prefix });
    for (const object of listed.objects) files.set(object.key.slice(prefix.length), (await (await env.BACKUPS.get(object.key))!.text()));
  });
}
if (!files.has("manifest.json")) {
  console.error(`No complete backup at ${prefix} (no manifest.json).`);
  process.exit(1);
}

await wranglerOrExit(["d1", "migrations", "apply", "DB", "--local", "--persist-to", target]);
await withLocalEnv(target, undefined, async (env) => {
  const started = Date.now();
  const result = await restoreBackup(env.DB, "", async (key) => files.get(path.basename(key)) ?? null);
  console.log(
    `Restored ${result.rows} rows in ${result.tables} tables and indexed ${result.indexed} memorials into ${path.relative(ROOT, target)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`Serve it with: STATE_DIR=${path.relative(ROOT, target)} npm start`);
});
