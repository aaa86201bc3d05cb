/**
 * A throwaway local archive for test scripts (hostile text, load, crash): `npm start` on its own
 * PORT and STATE_DIR, started in its own process group so that it can be stopped — or killed
 * with SIGKILL, all of wrangler and workerd at once — and started again on the same data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./cli";

export interface LocalServer {
  url: string;
  stateDir: string;
  /** SIGTERM to the whole process group, then wait for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL to the whole process group: no shutdown, no flush. */
  kill(): Promise<void>;
}

async function healthy(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}/healthz within ${timeoutMs / 1000} s`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", () => r()));
}

/**
 * Starts `npm start` (migrations, demo data into an empty database, wrangler dev).
 * @param fresh delete the state directory first
 */
export async function startLocalServer(port: number, stateDir: string, options: { fresh?: boolean; log?: string } = {}): Promise<LocalServer> {
  const state = path.resolve(ROOT, stateDir);
  if (options.fresh) await rm(state, { recursive: true, force: true });
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/start.ts"), "--log-level", "error"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", options.log ? "inherit" : "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), STATE_DIR: state },
  });
  const url = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
    await exited(child);
    // Give workerd a moment to release the port after its parent went.
    await new Promise((r) => setTimeout(r, 500));
  };
  try {
    // Generous: on a busy 2-core machine the first `wrangler dev` build alone has taken four minutes.
    await healthy(url, 420_000, child);
  } catch (error) {
    await signal("SIGKILL");
    throw error;
  }
  return { url, stateDir: state, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
}
