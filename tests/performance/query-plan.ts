/**
 * Reads SQLite's EXPLAIN QUERY PLAN for a statement and finds the steps that read a whole large
 * table: a table scan without an index, a full scan of the full-text index, or an index SQLite
 * has to build first (an automatic index or a Bloom filter is made by reading the whole table).
 *
 * The test database has no sqlite_stat1 (it is never ANALYZEd), so the planner assumes every
 * table is large, as it is in production; a plan that scans here scans at a million memorials.
 */
import type { RecordedStatement } from "../helpers/recording-d1";

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/**
 * Tables that stay small whatever the archive's size; every other table counts as large, so a
 * new table is checked until someone says here why it need not be.
 */
export const SMALL_TABLES: Record<string, string> = {
  d1_migrations: "one row per migration file",
  write_guard: "never holds a row (src/db/guard.ts)",
  sqlite_sequence: "one row per AUTOINCREMENT table",
  _cf_KV: "D1's own bookkeeping",
  _cf_METADATA: "D1's own bookkeeping",
};

/**
 * Columns whose every value stands for a large share of the table (nearly every memorial is
 * published). Without sqlite_stat1 SQLite takes `status = ?` for a narrow constraint, so an
 * index that starts with it can read every published memorial while looking selective.
 */
export const NON_SELECTIVE: Record<string, string[]> = {
  memorials: ["status"],
  memorial_changes: ["status"],
  revisions: ["status"],
  media: ["status"],
  reports: ["status"],
};

/** Table-valued functions: they read their argument, not the database. */
const FUNCTIONS = new Set(["json_each", "json_tree"]);

const KEYWORDS = new Set(
  "on join left right full inner outer cross natural where group order limit using indexed not set values union except intersect having window returning and or as".split(" "),
);

export async function explain(db: D1Database, statement: RecordedStatement): Promise<PlanRow[]> {
  const result = await db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).bind(...statement.params).all<PlanRow>();
  return result.results;
}

/** Every table of the database (virtual tables included), for telling tables from aliases. */
export async function tableNames(db: D1Database): Promise<Set<string>> {
  const rows = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
  return new Set(rows.results.map((r) => r.name));
}

/** Marks a CTE among the things a name may stand for: a CTE is a result, not a table. */
const CTE = "(cte)";

