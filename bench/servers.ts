/**
 * The servers the hot-path benchmark (bench/run.ts) measures, each started on its own port and
 * stopped before the next starts, so they never share the machine's two cores:
 * - `npm start`: what users run — `wrangler dev`, with its proxy and request logging in front of
 *   workerd;
 * - direct: workerd serving the bundle `wrangler deploy --dry-run` builds, through Miniflare with
 *   the bindings of wrangler.toml and the same local D1/R2 state, no proxy in front;
 * - and each of the two again with a hello-world Hono Worker (bench/hello-worker.ts), the floor of
 *   the request path, and with one that only sends `SELECT 1` to the same D1 database
 *   (bench/d1-worker.ts), the floor of a request that reads anything.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { OFFLINE_ENV, ROOT, wrangler } from "../scripts/lib/cli";

export type ServerKind = "npm-start" | "direct";

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}


async function waitUntilAnswering(url: string, child?: ChildProcess): Promise<void> {
  for (let i = 0; i < 480; i++) {
    if (child && child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 2 minutes`);
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    return Promise.resolve();
  }
  const timeout = new Promise<void>((resolve) =>
    setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
    }, 15_000),
  );
  return Promise.race([exited, timeout]);
}

/** `npm start` (scripts/start.ts) on PORT with STATE_DIR, as the README tells users to run it. */
export async function startNpmStart(state: string, port: number): Promise<BenchServer> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--log-level", "error"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...OFFLINE_ENV, PORT: String(port), STATE_DIR: state },
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/healthz`, child);
  return { url, stop: () => stopProcessGroup(child) };
}

/** A floor Worker (hello world, D1 round trip) under `wrangler dev`, as `npm start` runs the archive. */
export async function startFloorWranglerDev(config: string, state: string, port: number): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"), "dev", "--config", config, "--ip", "127.0.0.1", "--port", String(port),
      "--log-level", "error", "--show-interactive-dev-session=false", "--persist-to", state],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...OFFLINE_ENV }, detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child);
  return { url, stop: () => stopProcessGroup(child) };
}

/** Builds a Worker exactly as `wrangler deploy` would upload it (no network needed). */
async function buildBundle(config: string, outdir: string): Promise<string> {
  await rm(outdir, { recursive: true, force: true });
  const build = await wrangler(["deploy", "--dry-run", "--config", config, "--outdir", outdir], { capture: true });
  if (build.code !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stdout}`);
  const entry = (await readdir(outdir)).find((f) => f.endsWith(".js"));
  if (!entry) throw new Error(`wrangler deploy --dry-run wrote no script into ${outdir}`);
  return path.join(outdir, entry);
}

/** The bundle's files as Miniflare modules: the entry point first, then its wasm modules. */
async function bundleModules(scriptPath: string) {
  const files = (await readdir(path.dirname(scriptPath))).filter((f) => f.endsWith(".wasm"));
  return [
    { type: "ESModule" as const, path: scriptPath },
    ...files.map((f) => ({ type: "CompiledWasm" as const, path: path.join(path.dirname(scriptPath), f) })),
  ];
}

/** The bundle is already built, so wrangler's rules for finding modules do not apply. */
function withoutModuleRules<T extends { modulesRules?: unknown }>(options: T): Omit<T, "modulesRules"> {
  const { modulesRules: _rules, ...rest } = options;
  return rest;
}

/** workerd serving the built bundle of `config` through Miniflare, with no proxy in front. */
export async function startDirect(config: string, state: string | null, port: number): Promise<BenchServer> {
  const label = path.basename(config, ".toml");
  const scriptPath = await buildBundle(config, path.join(ROOT, "dist/bench", label));
  const { workerOptions } = unstable_getMiniflareWorkerOptions(config);
  // wrangler describes the bindings in Miniflare 4's option shape; Miniflare 5 converts them.
  const options = convertV4MiniflareOptions({
    ...withoutModuleRules(workerOptions),
    name: label,
    modules: await bundleModules(scriptPath),
    modulesRoot: path.dirname(scriptPath),
    host: "127.0.0.1",
    port,
    // The same local D1/R2 files `wrangler dev --persist-to <state>` uses.
    ...(state ? { resourcePersistencePath: path.join(state, "v3") } : {}),
    // Per-request logging is part of what `wrangler dev` adds; the Worker's own JSON log line stays.
    logRequests: false,
    // The Worker still writes its JSON line per request (that cost is ours); it is not printed.
    handleStructuredLogs: () => {},
  } as Parameters<typeof convertV4MiniflareOptions>[0]);
  const mf = new Miniflare(options);
  const url = (await mf.ready).origin;
  await waitUntilAnswering(state ? `${url}/healthz` : url);
  return { url, stop: () => mf.dispose() };
}

export const APP_CONFIG = path.join(ROOT, "wrangler.toml");
export const HELLO_CONFIG = path.join(ROOT, "bench/hello.wrangler.toml");
export const D1_CONFIG = path.join(ROOT, "bench/d1.wrangler.toml");
