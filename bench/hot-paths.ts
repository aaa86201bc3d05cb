/**
 * The hot paths of the performance issue and the requests that exercise them, drawn from the
 * generated database (bench/generate.ts) with a fixed seed. The same request sequence goes to
 * every server and to the data floor (bench/floor.ts), so the figures compare like with like.
 */
import type { DatabaseSync } from "node:sqlite";
import { newSession } from "../src/platform/auth/session";
import { isPossiblyLiving } from "../src/domain/possibly-living";
import type { PersonDocument } from "../src/domain/person-document";
import { submissionBody } from "./load-lib";
import { toColumns } from "./local-sqlite";
import { rng } from "./names";
import { buildQueryMix } from "./query-mix";

export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HotPath {
  name: string;
  /** What the issue asks of it, shown beside the figures. */
  target: string;
  /** The statuses that count as success. */
  ok: number[];
  /** Answered from the page cache after its first request: no data floor to compare with. */
  cached?: true;
  /** For a visitor mix: the share of requests for a page requested before (the expected hits). */
  repeatShare?: () => number;
  /** The next request; every call gives a new one where the route needs it (writes). */
  next(): BenchRequest;
}

/** Submissions a person may send per day (src/editorial/submissions/submission-quota.ts) — kept below it. */
const PER_CONTRIBUTOR = 25;

interface Account {
  id: string;
  cookie: string;
}

/** Accounts with live sessions, written straight into the database before any server starts. */
async function createAccounts(db: DatabaseSync, role: "contributor" | "moderator", count: number): Promise<Account[]> {
  const now = Date.now();
  const accounts: Account[] = [];
  const insert = (table: string, row: Record<string, unknown>) => {
    const { names, values } = toColumns(row);
    db.prepare(`INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`).run(...values);
  };
  db.exec("BEGIN");
  for (let i = 0; i < count; i++) {
    const id = `usr_benchrun_${role.slice(0, 3)}${i.toString(36)}_${now.toString(36)}`;
    const session = await newSession(id, now);
    insert("users", { id, email: `${id}@bench.invalid`, displayName: `Bench ${role} ${i}`, role, createdAt: now });
    insert("sessions", session.row);
    accounts.push({ id, cookie: `zeugnis_session=${session.token}` });
  }
  db.exec("COMMIT");
  return accounts;
}

interface PendingRevision {
  id: string;
  version: number;
  living: boolean;
  correction: boolean;
}

/** Everything the hot paths need from the database: slugs, ids, queries, accounts, the queue. */
export async function prepareHotPaths(db: DatabaseSync, options: { submissions: number }) {
  const r = rng(1941);
  const total = (db.prepare("SELECT max(rowid) AS n FROM memorials").get() as { n: number }).n;
  const sample = db.prepare("SELECT id, slug FROM memorials WHERE rowid = ? AND status = 'published'");
  const memorials: Array<{ id: string; slug: string }> = [];
  while (memorials.length < 2000) {
    const row = sample.get(r.int(1, total)) as { id: string; slug: string } | undefined;
    if (row) memorials.push(row);
  }
  const searches = buildQueryMix(db, 40).map((q) => q.query);
  const pending = (db.prepare("SELECT id, version, kind, document FROM revisions WHERE status = 'pending' ORDER BY submitted_at, id").all() as Array<{ id: string; version: number; kind: string; document: string }>)
    .map((row): PendingRevision => ({ id: row.id, version: row.version, living: isPossiblyLiving(JSON.parse(row.document) as PersonDocument), correction: row.kind === "correction" }));
  const [moderator] = await createAccounts(db, "moderator", 1);
  const contributors = await createAccounts(db, "contributor", Math.ceil(options.submissions / PER_CONTRIBUTOR));
  // Writes consume pending revisions and quota; every server continues where the last stopped.
  const used = { submitted: 0, approved: 0 };
  return { memorials, searches, pending, moderator: moderator!, contributors, used };
}

export type HotPathData = Awaited<ReturnType<typeof prepareHotPaths>>;

