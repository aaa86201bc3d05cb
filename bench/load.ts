/**
 * `npm run test:load` — the archive under load and through a crash (issue 7, "Reliability").
 *
 * 1. Load: `--clients` (50) concurrent clients send `--submissions` (10,000) submissions, each with
 *    an Idempotency-Key; every tenth is retried with the same key (every twentieth of those twice
 *    at once), while moderators approve from the queue and visitors read pages. Afterwards the
 *    database must hold exactly one revision per acknowledged key, each with its audit entry,
 *    mail and idempotency row; every approval answered 200 is a published memorial; no 5xx.
 * 2. Crash: `--crash-submissions` (2,000) more; halfway the server is killed with SIGKILL and
 *    started again. Every submission acknowledged before the kill is there, none is half-stored,
 *    and clients that retry what was in flight (same key) get exactly one revision each.
 *
 * Runs its own server: PORT (default 8812), STATE_DIR (default .wrangler/state-load), wiped first.
 * Prints throughput and p50/p99 latencies; exits non-zero when a check fails.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { option, ROOT, wranglerOrExit } from "../scripts/lib/cli";
import { withLocalDb } from "../scripts/lib/local-d1";
import { startLocalServer, type LocalServer } from "../scripts/lib/local-server";
import { createAccounts, pool, Stats, storedSubmissions, submissionBody, timed, type Account } from "./load-lib";

const SUBMISSIONS = Number(option("submissions") ?? 10_000);
const CRASH_SUBMISSIONS = Number(option("crash-submissions") ?? 2_000);
const CLIENTS = Number(option("clients") ?? 50);
const PORT = Number(process.env.PORT || 8812);
const STATE = path.resolve(ROOT, process.env.STATE_DIR || ".wrangler/state-load");
/** The daily submission quota is 30 per person; 25 each stays under it. */
const PER_ACCOUNT = 25;

const failures: string[] = [];
/** Acknowledged submissions missing from the database. */
let lost = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

interface Sent {
  n: number;
  key: string;
  account: Account;
  /** The revision id the server acknowledged (2xx), if it did. */
  id?: string;
}

async function submit(server: LocalServer, stats: Stats, item: Sent): Promise<string | undefined> {
  const res = await timed(stats, "submit", `${server.url}/api/v1/submissions`, {
    method: "POST",
    headers: { cookie: item.account.cookie, "content-type": "application/json", "idempotency-key": item.key },
    body: JSON.stringify(submissionBody(item.n)),
  });
  if (res.status === 201) return (JSON.parse(res.body) as { id: string }).id;
  if (res.status !== 0) failures.push(`submission ${item.n}: ${res.status} ${res.body.slice(0, 200)}`);
  return undefined;
}

/** Moderators take the oldest pending revisions and approve them until told to stop. */
function moderate(server: LocalServer, stats: Stats, moderators: Account[], approved: Map<string, string>, stop: () => boolean) {
  return Promise.all(
    moderators.map(async (moderator, m) => {
      while (!stop()) {
        const queue = await timed(stats, "queue", `${server.url}/api/v1/moderation/queue?status=pending&limit=20`, { headers: { cookie: moderator.cookie } });
        const items = queue.status === 200 ? (JSON.parse(queue.body) as { items: Array<{ id: string; version: number; claimed_by: string | null }> }).items : [];
        // Each moderator starts at a different place in the page, as people picking work would.
        for (const item of items.slice(m * 5).concat(items.slice(0, m * 5))) {
          if (stop()) break;
          if (item.claimed_by || approved.has(item.id)) continue;
          const res = await timed(stats, "approve", `${server.url}/api/v1/moderation/revisions/${item.id}/decision`, {
            method: "POST",
            headers: { cookie: moderator.cookie, "content-type": "application/json" },
            body: JSON.stringify({ action: "approve", version: item.version }),
          });
          if (res.status === 200) approved.set(item.id, (JSON.parse(res.body) as { memorial_id: string }).memorial_id);
          else if (res.status !== 409 && res.status !== 0) failures.push(`approve ${item.id}: ${res.status} ${res.body.slice(0, 200)}`);
        }
        if (items.length === 0) await new Promise((r) => setTimeout(r, 200));
      }
    }),
  );
}

/** Visitors read the home page, the list API, search and memorial pages. */
function visit(server: LocalServer, stats: Stats, stop: () => boolean) {
  const paths = ["/", "/api/v1/memorials?limit=25", "/search?q=Zucker", "/browse/a-z/z", "/memorials/max-zucker", "/feed.atom"];
  return Promise.all(
    Array.from({ length: 4 }, async (_, v) => {
      for (let i = v; !stop(); i++) await timed(stats, "read", `${server.url}${paths[i % paths.length]}`);
    }),
  );
}

