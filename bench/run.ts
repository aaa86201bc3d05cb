/**
 * `npm run bench` — the hot paths of the archive against their floors (issue 11).
 *
 *   npm run bench                      # 100,000 published memorials + 50,000 pending revisions
 *   npm run bench -- --million         # 1,000,000 (generating it takes about 20 minutes)
 *   options: --count N  --seconds 10  --connections 10  --floor-requests 300  --no-write
 *
 * 1. Generates the database once (bench/generate.ts → .wrangler/bench-<count>) and measures a
 *    fresh copy of it, so every run starts from the same data and the same queue.
 * 2. For `npm start` (wrangler dev) and for workerd serving the built bundle directly: a
 *    hello-world Hono Worker on the same runtime (the request-path floor), then each hot path
 *    with autocannon at a fixed concurrency, from this process.
 * 3. The data floor: the same requests through the archive's code in Node on the same SQLite file,
 *    timing only SQLite (bench/floor.ts).
 * 4. Prints the table and appends it, with machine, commit and command, to bench/RESULTS.md.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { flag, option, ROOT, wranglerOrExit } from "../scripts/lib/cli";
import { measureFloors, type FloorResult } from "./floor";
import { hotPaths, prepareHotPaths, type HotPath } from "./hot-paths";
import { drive, type LoadResult } from "./http-load";
import { d1SqliteFile } from "./local-sqlite";
import { APP_CONFIG, D1_CONFIG, HELLO_CONFIG, startDirect, startFloorWranglerDev, startNpmStart, type BenchServer, type ServerKind } from "./servers";

const count = flag("million") ? 1_000_000 : Number(option("count") ?? "100000");
const seconds = Number(option("seconds") ?? "10");
const connections = Number(option("connections") ?? "10");
const floorRequests = Number(option("floor-requests") ?? "300");
/** Comma-separated parts of hot-path names, e.g. `--only memorial,home` (for profiling). */
const only = option("only")?.split(",");
const selected = (name: string) => !only || only.some((part) => name.includes(part));
const PORT = Number(process.env.PORT || "8795");
const base = path.join(ROOT, `.wrangler/bench-${count}`);
const work = path.join(ROOT, `.wrangler/bench-${count}-run`);
const load = { connections, seconds, warmupSeconds: Math.min(3, seconds) };
const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(" / ");

function hasMemorials(state: string): boolean {
  try {
    const db = new DatabaseSync(d1SqliteFile(state), { readOnly: true });
    const { n } = db.prepare("SELECT count(*) AS n FROM memorials").get() as { n: number };
    db.close();
    return n > 0;
  } catch {
    return false;
  }
}

if (!hasMemorials(base)) {
  console.log(`Generating ${count} memorials into ${path.relative(ROOT, base)} (once; later runs reuse it)…`);
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "bench/generate.ts", "--count", String(count)], { cwd: ROOT, stdio: "inherit", env: { ...process.env, STATE_DIR: base } });
}
console.log(`Copying ${path.relative(ROOT, base)} to ${path.relative(ROOT, work)}…`);
await rm(work, { recursive: true, force: true });
execFileSync("cp", ["-r", "--reflink=auto", base, work]);
// Migrations written after the data was generated (new indexes, say) apply to the copy.
await wranglerOrExit(["d1", "migrations", "apply", "DB", "--local", "--persist-to", work]);
const file = d1SqliteFile(work);
const setup = new DatabaseSync(file);
setup.exec("ANALYZE");
const facts = {
  memorials: (setup.prepare("SELECT count(*) AS n FROM memorials WHERE status = 'published'").get() as { n: number }).n,
  pending: (setup.prepare("SELECT count(*) AS n FROM revisions WHERE status = 'pending'").get() as { n: number }).n,
  megabytes: statSync(file).size / 2 ** 20,
};
// Enough contributors that no one reaches the daily quota even at 2,000 submissions a second.
const data = await prepareHotPaths(setup, { submissions: 2 * 2000 * (seconds + load.warmupSeconds) });
setup.close();
console.log(`${facts.memorials} published memorials, ${facts.pending} pending revisions, ${facts.megabytes.toFixed(0)} MiB`);

interface ServerRun {
  kind: ServerKind;
  hello: LoadResult;
  d1: LoadResult;
  paths: Map<string, LoadResult>;
}

const floorPath = (name: string): HotPath => ({ name, target: "", ok: [200], next: () => ({ method: "GET", path: "/", headers: {} }) });

