import type { Role } from "../db/schema";

/** The development accounts of api.md. They exist only where ENVIRONMENT is "development". */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role; displayName: string }> = [
  { email: "admin@zeugnis.test", role: "admin", displayName: "Demo Admin" },
  { email: "moderator@zeugnis.test", role: "moderator", displayName: "Demo Moderator" },
  { email: "moderator2@zeugnis.test", role: "moderator", displayName: "Second Demo Moderator" },
  { email: "descendant@zeugnis.test", role: "contributor", displayName: "Demo Descendant" },
  { email: "descendant2@zeugnis.test", role: "contributor", displayName: "Second Demo Descendant" },
];

export function isDevelopment(env: Pick<Env, "ENVIRONMENT">): boolean {
  return env.ENVIRONMENT === "development";
}

/** The demo account for an address, only in development. */
export function demoAccount(env: Pick<Env, "ENVIRONMENT">, email: string) {
  return isDevelopment(env) ? DEMO_ACCOUNTS.find((a) => a.email === email) : undefined;
}
