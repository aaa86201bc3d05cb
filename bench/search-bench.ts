/**
 * `npm run bench:search -- --count 100000` — search latency through `wrangler dev` (HTTP, one
 * request at a time) and, in the same run, the same SQL on the same SQLite file with node:sqlite
 * as the floor. Prints p50/p95/p99 per query kind and appends them to bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { SQL } from "drizzle-orm";
import { rawSearchParams, searchParamsSchema } from "../src/archive/search/search-params";
import { searchMemorials, type Execute } from "../src/archive/search/search.service";
import { flag, option, ROOT } from "../scripts/lib/cli";
import { d1SqliteFile } from "./local-sqlite";
import { buildQueryMix, KINDS, type BenchQuery, type Kind } from "./query-mix";

const count = option("count") ?? "100000";
const state = path.resolve(ROOT, process.env.STATE_DIR || `.wrangler/bench-${count}`);
const port = Number(process.env.PORT || option("port") || "8793");
const perKind = Number(option("per-kind") ?? "40");
const rounds = Number(option("rounds") ?? "3");
const file = d1SqliteFile(state);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 0.5), p95: percentile(s, 0.95), p99: percentile(s, 0.99) };
}

async function startWrangler(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"), "dev", "--ip", "127.0.0.1", "--port", String(port),
    "--persist-to", state, "--log-level", "error", "--show-interactive-dev-session=false",
    // Rounds repeat the same queries: measure search, not the page cache's hits (issue 24).
    "--var", "PAGE_CACHE_TTL_SECONDS:0"], {
    cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("wrangler dev did not answer within 2 minutes");
}

async function endToEnd(queries: BenchQuery[]) {
  const child = await startWrangler();
  const samples = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  const hits = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const baseline: number[] = [];
  try {
    // What wrangler dev costs without search: GET /healthz (one trivial D1 query).
    for (let i = 0; i < 100; i++) {
      const started = performance.now();
      await (await fetch(`http://127.0.0.1:${port}/healthz`)).text();
      if (i >= 20) baseline.push(performance.now() - started);
    }
    for (let round = 0; round <= rounds; round++) {
      for (const { kind, query } of queries) {
        const started = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/memorials?${query}`);
        const body = (await res.json()) as { items?: unknown[] };
        const elapsed = performance.now() - started;
        if (res.status !== 200) throw new Error(`${query}: HTTP ${res.status} ${JSON.stringify(body)}`);
        if (round === 0) {
          if ((body.items?.length ?? 0) > 0) hits.set(kind, hits.get(kind)! + 1);
          continue; // warm-up
        }
        samples.get(kind)!.push(elapsed);
      }
    }
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  }
  return { samples, hits, baseline };
}

/** workerd holds the database until it has shut down; wait for its lock to go. */
async function openWhenUnlocked(): Promise<DatabaseSync> {
  for (let attempt = 0; ; attempt++) {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      db.prepare("SELECT count(*) FROM search_docs WHERE doc < 10").get();
      return db;
    } catch (error) {
      db.close();
      if (attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The statements the Worker runs for one API search, through the same function, on node:sqlite. */
async function floor(queries: BenchQuery[]) {
  const db = await openWhenUnlocked();
  const dialect = new SQLiteSyncDialect();
  const execute: Execute = async <T>(query: SQL) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return db.prepare(sql).all(...(params as Array<string | number | null>)) as T[];
  };
  const samples = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const { kind, query } of queries) {
      const params = searchParamsSchema.parse(rawSearchParams(`http://bench/?${query}`));
      const started = performance.now();
      await searchMemorials(execute, params, { facets: false });
      if (round > 0) samples.get(kind)!.push(performance.now() - started);
    }
  }
  db.close();
  return samples;
}

const mixDb = new DatabaseSync(file, { readOnly: true });
const queries = buildQueryMix(mixDb, perKind);
const memorials = (mixDb.prepare("SELECT count(*) AS n FROM search_docs").get() as { n: number }).n;
const keys = (mixDb.prepare("SELECT count(*) AS n FROM search_keys").get() as { n: number }).n;
mixDb.close();
console.log(`${memorials} memorials, ${keys} name keys, ${queries.length} queries × ${rounds} rounds`);

const e2e = flag("floor-only") ? null : await endToEnd(queries);
const base = await floor(queries);

const fmt = (v: number) => v.toFixed(1);
const lines = [
  `| kind | queries with results | e2e p50 | e2e p95 | e2e p99 | floor p50 | floor p95 | floor p99 | p95 ratio |`,
  `|---|---|---|---|---|---|---|---|---|`,
];
const allE2e: number[] = [];
const allFloor: number[] = [];
for (const kind of [...KINDS]) {
  const e = e2e ? stats(e2e.samples.get(kind)!) : null;
  const f = stats(base.get(kind)!);
  allE2e.push(...(e2e?.samples.get(kind) ?? []));
  allFloor.push(...base.get(kind)!);
  const found = e2e ? `${e2e.hits.get(kind)}/${queries.filter((q) => q.kind === kind).length}` : "–";
  lines.push(`| ${kind} | ${found} | ${e ? fmt(e.p50) : "–"} | ${e ? fmt(e.p95) : "–"} | ${e ? fmt(e.p99) : "–"} | ${fmt(f.p50)} | ${fmt(f.p95)} | ${fmt(f.p99)} | ${e ? (e.p95 / f.p95).toFixed(1) : "–"} |`);
}
const E = e2e ? stats(allE2e) : null;
const B = e2e ? stats(e2e.baseline) : null;
const F = stats(allFloor);
lines.push(`| **all** | | ${E ? fmt(E.p50) : "–"} | ${E ? fmt(E.p95) : "–"} | ${E ? fmt(E.p99) : "–"} | ${fmt(F.p50)} | ${fmt(F.p95)} | ${fmt(F.p99)} | ${E ? (E.p95 / F.p95).toFixed(1) : "–"} |`);

const command = `npm run bench:search -- ${process.argv.slice(2).join(" ")}`.trim();
const report = [
  ``,
  `### ${memorials.toLocaleString("en")} memorials — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ``,
  `\`${command}\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (other sessions share the machine); `
    + `database ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB, ${keys.toLocaleString("en")} name keys; ${queries.length} queries × ${rounds} rounds after one warm-up round; milliseconds.`,
  ``,
  ...lines,
  ``,
  ...(B ? [`Baseline of the same wrangler dev, GET /healthz: p50 ${fmt(B.p50)}, p95 ${fmt(B.p95)}, p99 ${fmt(B.p99)} ms.`, ``] : []),
].join("\n");
console.log(report);
if (!flag("no-write")) appendFileSync(path.join(ROOT, "bench/RESULTS.md"), report);
