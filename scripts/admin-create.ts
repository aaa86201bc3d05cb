/**
 * `npm run admin:create -- --email you@example.org [--name "Your Name"] [--env production] [--remote]`
 *
 * Makes an account an admin (creating it if needed), audited — the way to get the first admin.
 * - Without --remote: the local database ($STATE_DIR) that `npm start` uses, through wrangler's
 *   platform proxy (--env picks a wrangler environment's local bindings).
 * - With --remote: the deployed database of --env (default: production), through
 *   `wrangler d1 execute --remote --file`; needs `wrangler login` and the database id in
 *   wrangler.toml. The person then signs in with that address as usual.
 * - --print-sql: only print the SQL (to review it, or to run it some other way).
 * The same statements run in every case (src/operations/dashboard/admin-grant.ts).
 */
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { newId } from "../src/platform/ids";
import { adminCheckQuery, adminGrantStatements, parseAdminEmail } from "../src/operations/dashboard/admin-grant";
import { flag, option, stateDir, wrangler, wranglerOrExit } from "./lib/cli";
import { withLocalDb } from "./lib/local-d1";

interface AccountRow {
  id: string;
  email: string;
  role: string;
  disabled_at: number | null;
}

const parsed = parseAdminEmail(option("email"));
if ("error" in parsed) {
  console.error(`${parsed.error}\nUsage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--env production] [--remote]`);
  process.exit(2);
}
const { email } = parsed;
const remote = flag("remote");
const environment = option("env") ?? (remote ? "production" : undefined);
const statements = adminGrantStatements({ email, newUserId: newId("usr"), displayName: option("name"), now: Date.now() });

function report(account: AccountRow | undefined, where: string): void {
  if (account?.role === "admin") {
    console.log(`${account.email} (${account.id}) is an admin in ${where}. Sign in with this address to start.`);
    return;
  }
  console.error(account?.disabled_at ? `${email} is disabled in ${where}; nothing was changed.` : `Could not make ${email} an admin in ${where}.`);
  process.exitCode = 1;
}

if (flag("print-sql")) {
  console.log(statements.join("\n"));
} else if (remote) {
  const envArgs = ["--env", environment!];
  const file = path.join(os.tmpdir(), `zeugnis-admin-${process.pid}.sql`);
  await writeFile(file, `${statements.join("\n")}\n`);
  try {
    await wranglerOrExit(["d1", "execute", "DB", "--remote", ...envArgs, "--file", file, "--yes"]);
  } finally {
    await rm(file, { force: true });
  }
  const check = await wrangler(["d1", "execute", "DB", "--remote", ...envArgs, "--command", adminCheckQuery(email), "--json"], { capture: true });
  const [answer] = JSON.parse(check.stdout || "[]") as Array<{ results?: AccountRow[] }>;
  report(answer?.results?.[0], `the remote "${environment}" database`);
} else {
  await withLocalDb(stateDir(), environment, async (_db, env) => {
    await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
    const account = await env.DB.prepare(adminCheckQuery(email)).first<AccountRow>();
    report(account ?? undefined, `the local database (${path.relative(process.cwd(), stateDir()) || "."})`);
  });
}
