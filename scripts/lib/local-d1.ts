/**
 * The local D1 database that `wrangler dev` uses, opened from Node through wrangler's
 * getPlatformProxy, so scripts run the same application code against the same data.
 */
import path from "node:path";
import { getPlatformProxy } from "wrangler";
import { createDb, type Database } from "../../src/platform/db/client";
import { ROOT } from "./cli";

/** The local bindings (D1, R2 …) of a state directory, for scripts that need more than the database. */
export async function withLocalEnv<T>(
  stateDirectory: string,
  environment: string | undefined,
  work: (env: Env) => Promise<T>,
): Promise<T> {
  return withLocalDb(stateDirectory, environment, (_db, env) => work(env));
}

export async function withLocalDb<T>(
  stateDirectory: string,
  environment: string | undefined,
  work: (db: Database, env: Env) => Promise<T>,
): Promise<T> {
  const proxy = await getPlatformProxy<Env>({
    configPath: path.join(ROOT, "wrangler.toml"),
    environment,
    persist: { path: path.join(stateDirectory, "v3") },
    remoteBindings: false,
  });
  try {
    return await work(createDb(proxy.env.DB), proxy.env);
  } finally {
    await proxy.dispose();
  }
}
