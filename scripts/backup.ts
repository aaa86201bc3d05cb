/**
 * `npm run backup` — runs the nightly backup job (src/operations/backup/backup.ts) once against the local
 * database of $STATE_DIR and prints the key to restore from. Production runs it by cron.
 */
import { backupDatabase } from "../src/operations/backup/backup";
import { stateDir } from "./lib/cli";
import { withLocalEnv } from "./lib/local-d1";

await withLocalEnv(stateDir(), undefined, async (env) => {
  const { prefix, manifest } = await backupDatabase(env.DB, env.BACKUPS);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Backed up ${rows} rows of ${manifest.tables.length} tables (${manifest.consistency}) to ${prefix}`);
  console.log(`Restore with: npm run restore -- --from ${prefix}`);
});
