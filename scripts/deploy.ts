/**
 * `npm run deploy -- --env production` — applies the D1 migrations to the remote database first,
 * then deploys the Worker, so new code never runs against an old schema. Needs `wrangler login`
 * (or CLOUDFLARE_API_TOKEN) and the database id in wrangler.toml (README, "Deploy to Cloudflare").
 */
import { option, wranglerOrExit } from "./lib/cli";

const environment = option("env") ?? "production";
const envArgs = ["--env", environment];

await wranglerOrExit(["d1", "migrations", "apply", "DB", "--remote", ...envArgs]);
await wranglerOrExit(["deploy", ...envArgs]);
