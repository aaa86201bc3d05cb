/**
 * What the operator commands with `--remote` share: the deployed archive's address (--url, or
 * SITE_URL of the wrangler environment) and an admin's session (ZEUGNIS_SESSION, or a sign-in
 * link mailed to --email and pasted into the terminal).
 */
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { experimental_readRawConfig } from "wrangler";
import { option, ROOT } from "./cli";
import { requireAdmin, signInByLink } from "./remote-rebuild";

function siteUrl(environment: string): string | undefined {
  const { rawConfig } = experimental_readRawConfig({ config: path.join(ROOT, "wrangler.toml") });
  const vars = rawConfig.env?.[environment]?.vars as Record<string, unknown> | undefined;
  return typeof vars?.SITE_URL === "string" ? vars.SITE_URL : undefined;
}

export async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** --url, or SITE_URL of --env (default production); exits with a message when there is none. */
export function archiveAddress(): string {
  const environment = option("env") ?? "production";
  const base = option("url") ?? siteUrl(environment);
  if (!base || !/^https?:\/\//.test(base)) {
    console.error(`No address for the archive: pass --url https://… (SITE_URL of "${environment}" is not set in wrangler.toml).`);
    process.exit(2);
  }
  return base;
}

/** An admin's session cookie; `signedInHere` says the command opened it (and should sign out). */
export async function adminSession(base: string): Promise<{ cookie: string; signedInHere: boolean }> {
  const session = process.env.ZEUGNIS_SESSION;
  if (session) {
    const cookie = `zeugnis_session=${session.replace(/^zeugnis_session=/, "")}`;
    await requireAdmin(base, cookie);
    return { cookie, signedInHere: false };
  }
  const email = option("email") ?? (await ask("Admin email address: "));
  const cookie = await signInByLink(base, email, () => ask(`A sign-in link was mailed to ${email}. Paste it here: `));
  return { cookie, signedInHere: true };
}
