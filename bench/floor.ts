/**
 * The data floor of each hot path: the archive's own code runs in Node against the same SQLite
 * file through node:sqlite (bench/node-d1.ts), one request at a time, and only the time spent
 * inside SQLite is counted. Requests, SQL and plans are exactly those of the Worker; what is left
 * out is workerd, HTTP, D1's plumbing, rendering and the JSON work around the queries.
 *
 * better-sqlite3 was the suggested floor; its prebuilt binary cannot be downloaded here, and
 * node:sqlite is the same SQLite library, synchronous and in-process: the same role.
 */
import { DatabaseSync } from "node:sqlite";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { percentiles, type Percentiles } from "./http-load";
import type { HotPath } from "./hot-paths";
import { NodeD1 } from "./node-d1";

export interface FloorResult extends Percentiles {
  /** The whole request through the archive's code in Node (SQL, rendering, JSON): where time goes. */
  node: Percentiles;
  /** CPU time of the whole process per request, in Node (mean). */
  cpuMs: number;
  /** Statements per request (mean). */
  statements: number;
  /** Round trips to D1 per request (mean): a batch is one. */
  roundTrips: number;
  /** Requests whose status was not what the path expects. */
  errors: number;
}

/** The Worker's vars from wrangler.toml and inert stand-ins for bindings no hot path touches. */
function nodeEnv(d1: NodeD1, config: string): Env {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(config);
  const unused = (name: string) => new Proxy({}, { get: () => () => Promise.reject(new Error(`${name} is not available in the data floor`)) });
  return {
    ...(workerOptions.bindings as Record<string, string>),
    DB: d1,
    MEDIA: unused("MEDIA"),
    BACKUPS: unused("BACKUPS"),
    EMAIL: unused("EMAIL"),
    ASSETS: unused("ASSETS"),
    RATE_LIMITER: { limit: async () => ({ success: true }) },
  } as unknown as Env;
}

/** Opens the database once workerd, which holds a lock on it while it runs, has let go. */
async function openWhenUnlocked(file: string): Promise<DatabaseSync> {
  for (let attempt = 0; ; attempt++) {
    const db = new DatabaseSync(file);
    try {
      db.exec("BEGIN IMMEDIATE; COMMIT;");
      return db;
    } catch (error) {
      db.close();
      if (attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function measureFloors(file: string, config: string, paths: HotPath[], requestsPerPath: number, options: { sqlProfile?: boolean } = {}): Promise<Map<string, FloorResult>> {
  const db = await openWhenUnlocked(file);
  const d1 = new NodeD1(db);
  const env = nodeEnv(d1, config);
  // The Worker writes one JSON log line per request; the floor does not measure logging.
  const log = console.log;
  console.log = () => {};
  const { app } = await import("../src/index");
  const results = new Map<string, FloorResult>();
  try {
    for (const hotPath of paths) {
      const samples: number[] = [];
      const whole: number[] = [];
      let statements = 0;
      let roundTrips = 0;
      let errors = 0;
      let cpu = { user: 0, system: 0 };
      if (options.sqlProfile) d1.clock.bySql = new Map();
      for (let i = 0; i < requestsPerPath + 20; i++) {
        const next = hotPath.next();
        const pending: Array<Promise<unknown>> = [];
        const ctx = { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
        d1.clock.ms = 0;
        d1.clock.statements = 0;
        d1.clock.roundTrips = 0;
        const started = performance.now();
        const res = await app.fetch(new Request(`http://127.0.0.1${next.path}`, { method: next.method, headers: { ...next.headers, origin: "http://127.0.0.1" }, body: next.body }), env, ctx);
        await res.arrayBuffer();
        const elapsed = performance.now() - started;
        await Promise.allSettled(pending);
        if (!hotPath.ok.includes(res.status)) errors++;
        // The first 20 warm SQLite's page cache and V8's JIT.
        if (i < 20) continue;
        if (i === 20) cpu = process.cpuUsage();
        samples.push(d1.clock.ms);
        whole.push(elapsed);
        statements += d1.clock.statements;
        roundTrips += d1.clock.roundTrips;
      }
      const used = process.cpuUsage(cpu);
      if (d1.clock.bySql) printSqlProfile(hotPath.name, d1.clock.bySql, log);
      results.set(hotPath.name, { ...percentiles(samples), node: percentiles(whole), cpuMs: (used.user + used.system) / 1000 / (requestsPerPath - 1), statements: statements / requestsPerPath, roundTrips: roundTrips / requestsPerPath, errors });
    }
  } finally {
    console.log = log;
    db.close();
  }
  return results;
}

/** The statements of a route by their total time inside SQLite, most expensive first. */
function printSqlProfile(name: string, bySql: Map<string, { ms: number; count: number }>, print: (line: string) => void) {
  const total = [...bySql.values()].reduce((sum, e) => sum + e.ms, 0);
  print(`SQL profile of ${name}: ${total.toFixed(0)} ms in ${bySql.size} distinct statements`);
  for (const [sql, e] of [...bySql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    print(`  ${((100 * e.ms) / total).toFixed(1)}%  ${e.count}×  ${(e.ms / e.count).toFixed(3)} ms  ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
  }
}
