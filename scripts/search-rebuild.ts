/**
 * `npm run search:rebuild` — rebuilds the search index from the published memorials.
 *
 * - Local ($STATE_DIR, [--env name]): the same chunks as the deployed route, in a loop, straight
 *   against the local D1 through wrangler's platform proxy.
 * - Deployed: `npm run search:rebuild -- --remote [--env production] [--url https://…]
 *   [--email admin@…] [--limit 100] [--cursor …]`. Signs in as an admin (a link is mailed; paste
 *   it here), or uses ZEUGNIS_SESSION (the value of an admin's `zeugnis_session` cookie), then
 *   sends POST /api/v1/admin/search/rebuild chunk by chunk. Each chunk is audited; an interrupted
 *   run prints the cursor to resume from. --url defaults to SITE_URL of the wrangler environment.
 * docs/operations.md ("Rebuilding the search index") explains when and how.
 */
import { rebuildSearchIndex } from "../src/archive/search/search-rebuild";
import { adminSession, archiveAddress } from "./lib/admin-session";
import { flag, option, stateDir } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";
import { RemoteRebuildError, runRemoteRebuild, signOut } from "./lib/remote-rebuild";

async function remote(): Promise<void> {
  const base = archiveAddress();
  const limit = option("limit") ? Number(option("limit")) : undefined;
  const { cookie, signedInHere } = await adminSession(base);
  const started = Date.now();
  try {
    const totals = await runRemoteRebuild({
      base,
      cookie,
      limit,
      cursor: option("cursor") ?? null,
      onChunk: (chunk, sum) =>
        process.stdout.write(`\r${chunk.phase === "orphans" ? "Checking old entries" : "Reindexing"}: ${sum.indexed} indexed, ${sum.removed} removed, ${sum.chunks} chunks`),
    });
    console.log(`\nSearch index of ${base} rebuilt: ${totals.indexed} memorials indexed, ${totals.removed} stale entries removed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    if (!(error instanceof RemoteRebuildError)) throw error;
    console.error(`\n${error.message}`);
    if (error.cursor) console.error(`Resume with: npm run search:rebuild -- --remote --url ${base} --cursor ${error.cursor}`);
    process.exitCode = 1;
  } finally {
    if (signedInHere) await signOut(base, cookie);
  }
}

if (flag("remote")) {
  await remote().catch((error: unknown) => {
    // Refusals (not an admin, a used link, no network) are the operator's to read, not a stack.
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
} else {
  await withLocalDb(stateDir(), option("env"), async (db) => {
    const started = Date.now();
    const result = await rebuildSearchIndex(db, (n) => process.stdout.write(`\rIndexed ${n} memorials`));
    console.log(`\nSearch index rebuilt: ${result.indexed} memorials indexed, ${result.removed} stale entries removed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  });
}