/** Which tables (or CTEs) each name in the SQL may stand for: itself, or what it is an alias of. */
function aliasesIn(sql: string, tables: Set<string>): Map<string, Set<string>> {
  const plain = sql.replace(/[`"]/g, "");
  const ctes = new Set([...plain.matchAll(/\b(\w+)(?:\s*\([^()]*\))?\s+AS\s+(?:(?:NOT\s+)?MATERIALIZED\s+)?\(/gi)].map((m) => m[1]!));
  const sources = (name: string) => (ctes.has(name) ? CTE : tables.has(name) ? name : null);
  const names = new Map<string, Set<string>>();
  const add = (name: string, source: string) => names.set(name, (names.get(name) ?? new Set()).add(source));
  for (const table of tables) add(table, table);
  for (const cte of ctes) add(cte, CTE);
  // A lookahead, so that "FROM memorials m" yields both "FROM memorials" and "memorials m".
  for (const m of plain.matchAll(/\b(\w+)(?=\s+(?:as\s+)?(\w+)\b)/gi)) {
    const [, name, alias] = m as unknown as [string, string, string];
    const source = sources(name);
    if (source && !KEYWORDS.has(alias.toLowerCase())) add(alias, source);
  }
  return names;
}

/** A name in the plan that is a subquery or CTE of this statement, visible at `row`. */
function isSubquery(rows: PlanRow[], row: PlanRow, name: string): boolean {
  if (name.startsWith("(")) return true; // "(subquery-3)", "(join-2)"
  const byId = new Map(rows.map((r) => [r.id, r]));
  const scope = new Set<number>([row.parent]);
  for (let up = byId.get(row.parent); up; up = byId.get(up.parent)) scope.add(up.parent);
  return rows.some((r) => scope.has(r.parent) && new RegExp(`^(CO-ROUTINE|MATERIALIZE) ${escape(name)}$`).test(r.detail));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface PlanFinding {
  row: PlanRow;
  tables: string[];
  why: string;
}

/**
 * The plan steps that read a whole large table. Scans of subqueries, CTEs and json_each, and
 * walks along an index (which an ORDER BY … LIMIT stops early), are not.
 */
export function fullScans(sql: string, rows: PlanRow[], tables: Set<string>): PlanFinding[] {
  const names = aliasesIn(sql, tables);
  const findings: PlanFinding[] = [];
  for (const row of rows) {
    const bloom = /^BLOOM FILTER ON (\S+)/.exec(row.detail);
    const step = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(row.detail);
    const name = bloom?.[1] ?? step?.[2];
    if (!name || row.detail === "SCAN CONSTANT ROW" || isSubquery(rows, row, name)) continue;
    const virtual = row.detail.includes(" VIRTUAL TABLE ");
    const stands = [...(names.get(name) ?? [])];
    const candidates = stands.filter((t) => t !== CTE);
    if (stands.includes(CTE) && candidates.length === 0) continue;
    if (candidates.length === 0) {
      if (virtual && [...FUNCTIONS].some((f) => new RegExp(`\\b${f}\\s*\\(`, "i").test(sql))) continue;
      findings.push({ row, tables: [name], why: "a name the checker cannot resolve to a table or subquery" });
      continue;
    }
    const large = candidates.filter((t) => !(t in SMALL_TABLES));
    if (large.length === 0) continue;
    const why = bloom
      ? "a Bloom filter, built by reading the whole table"
      : step![1] === "SEARCH"
        ? / USING AUTOMATIC /.test(row.detail)
          ? "an automatic index, built by reading the whole table"
          : readsEveryRow(sql, rows, row, large)
            ? "a search on a constraint nearly every row meets (status), not stopped by a LIMIT"
            : null
        : virtual
          ? /VIRTUAL TABLE INDEX \d+:$/.test(row.detail)
            ? "a full scan of a virtual table"
            : null
          : / USING (COVERING INDEX|INDEX|INTEGER PRIMARY KEY)\b/.test(row.detail)
            ? null
            : "a full table scan";
    if (why) findings.push({ row, tables: large, why });
  }
  return findings;
}

/**
 * A search whose index constraint is only a non-selective column reads every row with that value,
 * unless the statement stops early (a LIMIT, with the order coming from the index). Statements
 * that count or group the archive read it whole by design; they are listed by the report instead.
 */
function readsEveryRow(sql: string, rows: PlanRow[], row: PlanRow, tables: string[]): boolean {
  const constraint = /\(([^()]*)\)$/.exec(row.detail)?.[1];
  if (!constraint) return false;
  const columns = constraint.split(" AND ").map((c) => c.replace(/[=<>?].*$/, ""));
  if (!tables.some((t) => columns.every((c) => NON_SELECTIVE[t]?.includes(c)))) return false;
  const sortsHere = rows.some((r) => r.parent === row.parent && /^USE TEMP B-TREE FOR .*ORDER BY/.test(r.detail));
  if (/\bLIMIT\b/i.test(sql) && !sortsHere) return false;
  return !isAggregate(sql);
}

export const isAggregate = (sql: string) => /\b(count|max|min|sum|group_concat|json_group_array)\s*\(|\bGROUP BY\b/i.test(sql);

/** Sorting steps that SQLite does in a temporary b-tree (worth a look when the set is unbounded). */
export function tempSorts(rows: PlanRow[]): PlanRow[] {
  return rows.filter((r) => /^USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)/.test(r.detail));
}

/** Whole-table walks along an index: bounded only when the statement has a LIMIT. */
export function indexWalks(sql: string, rows: PlanRow[], tables: Set<string>): PlanRow[] {
  const names = aliasesIn(sql, tables);
  return rows.filter((r) => {
    const m = /^SCAN (\S+) USING (COVERING )?INDEX/.exec(r.detail);
    return m && !isSubquery(rows, r, m[1]!) && [...(names.get(m[1]!) ?? [])].some((t) => t !== CTE && !(t in SMALL_TABLES));
  });
}

/** The plan as EXPLAIN QUERY PLAN's shell output shows it: one indented line per step. */
export function formatPlan(rows: PlanRow[]): string {
  const depth = new Map<number, number>([[0, 0]]);
  return rows
    .map((r) => {
      const d = (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      return `${"  ".repeat(d)}${r.detail}`;
    })
    .join("\n");
}
