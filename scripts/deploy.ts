/**
 * `npm run deploy [-- --env staging] [-- --dry-run]` — applies the D1 migrations to the remote
 * database first, then deploys the Worker, so new code never runs against an old schema. Needs
 * `wrangler login` (or CLOUDFLARE_API_TOKEN) and the environment's values in wrangler.toml
 * (README, "Deploy to Cloudflare"); the placeholders left there are named before anything runs.
 * --dry-run builds the Worker as it would be uploaded and touches nothing remote.
 */
import path from "node:path";
import { experimental_readRawConfig } from "wrangler";
import { flag, option, ROOT, wranglerOrExit } from "./lib/cli";

const environment = option("env") ?? "production";
const dryRun = flag("dry-run");
const envArgs = ["--env", environment];

/** Values in wrangler.toml that still hold the template's placeholders. */
function placeholders(): string[] {
  const { rawConfig } = experimental_readRawConfig({ config: path.join(ROOT, "wrangler.toml") });
  const env = rawConfig.env?.[environment];
  if (!env) return [`wrangler.toml has no [env.${environment}]`];
  const problems: string[] = [];
  for (const db of env.d1_databases ?? []) {
    if (!/^[0-9a-f-]{36}$/.test(db.database_id ?? "")) problems.push(`[[env.${environment}.d1_databases]] database_id (from \`wrangler d1 create\`)`);
  }
  for (const [name, value] of Object.entries(env.vars ?? {})) {
    if (/replace-with|example\.(org|workers\.dev)/.test(String(value))) problems.push(`[env.${environment}.vars] ${name}`);
  }
  return problems;
}

const problems = placeholders();
if (problems.length) {
  console[dryRun ? "warn" : "error"](
    `These settings still hold placeholders (README, "Deploy to Cloudflare"):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  if (!dryRun) process.exit(1);
}

if (dryRun) {
  await wranglerOrExit(["deploy", "--dry-run", "--outdir", path.join(ROOT, "dist", environment), ...envArgs]);
} else {
  await wranglerOrExit(["d1", "migrations", "apply", "DB", "--remote", ...envArgs]);
  await wranglerOrExit(["deploy", ...envArgs]);
}