async function verify(label: string, sent: Sent[], accounts: Account[], approved: Map<string, string>) {
  await withLocalDb(STATE, undefined, async (db) => {
    const rows = await storedSubmissions(db, accounts.map((a) => a.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const acked = sent.filter((s) => s.id);
    check(rows.length === new Set(acked.map((s) => s.id)).size && rows.length === acked.length, `${label}: ${rows.length} revisions stored for ${acked.length} acknowledged submissions (one per key)`);
    check(acked.every((s) => byId.has(s.id!)), `${label}: every acknowledged submission is stored`);
    const names = rows.map((r) => (JSON.parse(r.document) as { names: Array<{ display: string }> }).names[0]!.display);
    check(new Set(names).size === names.length, `${label}: no submission is stored twice (${names.length} distinct documents)`);
    // An approval adds its own mail to the submitter, so "received" mails are at least one.
    const whole = rows.filter((r) => r.audit === 1 && r.mail >= 1 && r.keyed === 1 && (JSON.parse(r.document) as { names?: unknown[] }).names?.length);
    check(whole.length === rows.length, `${label}: none half-stored: ${whole.length}/${rows.length} with their document, one audit entry, the mail and one idempotency row`);
    lost += acked.filter((s) => !byId.has(s.id!)).length;
    if (approved.size) {
      const published = await db.all<{ id: string }>(sql`
        SELECT r.id FROM revisions r JOIN memorials m ON m.current_revision_id = r.id JOIN search_docs d ON d.memorial_id = m.id
        WHERE r.status = 'approved' AND m.status = 'published' AND r.id IN (SELECT value FROM json_each(${JSON.stringify([...approved.keys()])}))`);
      check(published.length === approved.size, `${label}: every approval is published and indexed (${published.length}/${approved.size})`);
    }
  });
}

// --- Setup: a fresh database with the load's accounts, then the server.
await rm(STATE, { recursive: true, force: true });
await wranglerOrExit(["d1", "migrations", "apply", "DB", "--local", "--persist-to", STATE]);
const accounts = await withLocalDb(STATE, undefined, async (db) => ({
  load: await createAccounts(db, "contributor", Math.ceil(SUBMISSIONS / PER_ACCOUNT), "load"),
  crash: await createAccounts(db, "contributor", Math.ceil(CRASH_SUBMISSIONS / PER_ACCOUNT), "crash"),
  moderators: await createAccounts(db, "moderator", 3, "load"),
}));
let server = await startLocalServer(PORT, STATE);

// --- 1. Load.
const stats = new Stats();
const approved = new Map<string, string>();
const sent: Sent[] = Array.from({ length: SUBMISSIONS }, (_, n) => ({ n, key: crypto.randomUUID(), account: accounts.load[n % accounts.load.length]! }));
let submitting = true;
const started = performance.now();
const background = Promise.all([moderate(server, stats, accounts.moderators, approved, () => !submitting), visit(server, stats, () => !submitting)]);
let retriedSame = 0;
let retries = 0;
await pool(sent, CLIENTS, async (item) => {
  item.id = await submit(server, stats, item);
  if (item.n % 10 !== 0 || !item.id) return;
  // The client did not see the answer and sends the same request again (sometimes twice at once).
  const again = item.n % 20 === 0 ? await Promise.all([submit(server, stats, item), submit(server, stats, item)]) : [await submit(server, stats, item)];
  retries += again.length;
  retriedSame += again.filter((id) => id === item.id).length;
});
const submitSeconds = (performance.now() - started) / 1000;
submitting = false;
await background;
await server.stop();

console.log(`\nLoad: ${SUBMISSIONS} submissions from ${CLIENTS} clients in ${submitSeconds.toFixed(1)} s = ${(SUBMISSIONS / submitSeconds).toFixed(0)} submissions/s (${retries} retries), ${approved.size} approved meanwhile`);
for (const kind of ["submit", "approve", "queue", "read"]) console.log(`  ${stats.summary(kind)}`);
check(retriedSame === retries, `retries with the same key answered the first revision (${retriedSame}/${retries})`);
check(stats.serverErrors === 0 && stats.errors === 0, `no 5xx and no failed connection (${stats.serverErrors} 5xx, ${stats.errors} network errors)`);
await verify("load", sent, accounts.load, approved);

// --- 2. Crash: SIGKILL halfway, start again, retry what was in flight.
server = await startLocalServer(PORT, STATE);
const crashStats = new Stats();
const crashSent: Sent[] = Array.from({ length: CRASH_SUBMISSIONS }, (_, i) => ({ n: SUBMISSIONS + i, key: crypto.randomUUID(), account: accounts.crash[i % accounts.crash.length]! }));
let acknowledged = 0;
let killed: Promise<void> | null = null;
await pool(crashSent, CLIENTS, async (item) => {
  if (killed) return;
  item.id = await submit(server, crashStats, item);
  if (item.id && ++acknowledged === Math.floor(CRASH_SUBMISSIONS / 2)) killed = server.kill();
});
await killed;
const ackedBeforeKill = crashSent.filter((s) => s.id).map((s) => ({ ...s }));
console.log(`\nCrash: SIGKILL after ${ackedBeforeKill.length} acknowledged submissions; ${crashStats.errors} requests lost their connection`);
server = await startLocalServer(PORT, STATE);
// Clients retry everything they have no answer for, with the same key; then the rest is sent.
const unanswered = crashSent.filter((s) => !s.id);
await pool(unanswered, CLIENTS, async (item) => {
  item.id = await submit(server, crashStats, item);
});
await server.stop();
check(ackedBeforeKill.every((s) => crashSent.find((c) => c.key === s.key)!.id === s.id), `crash: ${ackedBeforeKill.length} submissions acknowledged before the kill keep their ids`);
check(crashStats.serverErrors === 0, `crash: no 5xx before or after the restart (${crashStats.serverErrors})`);
await verify("crash", crashSent, accounts.crash, new Map());
await withLocalDb(STATE, undefined, async (db) => {
  const rows = await storedSubmissions(db, accounts.crash.map((a) => a.id));
  const before = new Set(ackedBeforeKill.map((s) => s.id));
  check(rows.filter((r) => before.has(r.id)).length === before.size, `crash: all ${before.size} acknowledged before the kill are in the database after the restart`);
});

console.log(`\nSubmissions under load: ${SUBMISSIONS + CRASH_SUBMISSIONS}; acknowledged and lost: ${lost}`);
console.log(`${failures.length === 0 ? 1 : 0} passed, ${failures.length === 0 ? 0 : 1} failed`);
if (failures.length) {
  console.error([...new Set(failures)].slice(0, 30).join("\n"));
  process.exit(1);
}