function cycle<T>(items: T[]) {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** A unique query string per request: every request misses the page cache and is rendered. */
function uncached() {
  let n = 0;
  return (path: string) => `${path}${path.includes("?") ? "&" : "?"}bench=${n++}`;
}

/**
 * Visitors' choice of memorial: Zipf (s = 1) over the sample, the commonest first, seeded. Counts
 * requests for a memorial already requested, which the page cache answers (within its TTL and with
 * no public change meanwhile, as in the run).
 */
function zipfVisitors<T extends { id: string }>(items: T[], seed: number) {
  const r = rng(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) cumulative.push((total += 1 / (i + 1)));
  const seen = new Set<string>();
  let requests = 0;
  let repeats = 0;
  const next = () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    const item = items[lo]!;
    requests++;
    if (seen.has(item.id)) repeats++;
    else seen.add(item.id);
    return item;
  };
  return { next, repeatShare: () => (requests === 0 ? 0 : repeats / requests) };
}

/**
 * The routes of the issue, in the order they are measured, for a server at `origin` (writes carry
 * it as their Origin, as browsers do).
 */
export function hotPaths(data: HotPathData, origin: string): HotPath[] {
  const memorial = cycle(data.memorials);
  const search = cycle(data.searches);
  const miss = uncached();
  // The page cache's hits: a few pages, all requested during the warm-up.
  const popular = cycle(data.memorials.slice(0, 20));
  const visitors = zipfVisitors(data.memorials, 1942);
  const { used } = data;
  const json = (cookie: string) => ({ cookie, "content-type": "application/json", origin });
  const get = (path: string): BenchRequest => ({ method: "GET", path, headers: {} });
  const hitTarget = "≥ 80% of hello-world throughput, p95 ≤ 1.5× hello world's";
  return [
    { name: "memorial page (HTML), cache miss", target: "p95 ≤ 15 ms, ≥ 50% of hello-world throughput", ok: [200], next: () => get(miss(`/memorials/${memorial().slug}`)) },
    { name: "memorial page (HTML), cache hit", target: hitTarget, ok: [200], cached: true, next: () => get(`/memorials/${popular().slug}`) },
    { name: "memorial page (HTML), Zipf visitors", target: "—", ok: [200], cached: true, repeatShare: visitors.repeatShare, next: () => get(`/memorials/${visitors.next().slug}`) },
    { name: "memorial API, cache miss", target: "p95 ≤ 15 ms, ≥ 50% of hello-world throughput", ok: [200], next: () => get(miss(`/api/v1/memorials/${memorial().id}`)) },
    { name: "memorial API, cache hit", target: hitTarget, ok: [200], cached: true, next: () => get(`/api/v1/memorials/${popular().id}`) },
    { name: "home, cache miss", target: "—", ok: [200], next: () => get(miss("/")) },
    { name: "home, cache hit", target: "≥ 80% of hello-world throughput", ok: [200], cached: true, next: () => get("/") },
    { name: "browse A–Z, cache hit", target: "≥ 80% of hello-world throughput", ok: [200], cached: true, next: () => get("/browse/a-z/z") },
    { name: "map, cache hit", target: "≥ 80% of hello-world throughput", ok: [200], cached: true, next: () => get("/map") },
    { name: "search (mix), cache miss", target: "p95 ≤ 50 ms, ≤ 3× the SQLite floor", ok: [200], next: () => get(miss(`/api/v1/memorials?${search()}`)) },
    { name: "moderation queue page", target: "p95 ≤ 30 ms", ok: [200], next: () => ({ method: "GET", path: "/moderation", headers: { cookie: data.moderator.cookie } }) },
    {
      name: "submission POST",
      target: "≥ 300/s sustained, 0 errors",
      ok: [201],
      next: () => {
        const n = used.submitted++;
        const account = data.contributors[Math.floor(n / PER_CONTRIBUTOR) % data.contributors.length]!;
        return { method: "POST", path: "/api/v1/submissions", headers: { ...json(account.cookie), "idempotency-key": `bench-${account.id}-${n}` }, body: JSON.stringify(submissionBody(n)) };
      },
    },
    {
      name: "approval",
      target: "p95 ≤ 30 ms",
      ok: [200],
      next: () => {
        const revision = data.pending[used.approved++ % data.pending.length]!;
        // Two corrections of one memorial: the second is based on a revision that is no longer
        // current, and a moderator approves it only after confirming they compared the two.
        const body = {
          action: "approve",
          version: revision.version,
          ...(revision.living ? { living_confirmation: "death_confirmed" } : {}),
          ...(revision.correction ? { conflict_confirmed: true } : {}),
        };
        return { method: "POST", path: `/api/v1/moderation/revisions/${revision.id}/decision`, headers: json(data.moderator.cookie), body: JSON.stringify(body) };
      },
    },
  ];
}
