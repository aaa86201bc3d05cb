/**
 * Reads SQLite's EXPLAIN QUERY PLAN for a statement and finds the steps that read a whole large
 * table: a table scan without an index, a full scan of the full-text index, or an index SQLite
 * has to build first (an automatic index or a Bloom filter is made by reading the whole table).
 *
 * The test database has no sqlite_stat1 (it is never ANALYZEd), so the planner assumes every
 * table is large, as it is in production; a plan that scans here scans at a million memorials.
 */
import type { RecordedStatement } from "../helpers/recording-d1";
import { NON_SELECTIVE, SMALL_TABLES } from "./large-tables";
import { aliasesIn, CTE, FUNCTIONS, isSubquery } from "./plan-names";

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export async function explain(db: D1Database, statement: RecordedStatement): Promise<PlanRow[]> {
  const result = await db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).bind(...statement.params).all<PlanRow>();
  return result.results;
}

export type StepKind =
  | "table scan"
  | "virtual table scan"
  | "automatic index"
  | "Bloom filter"
  | "unresolved name"
  /** An index constraint on a non-selective column only, e.g. `status = ?`. */
  | "non-selective search"
  /** SCAN … USING INDEX: every entry of the index, in its order. */
  | "index walk"
  | "lookup";

export interface PlanStep {
  row: PlanRow;
  tables: string[];
  kind: StepKind;
}

/** Each step of the plan that reads a large table, and how it reads it. */
export function largeTableSteps(sql: string, rows: PlanRow[], tables: Set<string>): PlanStep[] {
  const names = aliasesIn(sql, tables);
  const steps: PlanStep[] = [];
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
      const tableFunction = virtual && [...FUNCTIONS].some((f) => new RegExp(`\\b${f}\\s*\\(`, "i").test(sql));
      if (!tableFunction) steps.push({ row, tables: [name], kind: "unresolved name" });
      continue;
    }
    const large = candidates.filter((t) => !(t in SMALL_TABLES));
    if (large.length > 0) steps.push({ row, tables: large, kind: kindOf(row, large, bloom !== null, virtual) });
  }
  return steps;
}

function kindOf(row: PlanRow, tables: string[], bloom: boolean, virtual: boolean): StepKind {
  if (bloom) return "Bloom filter";
  if (row.detail.startsWith("SEARCH ")) {
    if (/ USING AUTOMATIC /.test(row.detail)) return "automatic index";
    return constrainsOnly(row, tables, NON_SELECTIVE) ? "non-selective search" : "lookup";
  }
  if (virtual) return /VIRTUAL TABLE INDEX \d+:$/.test(row.detail) ? "virtual table scan" : "lookup";
  if (/ USING INTEGER PRIMARY KEY\b/.test(row.detail)) return "lookup";
  return / USING (COVERING )?INDEX\b/.test(row.detail) ? "index walk" : "table scan";
}

function constrainsOnly(row: PlanRow, tables: string[], columnsOf: Record<string, string[]>): boolean {
  const constraint = /\(([^()]*)\)$/.exec(row.detail)?.[1];
  if (!constraint) return false;
  const columns = constraint.split(" AND ").map((c) => c.replace(/[=<>?].*$/, ""));
  return tables.some((t) => columns.every((c) => columnsOf[t]?.includes(c)));
}

const WHY: Partial<Record<StepKind, string>> = {
  "table scan": "a full table scan",
  "virtual table scan": "a full scan of a virtual table",
  "automatic index": "an automatic index, built by reading the whole table",
  "Bloom filter": "a Bloom filter, built by reading the whole table",
  "unresolved name": "a name the checker cannot resolve to a table or subquery",
  "non-selective search": "a search on a constraint nearly every row meets (status), not stopped by a LIMIT",
};

export interface PlanFinding extends PlanStep {
  why: string;
}

/**
 * The steps that read a whole large table. Scans of subqueries, CTEs and json_each are not, nor
 * are walks along an index, which an ORDER BY … LIMIT stops early (the report lists them).
 */
export function fullScans(sql: string, rows: PlanRow[], tables: Set<string>): PlanFinding[] {
  return largeTableSteps(sql, rows, tables)
    .filter((s) => s.kind !== "non-selective search" || !(stopsEarly(sql, rows, s.row) || isAggregate(sql)))
    .flatMap((s) => (WHY[s.kind] ? [{ ...s, why: WHY[s.kind]! }] : []));
}

/** A LIMIT, with the order coming from the index: the statement stops after the rows it needs. */
function stopsEarly(sql: string, rows: PlanRow[], row: PlanRow): boolean {
  const sortsHere = rows.some((r) => r.parent === row.parent && /^USE TEMP B-TREE FOR .*ORDER BY/.test(r.detail));
  return /\bLIMIT\b/i.test(sql) && !sortsHere;
}

/** Counting or grouping the archive reads all of it by design; the report lists these. */
export const isAggregate = (sql: string) => /\b(count|max|min|sum|json_group_array)\s*\(|\bGROUP BY\b/i.test(sql);

/**
 * Steps that pass but read more than a page when the data is large, for the report: sorts in a
 * temporary b-tree, walks along a whole index (bounded only by a LIMIT and how many rows match),
 * and counts or groupings over every published memorial.
 */
export function worthALook(sql: string, rows: PlanRow[], tables: Set<string>): string[] {
  const sorts = rows.filter((r) => /^USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)/.test(r.detail));
  const reads = largeTableSteps(sql, rows, tables).filter(
    (s) => s.kind === "index walk" || (s.kind === "non-selective search" && isAggregate(sql)),
  );
  return [...sorts.map((r) => r.detail), ...reads.map((s) => `${s.kind}: ${s.row.detail}`)];
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
