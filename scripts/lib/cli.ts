/** Small helpers shared by the command-line scripts (run through `npm run`, i.e. Node 24). */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Wrangler and Miniflare reach out to Cloudflare (metrics, the request.cf data). The archive must
 * run offline, so both are switched off for every wrangler started here and in this process.
 */
export const OFFLINE_ENV = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
Object.assign(process.env, OFFLINE_ENV);

/** Where local D1/R2 state lives: $STATE_DIR, as api.md documents (default .wrangler/state). */
export function stateDir(): string {
  return path.resolve(ROOT, process.env.STATE_DIR || ".wrangler/state");
}

/** `--name value` or `--name=value` from argv. */
export function option(name: string, argv = process.argv.slice(2)): string | undefined {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  const arg = argv[index]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
}

export function flag(name: string, argv = process.argv.slice(2)): boolean {
  return argv.includes(`--${name}`);
}

/** Runs wrangler from node_modules with the project's Node; resolves with its exit code. */
export function wrangler(args: string[], options: { capture?: boolean } = {}): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"), ...args], {
      cwd: ROOT,
      stdio: options.capture ? ["ignore", "pipe", "inherit"] : "inherit",
      env: { ...process.env, ...OFFLINE_ENV },
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout }));
  });
}

export async function wranglerOrExit(args: string[]): Promise<void> {
  const { code } = await wrangler(args);
  if (code !== 0) {
    console.error(`wrangler ${args.join(" ")} failed with exit code ${code}`);
    process.exit(code);
  }
}

/** The demo memorials committed in src/operations/demo/demo-persons.json. */
export async function readDemoPersons(): Promise<import("../../src/operations/demo/demo-loader").DemoPerson[]> {
  const { readFile } = await import("node:fs/promises");
  const file = path.join(ROOT, "src/operations/demo/demo-persons.json");
  return (JSON.parse(await readFile(file, "utf8")) as { persons: import("../../src/operations/demo/demo-loader").DemoPerson[] }).persons;
}

/** The demo groups committed in src/operations/demo/demo-groups.json (transports, lists, figures). */
export async function readDemoGroups(): Promise<import("../../src/operations/demo/demo-groups-loader").DemoGroup[]> {
  const { readFile } = await import("node:fs/promises");
  const file = path.join(ROOT, "src/operations/demo/demo-groups.json");
  return (JSON.parse(await readFile(file, "utf8")) as { groups: import("../../src/operations/demo/demo-groups-loader").DemoGroup[] }).groups;
}