/** One request first, so a route that fails outright says why instead of producing empty figures. */
async function probe(url: string, hotPath: HotPath): Promise<void> {
  const next = hotPath.next();
  const started = performance.now();
  const res = await fetch(`${url}${next.path}`, { method: next.method, headers: next.headers, body: next.body, redirect: "manual" });
  const body = await res.text();
  const elapsed = (performance.now() - started).toFixed(0);
  if (!hotPath.ok.includes(res.status)) throw new Error(`${hotPath.name}: ${next.method} ${next.path} answered ${res.status} in ${elapsed} ms: ${body.slice(0, 400)}`);
  console.log(`  ${hotPath.name}: first request ${res.status} in ${elapsed} ms, page cache ${res.headers.get("x-page-cache") ?? "not used"}`);
  if (hotPath.cached && !hotPath.repeatShare) {
    const again = await fetch(`${url}${next.path}`, { method: next.method, headers: next.headers, redirect: "manual" });
    await again.text();
    // A "cache hit" row must measure hits: refuse to report figures for a cache that does not answer.
    if (again.headers.get("x-page-cache") !== "hit") throw new Error(`${hotPath.name}: the repeated request was not a cache hit (${again.headers.get("x-page-cache")})`);
  }
}

/**
 * autocannon stops counting at the end of a run, but the requests it had sent are still being
 * served; the next route must not pay for them. /healthz answers once they are done.
 */
async function settle(url: string): Promise<void> {
  for (let i = 0; i < 3; i++) await (await fetch(`${url}/healthz`)).text();
}

async function measureFloor(name: string, start: () => Promise<BenchServer>): Promise<LoadResult> {
  const server = await start();
  const result = await drive(server.url, floorPath(name), load).finally(() => server.stop());
  console.log(`  ${name}: ${result.throughput.toFixed(0)}/s, p50 ${result.p50} p95 ${result.p95} ms`);
  return result;
}

async function measure(kind: ServerKind, floors: { hello: () => Promise<BenchServer>; d1: () => Promise<BenchServer> }, startApp: () => Promise<BenchServer>): Promise<ServerRun> {
  console.log(kind);
  const hello = await measureFloor("hello world", floors.hello);
  const d1 = await measureFloor("D1 SELECT 1", floors.d1);
  const server = await startApp();
  const paths = new Map<string, LoadResult>();
  try {
    for (const hotPath of hotPaths(data, server.url).filter((p) => selected(p.name))) {
      await probe(server.url, hotPath);
      const result = await drive(server.url, hotPath, load);
      await settle(server.url);
      paths.set(hotPath.name, result);
      const repeats = hotPath.repeatShare ? `, ${(100 * hotPath.repeatShare()).toFixed(0)}% of requests for a page requested before` : "";
      console.log(`  ${hotPath.name}: ${result.throughput.toFixed(0)}/s, p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms, errors ${result.errors} ${JSON.stringify(result.statuses)}${repeats}`);
      if (hotPath.repeatShare) repeatShares.set(`${kind} ${hotPath.name}`, hotPath.repeatShare());
    }
  } finally {
    await server.stop();
  }
  return { kind, hello, d1, paths };
}

