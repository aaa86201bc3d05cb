/**
 * `npm run bench:generate -- --count 100000` — fills a local D1 database ($STATE_DIR, default
 * .wrangler/bench-<count>) with generated published memorials, written straight into the SQLite
 * file wrangler uses (node:sqlite), through the application's own projection and index code so the
 * rows are exactly what approvals write. Refuses a database that already holds memorials.
 */
import { DatabaseSync, type StatementSync } from "node:sqlite";
import path from "node:path";
import { primaryName } from "../src/domain/person-document";
import { slugify } from "../src/domain/names/transliterate";
import { listingColumns, projectionRows } from "../src/archive/memorials/projection";
import { searchDocumentRow, searchKeys, searchText } from "../src/archive/search/search-document";
import { option, ROOT, wranglerOrExit } from "../scripts/lib/cli";
import { generateDocument } from "./documents";
import { d1SqliteFile, toColumns } from "./local-sqlite";
import { rng } from "./names";

const count = Number(option("count") ?? "100000");
/** Revisions waiting in the moderation queue, as the performance issue sizes it. */
const pendingCount = Number(option("pending") ?? "50000");
const seed = Number(option("seed") ?? "1937");
const state = path.resolve(ROOT, process.env.STATE_DIR || `.wrangler/bench-${count}`);

await wranglerOrExit(["d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
const file = d1SqliteFile(state);
const db = new DatabaseSync(file);
db.exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000; PRAGMA temp_store = MEMORY;");
const existing = db.prepare("SELECT count(*) AS n FROM memorials").get() as { n: number };
if (existing.n > 0) {
  console.error(`${file} already holds ${existing.n} memorials; use an empty STATE_DIR.`);
  process.exit(1);
}

const statements = new Map<string, StatementSync>();
function insert(table: string, row: Record<string, unknown>) {
  const { names, values } = toColumns(row);
  const key = `${table}:${names.join(",")}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = db.prepare(`INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`);
    statements.set(key, statement);
  }
  statement.run(...values);
}

const now = Date.UTC(2026, 10, 1);
const EDITOR = "usr_bench_editor";
insert("users", { id: EDITOR, email: "bench-editor@zeugnis.invalid", displayName: "Benchmark data", role: "moderator", createdAt: now, disabledAt: now });

const r = rng(seed);
const started = Date.now();
let keyRows = 0;
db.exec("BEGIN");
for (let i = 0; i < count; i++) {
  const document = generateDocument(r);
  const memorialId = `mem_bench${i.toString(36).padStart(8, "0")}`;
  const revisionId = `rev_bench${i.toString(36).padStart(8, "0")}`;
  const at = now - (count - i) * 1000;
  const displayName = primaryName(document).display;
  insert("revisions", {
    id: revisionId, memorialId, kind: "new", document: JSON.stringify(document), status: "approved", version: 2,
    submitterId: EDITOR, relationship: "researcher", showName: false, consentPublish: true, displayName,
    sourceCount: document.sources.length, createdAt: at, updatedAt: at, submittedAt: at, decidedAt: at, decidedBy: EDITOR,
  });
  const slug = `${slugify(displayName)}-${i.toString(36)}`;
  insert("memorials", { id: memorialId, slug, status: "published", currentRevisionId: revisionId, version: 1, firstPublishedAt: at, updatedAt: at, ...listingColumns(document) });
  insert("memorial_slugs", { slug, memorialId, createdAt: at });
  const rows = projectionRows(memorialId, document);
  for (const row of rows.names) insert("memorial_names", row);
  for (const row of rows.events) insert("memorial_events", row);
  for (const row of rows.places) insert("memorial_places", row);
  for (const row of rows.sources) insert("memorial_sources", row);
  for (const row of rows.markers) insert("memorial_markers", row);
  const doc = i + 1;
  insert("search_docs", { doc, memorialId, ...searchDocumentRow(document) });
  for (const [key, tier, pos] of searchKeys(document)) {
    insert("search_keys", { key, doc, tier, pos });
    keyRows++;
  }
  insert("search_text", { rowid: doc, body: searchText(document) });
  if ((i + 1) % 10_000 === 0) {
    db.exec("COMMIT; BEGIN");
    const rate = Math.round((i + 1) / ((Date.now() - started) / 1000));
    process.stdout.write(`\r${i + 1} memorials, ${keyRows} name keys (${rate}/s)`);
  }
}
db.exec("COMMIT");
process.stdout.write("\n");
insertPendingRevisions();
db.exec("ANALYZE");
db.close();
console.log(`Generated ${count} memorials (${keyRows} name keys) and ${pendingCount} pending revisions into ${path.relative(ROOT, file)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

/**
 * The queue: new memorials and, one in ten, corrections of a published memorial, sent by 1,000
 * descendants over the weeks before `now`, each with the audit entry a submission writes.
 */
function insertPendingRevisions() {
  const submitters = Array.from({ length: 1000 }, (_, i) => `usr_bench_family${i.toString(36).padStart(4, "0")}`);
  submitters.forEach((id, i) => insert("users", { id, email: `family-${i}@zeugnis.invalid`, displayName: `Family ${i}`, role: "contributor", createdAt: now - 90 * 86_400_000 }));
  db.exec("BEGIN");
  for (let i = 0; i < pendingCount; i++) {
    const document = generateDocument(r);
    const id = `rev_benchq${i.toString(36).padStart(7, "0")}`;
    const at = now - (pendingCount - i) * 60_000;
    const correction = count > 0 && i % 10 === 9;
    // Each correction is of a different memorial (7919 is prime, so i × 7919 mod count repeats only after count).
    const base = correction ? ((i * 7919) % count).toString(36).padStart(8, "0") : null;
    const submitterId = submitters[i % submitters.length]!;
    insert("revisions", {
      id, memorialId: base ? `mem_bench${base}` : null, kind: base ? "correction" : "new", basedOnRevisionId: base ? `rev_bench${base}` : null,
      document: JSON.stringify(document), status: "pending", version: 1, submitterId, relationship: r.pick(["descendant", "relative", "researcher"] as const),
      showName: r.chance(0.5), consentPublish: true, displayName: primaryName(document).display, sourceCount: document.sources.length,
      createdAt: at, updatedAt: at, submittedAt: at,
    });
    insert("audit_log", { at, actorId: submitterId, action: "revision.submit", subjectType: "revision", subjectId: id, subjectVersion: 1, detail: JSON.stringify({ via: "api", kind: base ? "correction" : "new" }) });
    if ((i + 1) % 10_000 === 0) {
      db.exec("COMMIT; BEGIN");
      process.stdout.write(`\r${i + 1} pending revisions`);
    }
  }
  db.exec("COMMIT");
  process.stdout.write("\n");
}
