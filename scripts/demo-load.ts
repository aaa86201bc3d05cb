/**
 * `npm run demo:load` — loads the demo memorials into the local database ($STATE_DIR).
 * Options: --if-empty (only when no memorial exists yet; used by `npm start`),
 *          --env <name> (a wrangler environment's local bindings).
 * Demo data never reaches a database by accident: only this command, or `npm start` in
 * development, loads it.
 */
import { sql } from "drizzle-orm";
import { loadDemoMemorials } from "../src/operations/demo/demo-loader";
import { loadDemoGroups } from "../src/operations/demo/demo-groups-loader";
import { flag, option, readDemoGroups, readDemoPersons, stateDir } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";

const ifEmpty = flag("if-empty");
const environment = option("env");

await withLocalDb(stateDir(), environment, async (db) => {
  if (ifEmpty) {
    const row = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memorials`);
    if (row.n > 0) {
      console.log(`Demo data: the database already holds ${row.n} memorials; nothing loaded.`);
      return;
    }
  }
  const result = await loadDemoMemorials(db, await readDemoPersons());
  console.log(`Demo data: ${result.loaded} memorials loaded, ${result.skipped} already present.`);
  const groups = await loadDemoGroups(db, await readDemoGroups());
  console.log(`Demo data: ${groups.loaded} groups loaded, ${groups.skipped} already present.`);
});
