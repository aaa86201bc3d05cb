/**
 * Counts what a request costs in D1: statements, rows read and rows written (the `meta` of every
 * D1 result, which is what D1 bills and what a missing index inflates). The wrapper sits between
 * drizzle and the binding (or a Sessions API session) and only adds numbers up.
 *
 * D1's `raw()` and `first()` drop `meta`, and drizzle reads every query-builder select through
 * `raw()`. Here `first()` runs as `all()`, and `raw()` runs as `all()` over the same SELECT with
 * every result column given a unique alias (src/platform/db/select-aliases.ts), so the rows and their
 * order are unchanged and the meta is kept. A select that cannot be aliased, or whose aliased
 * form fails, runs through `raw()` as before and is counted as unmetered.
 */
import { aliasSelectList, type AliasedSelect } from "./select-aliases";

export interface D1Usage {
  statements: number;
  rowsRead: number;
  rowsWritten: number;
  /** Statements whose meta D1 does not report (see above). */
  unmetered: number;
  /** True once a statement changed the database. */
  wrote: boolean;
  /** The database's size after the last statement (bytes), when D1 reported it. */
  sizeAfter?: number;
}

export function newUsage(): D1Usage {
  return { statements: 0, rowsRead: 0, rowsWritten: 0, unmetered: 0, wrote: false };
}

type D1Like = Pick<D1Database, "prepare" | "batch"> & { getBookmark?: () => string | null };

function record<T extends { meta?: Partial<D1Meta> }>(usage: D1Usage, result: T): T {
  usage.statements++;
  const meta = result.meta;
  if (!meta) return result;
  usage.rowsRead += meta.rows_read ?? 0;
  usage.rowsWritten += meta.rows_written ?? 0;
  if (meta.changed_db || (meta.rows_written ?? 0) > 0) usage.wrote = true;
  if (typeof meta.size_after === "number") usage.sizeAfter = meta.size_after;
  return result;
}

/** Aliased forms per SQL text, computed once per isolate; null: run through raw(). */
const PLANS = new Map<string, AliasedSelect | null>();
const MAX_PLANS = 2000;

function planFor(sql: string): AliasedSelect | null {
  let plan = PLANS.get(sql);
  if (plan === undefined) {
    if (PLANS.size >= MAX_PLANS) PLANS.clear();
    plan = aliasSelectList(sql);
    PLANS.set(sql, plan);
  }
  return plan;
}

class MeteredStatement {
  constructor(
    private readonly database: D1Like,
    private readonly sql: string,
    readonly inner: D1PreparedStatement,
    private readonly params: unknown[],
    private readonly usage: D1Usage,
  ) {}

  bind(...values: unknown[]): MeteredStatement {
    return new MeteredStatement(this.database, this.sql, this.inner.bind(...values), values, this.usage);
  }

  async run() {
    return record(this.usage, await this.inner.run());
  }

  async all<T = Record<string, unknown>>() {
    return record(this.usage, await this.inner.all<T>());
  }

  async first<T = Record<string, unknown>>(column?: string): Promise<T | null> {
    const row = (await this.all<Record<string, unknown>>()).results[0];
    if (!row) return null;
    if (column === undefined) return row as T;
    if (!(column in row)) throw new Error(`D1_COLUMN_NOTFOUND: Column not found (${column})`);
    return row[column] as T;
  }

  async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
    const plan = options?.columnNames ? null : planFor(this.sql);
    if (plan) {
      let result: D1Result<Record<string, unknown>> | undefined;
      try {
        result = await this.database.prepare(plan.sql).bind(...this.params).all<Record<string, unknown>>();
      } catch (error) {
        // A select the scanner misread (an alias without AS, say): never alias it again. Either
        // way it runs once more unaliased below, which is safe because only SELECTs are aliased.
        if (/syntax error|no such column|SQLITE_ERROR/i.test(String(error))) PLANS.set(this.sql, null);
      }
      if (result) return record(this.usage, result).results.map((row) => plan.names.map((n) => row[n])) as T[];
    }
    this.usage.statements++;
    this.usage.unmetered++;
    return this.inner.raw<T>(options as { columnNames?: false });
  }
}

/** The binding (or session) as drizzle sees it, adding each result's meta to `usage`. */
export class MeteredD1 {
  constructor(
    private readonly database: D1Like,
    readonly usage: D1Usage = newUsage(),
  ) {}

  prepare(sql: string): MeteredStatement {
    return new MeteredStatement(this.database, sql, this.database.prepare(sql), [], this.usage);
  }

  async batch<T = unknown>(statements: Array<MeteredStatement | D1PreparedStatement>): Promise<D1Result<T>[]> {
    const inner = statements.map((s) => (s instanceof MeteredStatement ? s.inner : s));
    const results = await this.database.batch<T>(inner);
    for (const result of results) record(this.usage, result);
    return results;
  }

  /** A session of `database` that reads at least `bookmark`, counted with this one's usage. */
  startingAt(database: D1Database, bookmark: string): MeteredD1 {
    return new MeteredD1(database.withSession(bookmark), this.usage);
  }

  /** The Sessions API bookmark of the wrapped session (null for the plain binding). */
  getBookmark(): string | null {
    return this.database.getBookmark?.() ?? null;
  }
}
