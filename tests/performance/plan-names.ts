/**
 * What a name in a query plan stands for. SQLite's plan names tables by their alias ("SCAN m"),
 * and subqueries and CTEs by theirs, so the checker reads the aliases from the SQL itself.
 */
import type { PlanRow } from "./query-plan";

/** Table-valued functions: they read their argument, not the database. */
export const FUNCTIONS = new Set(["json_each", "json_tree"]);

const KEYWORDS = new Set(
  "on join left right full inner outer cross natural where group order limit using indexed not set values union except intersect having window returning and or as".split(" "),
);

/** Marks a CTE among the things a name may stand for: a CTE is a result, not a table. */
export const CTE = "(cte)";

/** Which tables (or CTEs) each name in the SQL may stand for: itself, or what it is an alias of. */
export function aliasesIn(sql: string, tables: Set<string>): Map<string, Set<string>> {
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
export function isSubquery(rows: PlanRow[], row: PlanRow, name: string): boolean {
  if (name.startsWith("(")) return true; // "(subquery-3)", "(join-2)"
  const byId = new Map(rows.map((r) => [r.id, r]));
  const scope = new Set<number>([row.parent]);
  for (let up = byId.get(row.parent); up; up = byId.get(up.parent)) scope.add(up.parent);
  return rows.some((r) => scope.has(r.parent) && new RegExp(`^(CO-ROUTINE|MATERIALIZE) ${escape(name)}$`).test(r.detail));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
