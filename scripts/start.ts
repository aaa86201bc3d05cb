/**
 * `npm start` — the archive on http://127.0.0.1:$PORT (default 8787) with local D1 and R2 under
 * $STATE_DIR (default .wrangler/state): applies migrations, loads the demo memorials into an
 * empty database, then runs `wrangler dev` with SITE_URL set to that address ($SITE_URL wins).
 * Data persists between runs.
 *
 * The output is kept short (docs/decisions.md, "A quiet start"): the migration tables are
 * summarised in one line, wrangler's list of bindings and its start-up chatter are left out, and
 * the last line says where the archive is, who can sign in and where the sign-in links appear.
 * Wrangler's warnings and errors (stderr), the Worker's own log lines and anything unexpected
 * are passed through unchanged.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { DEMO_ACCOUNTS } from "../src/platform/auth/demo-accounts";
import { loadDemoMemorials } from "../src/operations/demo/demo-loader";
import { loadDemoGroups } from "../src/operations/demo/demo-groups-loader";
import { OFFLINE_ENV, readDemoGroups, readDemoPersons, ROOT, stateDir, wrangler } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";
import { isStartupNoise, summariseMigrations } from "./lib/start-output";

const port = process.env.PORT || "8787";
const state = stateDir();
// Every absolute URL the archive writes (sign-in links, canonical addresses, OAI identifiers)
// comes from SITE_URL, never from the request: locally, the address this server answers on.
const siteUrl = process.env.SITE_URL || `http://127.0.0.1:${port}`;
const where = path.relative(ROOT, state) || ".";
const address = `http://127.0.0.1:${port}`;

console.log(`Preparing the local database in ${where} …`);
const apply = ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state];
const migrations = await wrangler(apply, { capture: true });
if (migrations.code !== 0) {
  process.stdout.write(migrations.stdout);
  console.error(`wrangler ${apply.join(" ")} failed with exit code ${migrations.code}`);
  process.exit(migrations.code);
}
console.log(summariseMigrations(migrations.stdout));

let development = false;
await withLocalDb(state, undefined, async (db, env) => {
  development = env.ENVIRONMENT === "development";
  if (!development) return;
  const row = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memorials`);
  if (row.n > 0) {
    console.log(`Keeping the ${row.n} memorials already in ${where}.`);
  } else {
    const result = await loadDemoMemorials(db, await readDemoPersons());
    console.log(`Loaded ${result.loaded} demo memorials into ${where}.`);
  }
  // Groups came later than memorials: a database from before them gets them too (existing ones are kept).
  const groups = await loadDemoGroups(db, await readDemoGroups());
  if (groups.loaded > 0) console.log(`Loaded ${groups.loaded} demo transports, lists and figures into ${where}.`);
});

console.log("Starting the archive (wrangler dev) …");
const dev = spawn(
  process.execPath,
  [
    path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    port,
    "--persist-to",
    state,
    // Every absolute URL (mail, canonical links, OAI identifiers, the examples on /open-data).
    "--var",
    `SITE_URL:${siteUrl}`,
    "--show-interactive-dev-session=false",
    // Crons do not fire by themselves in development; this lets them be fired by hand
    // (docs/operations.md) and keeps wrangler from warning about it at every start.
    "--test-scheduled",
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: ["inherit", "pipe", "inherit"], env: { ...process.env, ...OFFLINE_ENV, WRANGLER_HIDE_BANNER: "true" } },
);
let inBindingsList = false;
let probing = true;
createInterface({ input: dev.stdout }).on("line", (line) => {
  const noise = isStartupNoise(line, inBindingsList, probing);
  inBindingsList = noise.inBindingsList;
  if (!noise.drop) console.log(line);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

await waitUntilAnswering(`${address}/healthz`);
// The log lines of the probe arrive just after its answer; let them pass through the filter first.
await new Promise((resolve) => setTimeout(resolve, 500));
probing = false;
const accounts = DEMO_ACCOUNTS.filter((a) => !/\d@/.test(a.email)).map((a) => a.email);
console.log(
  development
    ? `Zeugnis is running on ${address} · sign in as ${accounts.join(", ")} · sign-in links appear in the dev outbox, ${address}/dev/outbox · Ctrl+C stops it`
    : `Zeugnis is running on ${address} · Ctrl+C stops it`,
);

async function waitUntilAnswering(url: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
