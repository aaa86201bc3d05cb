/**
 * `npm start` — the archive on http://127.0.0.1:$PORT (default 8787) with local D1 and R2 under
 * $STATE_DIR (default .wrangler/state): applies migrations, loads the demo memorials into an
 * empty database, then runs `wrangler dev` with SITE_URL set to that address ($SITE_URL wins).
 * Data persists between runs.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { loadDemoMemorials } from "../src/demo/demo-loader";
import { OFFLINE_ENV, readDemoPersons, ROOT, stateDir, wranglerOrExit } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";

const port = process.env.PORT || "8787";
const state = stateDir();
// Every absolute URL the archive writes (sign-in links, canonical addresses, OAI identifiers)
// comes from SITE_URL, never from the request: locally, the address this server answers on.
const siteUrl = process.env.SITE_URL || `http://127.0.0.1:${port}`;

await wranglerOrExit(["d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);

await withLocalDb(state, undefined, async (db, env) => {
  if (env.ENVIRONMENT !== "development") return;
  const row = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memorials`);
  if (row.n > 0) return;
  const result = await loadDemoMemorials(db, await readDemoPersons());
  console.log(`Loaded ${result.loaded} demo memorials into ${path.relative(ROOT, state) || "."}.`);
});

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
    "--var",
    `SITE_URL:${siteUrl}`,
    "--show-interactive-dev-session=false",
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...OFFLINE_ENV } },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
