/**
 * `npm run search:rebuild` — rebuilds the search index of the local database ($STATE_DIR) from the
 * published memorials. Options: --env <name> (a wrangler environment's local bindings).
 * For a remote database, run the same function through a Worker or `wrangler d1 execute`.
 */
import { rebuildSearchIndex } from "../src/search/search-rebuild";
import { option, stateDir } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";

await withLocalDb(stateDir(), option("env"), async (db) => {
  const started = Date.now();
  const result = await rebuildSearchIndex(db, (n) => process.stdout.write(`\rIndexed ${n} memorials`));
  console.log(`\nSearch index rebuilt: ${result.indexed} memorials indexed, ${result.removed} stale entries removed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
