/**
 * Every public page's queries use indexes (issue 11): a visitor requests every public page, API
 * answer, feed, export and protocol verb through the whole Worker, every SQL statement they run
 * on the real D1 is recorded, and SQLite's plan for each must not read a whole large table.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import worker, { app } from "../../src/index";
import { ORIGIN } from "../helpers/app";
import { recordingD1, type RecordedStatement } from "../helpers/recording-d1";
import { ROUTES } from "../security/route-table";
import { seedArchive, type Archive } from "./archive";
import { PUBLIC_VISITS, type Visit } from "./public-visits";
import { tableNames } from "./large-tables";
import { explain, formatPlan, fullScans, worthALook, type PlanRow } from "./query-plan";

/** A statement with the requests that ran it. */
interface Seen {
  statement: RecordedStatement;
  by: string[];
}

async function visit(route: string, v: Visit, seen: Map<string, Seen>): Promise<Response> {
  const log: RecordedStatement[] = [];
  const init: RequestInit = v.form ? { method: "POST", body: new URLSearchParams(v.form) } : {};
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(new URL(v.path, ORIGIN), { ...init, redirect: "manual" }), { ...env, DB: recordingD1(env.DB, log) }, ctx);
  await res.arrayBuffer(); // streamed answers (the exports) query as they are read
  await waitOnExecutionContext(ctx);
  for (const statement of log) {
    const entry = seen.get(statement.sql) ?? { statement, by: [] };
    entry.by.push(`${route}: ${v.form ? "POST" : "GET"} ${v.path}`);
    seen.set(statement.sql, entry);
  }
  return res;
}

const requestsOf = (by: string[]) => `${by[0]}${by.length > 1 ? ` (and ${by.length - 1} more)` : ""}`;

/** Routes a visitor may call (route table: not 401/403 for the visitor). */
function visitorRoutes(): string[] {
  const keys = new Set(app.routes.map((r) => `${r.method} ${r.path}`));
  return [...keys].filter((key) => {
    const row = ROUTES[key];
    const readable = key.startsWith("GET ") || key === "POST /oai";
    return readable && row && row.expect.visitor !== 401 && row.expect.visitor !== 403;
  });
}

let archive: Archive;
let tables: Set<string>;
const seen = new Map<string, Seen>();
const statuses: string[] = [];
let requests = 0;

beforeAll(async () => {
  archive = await seedArchive();
  tables = await tableNames(env.DB);
  for (const [route, visits] of Object.entries(PUBLIC_VISITS)) {
    for (const v of await visits(archive)) {
      const res = await visit(route, typeof v === "string" ? { path: v } : v, seen);
      requests++;
      if (res.status >= 500) statuses.push(`${res.status} ${route} ${typeof v === "string" ? v : v.path}`);
    }
  }
}, 240_000);

describe("the queries behind every public page", () => {
  it("cover every route a visitor can call", () => {
    const routes = visitorRoutes();
    expect(routes.filter((r) => !(r in PUBLIC_VISITS)), "public routes missing from tests/performance/public-visits.ts").toEqual([]);
    expect(Object.keys(PUBLIC_VISITS).filter((r) => !routes.includes(r)), "visits of routes that are gone or not public").toEqual([]);
    expect(statuses, "requests that failed").toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });

  it("never read a whole large table", async () => {
    const failures: string[] = [];
    for (const { statement, by } of seen.values()) {
      let plan: PlanRow[];
      try {
        plan = await explain(env.DB, statement);
      } catch (error) {
        failures.push(`${by[0]}\n  could not EXPLAIN (${String(error)}):\n  ${statement.sql}`);
        continue;
      }
      for (const f of fullScans(statement.sql, plan, tables)) {
        failures.push(`${requestsOf(by)}\n  ${f.why} of ${f.tables.join("/")}: ${f.row.detail}\n  SQL: ${statement.sql}\n  params: ${JSON.stringify(statement.params)}\n  plan:\n${formatPlan(plan)}`);
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });

  it("reports what it checked, and the sorts and index walks worth a look (npx vitest run tests/performance --silent=false)", async () => {
    const notes: string[] = [];
    for (const { statement, by } of seen.values()) {
      const plan = await explain(env.DB, statement);
      const look = worthALook(statement.sql, plan, tables);
      if (look.length) notes.push(`${requestsOf(by)}\n  ${look.join("; ")}\n  SQL: ${statement.sql.replace(/\s+/g, " ").slice(0, 600)}`);
    }
    console.log(`query plans: ${seen.size} distinct statements from ${requests} requests to ${Object.keys(PUBLIC_VISITS).length} routes\n\n${notes.join("\n\n")}`);
    expect(requests).toBeGreaterThan(0);
  });
});
