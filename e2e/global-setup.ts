/**
 * Starts the archive the way a developer does (`npm start`) on its own port and with a fresh
 * state directory, waits until /healthz answers, hands the address to the tests and stops the
 * server (its whole process group) afterwards. Each run begins with the demo data and nothing
 * else; its state directory is removed at the end (E2E_KEEP_STATE=1 keeps it for a look).
 *
 * E2E_PORT (default 8804) and E2E_STATE_DIR (default .wrangler/state-e2e-<time>-<pid>) choose
 * where; the server's output goes to test-results/e2e/server.log.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { TestProject } from "vitest/node";
import { RESULTS_DIR, ROOT } from "./support/paths";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Generous: on a busy 2-core machine the first `wrangler dev` build alone has taken four minutes.
const START_TIMEOUT_MS = 420_000;

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  const port = process.env.E2E_PORT ?? "8804";
  const stateDir = process.env.E2E_STATE_DIR ?? `.wrangler/state-e2e-${Date.now()}-${process.pid}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await isHealthy(baseUrl)) {
    throw new Error(`Something already answers on ${baseUrl}; stop it or choose another E2E_PORT.`);
  }
  await mkdir(RESULTS_DIR, { recursive: true });
  const log = createWriteStream(path.join(RESULTS_DIR, "server.log"));
  // Its own process group, so that stopping it also stops wrangler and workerd below npm.
  const server = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: port, STATE_DIR: stateDir },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) =>
    server.on("exit", (code) => {
      exitCode = code ?? -1;
      resolve();
    }),
  );

  const stop = async () => {
    if (exitCode === null && server.pid) {
      process.kill(-server.pid, "SIGTERM");
      const forced = sleep(15_000).then(() => {
        if (exitCode === null && server.pid) process.kill(-server.pid, "SIGKILL");
      });
      await Promise.race([exited, forced]);
    }
    log.end();
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await isHealthy(baseUrl))) {
    if (exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(
        `npm start did not answer on ${baseUrl}/healthz (exit code ${exitCode}); see test-results/e2e/server.log`,
      );
    }
    await sleep(500);
  }

  project.provide("baseUrl", baseUrl);
  return async () => {
    await stop();
    if (!process.env.E2E_KEEP_STATE) await rm(path.resolve(ROOT, stateDir), { recursive: true, force: true });
  };
}