const runs: ServerRun[] = [];
/** The Zipf mix's share of repeat requests (expected cache hits), per server and route. */
const repeatShares = new Map<string, number>();
if (!flag("floor-only")) {
  runs.push(await measure("direct", { hello: () => startDirect(HELLO_CONFIG, null, PORT), d1: () => startDirect(D1_CONFIG, work, PORT) }, () => startDirect(APP_CONFIG, work, PORT)));
  runs.push(await measure("npm-start", { hello: () => startFloorWranglerDev(HELLO_CONFIG, path.join(ROOT, ".wrangler/bench-hello"), PORT + 1), d1: () => startFloorWranglerDev(D1_CONFIG, work, PORT + 1) }, () => startNpmStart(work, PORT + 1)));
}
// Cached routes answer without D1 after their first request: no data floor to measure.
const floors = await measureFloors(file, APP_CONFIG, hotPaths(data, "http://127.0.0.1").filter((p) => selected(p.name) && !p.cached), floorRequests, { sqlProfile: flag("sql-profile") });
for (const [name, f] of floors) {
  console.log(`floor ${name}: SQL p50 ${f.p50.toFixed(2)} p95 ${f.p95.toFixed(2)} ms, ${f.statements.toFixed(1)} statements in ${f.roundTrips.toFixed(1)} round trips; whole request in Node p50 ${f.node.p50.toFixed(2)} p95 ${f.node.p95.toFixed(2)} ms, CPU ${f.cpuMs.toFixed(2)} ms; errors ${f.errors}`);
}
if (runs.length === 0) process.exit(0);

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
function table(run: ServerRun): string[] {
  const floorRow = (name: string, r: LoadResult) =>
    `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.throughput.toFixed(0)} | ${((100 * r.throughput) / run.hello.throughput).toFixed(0)}% | ${((100 * r.throughput) / run.d1.throughput).toFixed(0)}% | ${r.errors} | — | — | — | — |`;
  const lines = [
    `| route | p50 | p95 | p99 | req/s | % of hello-world req/s | % of D1 floor req/s | errors | D1 round trips | SQL floor p50 / p95 | p95 ÷ SQL floor p95 | target |`,
    `|---|---|---|---|---|---|---|---|---|---|---|---|`,
    floorRow("floor: hello world", run.hello),
    floorRow("floor: D1 SELECT 1", run.d1),
  ];
  for (const [name, r] of run.paths) {
    const f = floors.get(name) as FloorResult | undefined;
    const share = `${((100 * r.throughput) / run.hello.throughput).toFixed(0)}%`;
    const target = hotPaths(data, "").find((p) => p.name === name)!.target;
    const d1Share = `${((100 * r.throughput) / run.d1.throughput).toFixed(0)}%`;
    if (!f) {
      const repeatShare = repeatShares.get(`${run.kind} ${name}`);
      const repeats = repeatShare === undefined ? "0 (cache)" : `${(100 * repeatShare).toFixed(0)}% repeats`;
      lines.push(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.throughput.toFixed(0)} | ${share} | ${d1Share} | ${r.errors} | ${repeats} | — | p95 ÷ hello world's: ${(r.p95 / Math.max(run.hello.p95, 0.01)).toFixed(1)} | ${target} |`);
      continue;
    }
    lines.push(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.throughput.toFixed(0)} | ${share} | ${d1Share} | ${r.errors} | ${f.roundTrips.toFixed(1)} | ${f.p50.toFixed(2)} / ${f.p95.toFixed(2)} | ${(r.p95 / Math.max(f.p95, 0.01)).toFixed(1)} | ${target} |`);
  }
  return lines;
}

function nodeTable(): string[] {
  const lines = [
    `| route | D1 statements | D1 round trips | SQL p50 | SQL p95 | whole request in Node p50 | p95 | CPU per request |`,
    `|---|---|---|---|---|---|---|---|`,
  ];
  for (const [name, f] of floors) lines.push(`| ${name} | ${f.statements.toFixed(1)} | ${f.roundTrips.toFixed(1)} | ${f.p50.toFixed(2)} | ${f.p95.toFixed(2)} | ${f.node.p50.toFixed(2)} | ${f.node.p95.toFixed(2)} | ${f.cpuMs.toFixed(2)} |`);
  return lines;
}

const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT }).toString().trim() ? " (with uncommitted changes)" : "";
const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
const report = [
  ``,
  `### ${facts.memorials.toLocaleString("en")} memorials, ${facts.pending.toLocaleString("en")} pending — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ``,
  `\`${command}\` at ${commit}${dirty}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, `
    + `load average before ${loadBefore} and after ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}; database ${facts.megabytes.toFixed(0)} MiB; `
    + `autocannon, ${connections} connections, ${seconds} s per route after ${load.warmupSeconds} s of warm-up; SQL floor over ${floorRequests} requests each; milliseconds.`,
  ``,
  `Workerd serving the built bundle directly (no proxy):`,
  ``,
  ...table(runs[0]!),
  ``,
  `Through \`npm start\` (wrangler dev):`,
  ``,
  ...table(runs[1]!),
  ``,
  `The data floor: the same requests through the archive's code in Node on the same SQLite file (node:sqlite), one at a time:`,
  ``,
  ...nodeTable(),
  ``,
].join("\n");
console.log(report);
if (!flag("no-write")) {
  const results = path.join(ROOT, "bench/RESULTS.md");
  if (!readFileSync(results, "utf8").includes("\n# Hot paths")) appendFileSync(results, `\n# Hot paths\n\nRuns of \`npm run bench\` (bench/run.ts), newest last; see "Reading the hot paths" above the first run.\n`);
  appendFileSync(results, report);
}
if (!flag("keep")) await rm(work, { recursive: true, force: true });
