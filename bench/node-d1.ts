/**
 * The D1 binding's interface over node:sqlite, for the benchmark's data floor only (bench/floor.ts):
 * the Worker's own code runs in Node against the same SQLite file, and every statement it sends
 * is timed inside SQLite. What the clock sees is the cost of the data — the same SQL, the same
 * plans, the same file — without workerd, HTTP, rendering or D1's own plumbing.
 *
 * Only the parts of D1 the application uses are here (prepare/bind/all/raw/first/run, batch,
 * withSession). A batch is one transaction, as in D1.
 */
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";

export interface SqlClock {
  /** Milliseconds spent inside SQLite since the last reset. */
  ms: number;
  statements: number;
  /** Calls that would each be one round trip to D1: a statement run on its own, or a whole batch. */
  roundTrips: number;
  /** Time per SQL text, kept when profiling (`--sql-profile`): where a route's data time goes. */
  bySql?: Map<string, { ms: number; count: number }>;
}

type Value = string | number | boolean | null | ArrayBuffer | ArrayBufferView;

const META = { duration: 0, size_after: 0, rows_read: 0, rows_written: 0, last_row_id: 0, changed_db: false, changes: 0 };

class NodeD1Statement {
  constructor(
    private readonly owner: NodeD1,
    readonly sql: string,
    readonly params: Value[] = [],
  ) {}

  bind(...values: Value[]) {
    return new NodeD1Statement(this.owner, this.sql, values);
  }

  private values(): SQLInputValue[] {
    return this.params.map((v) => (typeof v === "boolean" ? Number(v) : v instanceof ArrayBuffer ? new Uint8Array(v) : v) as SQLInputValue);
  }

  /** Runs the statement on SQLite with the clock on; `arrays` returns rows as arrays. */
  execute(arrays = false) {
    const statement = this.owner.statement(this.sql);
    statement.setReturnArrays(arrays);
    const started = performance.now();
    try {
      if (statement.columns().length === 0) {
        const info = statement.run(...this.values());
        return { rows: [] as unknown[], changes: Number(info.changes), lastRowId: Number(info.lastInsertRowid) };
      }
      return { rows: statement.all(...this.values()) as unknown[], changes: 0, lastRowId: 0 };
    } finally {
      const elapsed = performance.now() - started;
      const { clock } = this.owner;
      clock.ms += elapsed;
      clock.statements++;
      if (clock.bySql) {
        const entry = clock.bySql.get(this.sql) ?? clock.bySql.set(this.sql, { ms: 0, count: 0 }).get(this.sql)!;
        entry.ms += elapsed;
        entry.count++;
      }
    }
  }

  async all<T>(inBatch = false) {
    if (!inBatch) this.owner.clock.roundTrips++;
    const { rows, changes, lastRowId } = this.execute();
    return { results: rows as T[], success: true, meta: { ...META, changes, last_row_id: lastRowId, changed_db: changes > 0 } };
  }

  async run<T>() {
    return this.all<T>();
  }

  async raw<T>(options?: { columnNames?: boolean }) {
    this.owner.clock.roundTrips++;
    const rows = this.execute(true).rows as T[];
    if (!options?.columnNames) return rows;
    const names = this.owner.statement(this.sql).columns().map((c) => c.name);
    return [names, ...rows];
  }

  async first<T>(column?: string) {
    this.owner.clock.roundTrips++;
    const row = this.execute().rows[0] as Record<string, unknown> | undefined;
    if (!row) return null;
    return (column ? row[column] : row) as T;
  }
}

export class NodeD1 {
  readonly clock: SqlClock = { ms: 0, statements: 0, roundTrips: 0 };
  private readonly cache = new Map<string, StatementSync>();

  constructor(readonly db: DatabaseSync) {}

  statement(sql: string): StatementSync {
    let statement = this.cache.get(sql);
    if (!statement) this.cache.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  prepare(sql: string) {
    return new NodeD1Statement(this, sql);
  }

  async batch(statements: NodeD1Statement[]) {
    const started = performance.now();
    this.db.exec("BEGIN IMMEDIATE");
    this.clock.ms += performance.now() - started;
    try {
      const results = [];
      this.clock.roundTrips++;
      for (const statement of statements) results.push(await statement.all(true));
      const committing = performance.now();
      this.db.exec("COMMIT");
      this.clock.ms += performance.now() - committing;
      return results;
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }

  async exec(sql: string) {
    const started = performance.now();
    this.db.exec(sql);
    this.clock.ms += performance.now() - started;
    return { count: 1, duration: 0 };
  }

  /** One database, no replicas: a session is the database itself. */
  withSession() {
    return Object.assign(Object.create(this) as NodeD1, { getBookmark: () => null });
  }
}
