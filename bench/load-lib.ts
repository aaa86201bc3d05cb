/** Pieces of the load test (bench/load.ts): accounts, documents, a timed HTTP client, figures. */
import { sql } from "drizzle-orm";
import { newSession } from "../src/platform/auth/session";
import { runBatch, type Database } from "../src/platform/db/client";
import { chunkedInserts } from "../src/platform/db/chunk";
import { sessions, users } from "../src/platform/db/schema";
import { newId } from "../src/platform/ids";

export interface Account {
  id: string;
  cookie: string;
}

/** Accounts with live sessions written straight into the database (no mail round trip per account). */
export async function createAccounts(db: Database, role: "contributor" | "moderator", count: number, tag: string): Promise<Account[]> {
  const now = Date.now();
  const made = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const id = newId("usr");
      const session = await newSession(id, now);
      return { user: { id, email: `${tag}-${role}-${i}@load.test`, role, displayName: `Load ${role} ${i}`, createdAt: now }, session: session.row, cookie: `zeugnis_session=${session.token}` };
    }),
  );
  for (let i = 0; i < made.length; i += 200) {
    const group = made.slice(i, i + 200);
    await runBatch(db, [...chunkedInserts(db, users, group.map((m) => m.user)), ...chunkedInserts(db, sessions, group.map((m) => m.session))]);
  }
  return made.map((m) => ({ id: m.user.id, cookie: m.cookie }));
}

const FAMILY = ["Zucker", "Neumann", "Schulz", "Bloch", "Thälmann", "Weiß", "Kuhn", "Eisler", "Roth", "Lehmann"];
const GIVEN = ["Max", "Margarete", "Erich", "Hans", "Frieda", "Kurt", "Anna", "Wilhelm", "Käthe", "Otto"];

/** A small valid person document; `n` makes it distinct. */
export function loadDocument(n: number) {
  const given = GIVEN[n % GIVEN.length]!;
  const family = FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]!;
  return {
    names: [{ primary: true, kind: "birth", display: `${given} ${family} ${n}`, given, family }],
    events: [
      { type: "arrest", date: { edtf: `${1937 + (n % 3)}` }, place: { name: "Moscow", country: "RU", lat: 55.75, lon: 37.61 }, sources: ["s1"] },
      { type: "handover", date: { edtf: "1940-02-08" }, place: { name: "Brest-Litovsk", country: "BY", lat: 52.09, lon: 23.73 }, sources: ["s1"] },
      { type: "death", date: { edtf: "1941" }, sources: ["s1"] },
    ],
    biography: { en: `Load test memorial number ${n}.` },
    sources: [{ id: "s1", kind: "archive", citation: `GARF f. 10035, op. 1, d. P-${n}` }],
  };
}

export const submissionBody = (n: number) => ({
  document: loadDocument(n),
  submitter: { relationship: "descendant", show_name: false },
  consent: { publish: true },
});

export class Stats {
  readonly latencies = new Map<string, number[]>();
  readonly statuses = new Map<number, number>();
  errors = 0;

  record(kind: string, ms: number, status: number) {
    (this.latencies.get(kind) ?? this.latencies.set(kind, []).get(kind)!).push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  get serverErrors() {
    return [...this.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  }

  percentile(kind: string, p: number): number {
    const sorted = [...(this.latencies.get(kind) ?? [])].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
  }

  summary(kind: string) {
    const n = this.latencies.get(kind)?.length ?? 0;
    return `${kind}: ${n} requests, p50 ${this.percentile(kind, 50).toFixed(0)} ms, p99 ${this.percentile(kind, 99).toFixed(0)} ms`;
  }
}

/** A request with its latency recorded; network failures (a killed server) come back as status 0. */
export async function timed(stats: Stats, kind: string, url: string, init: RequestInit = {}) {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    stats.record(kind, performance.now() - started, res.status);
    return { status: res.status, body };
  } catch {
    stats.errors++;
    return { status: 0, body: "" };
  }
}

/** Runs `work` for every item with `concurrency` workers. */
export async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Stored rows of the load's revisions, each with how many audit entries, mails and idempotency rows it has. */
export async function storedSubmissions(db: Database, userIds: string[]) {
  const ids = JSON.stringify(userIds);
  const users = sql`(SELECT value FROM json_each(${ids}))`;
  const rows = await db.all<{ id: string; document: string; status: string }>(sql`SELECT id, document, status FROM revisions WHERE submitter_id IN ${users}`);
  const audits = await db.all<{ id: string }>(sql`SELECT subject_id AS id FROM audit_log WHERE action = 'revision.submit' AND actor_id IN ${users}`);
  const mails = await db.all<{ link: string }>(sql`SELECT link FROM mail_outbox WHERE link LIKE '%/my/submissions/rev_%'`);
  const keys = await db.all<{ body: string }>(sql`SELECT response_body AS body FROM idempotency_keys WHERE user_id IN ${users}`);
  const tally = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
  const audit = tally(audits.map((a) => a.id));
  const mail = tally(mails.map((m) => m.link.slice(m.link.lastIndexOf("/") + 1)));
  const keyed = tally(keys.map((k) => (JSON.parse(k.body) as { id: string }).id));
  return rows.map((r) => ({ ...r, audit: audit.get(r.id) ?? 0, mail: mail.get(r.id) ?? 0, keyed: keyed.get(r.id) ?? 0 }));
}
