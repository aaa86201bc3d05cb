/**
 * A D1 binding that runs every statement on the real database and writes down what it ran: the
 * SQL and its bound parameters. Not a mock: results, errors and bookmarks are D1's own. It wraps
 * the binding, the Sessions API sessions made from it (src/platform/middleware/request-context.ts) and
 * every prepared statement, so statements reached through drizzle and src/platform/db/metering.ts are seen.
 */

export interface RecordedStatement {
  sql: string;
  params: unknown[];
}

type Runner = Pick<D1Database, "prepare" | "batch">;

class RecordingStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly sql: string,
    private readonly params: unknown[],
    private readonly log: RecordedStatement[],
  ) {}

  bind(...values: unknown[]) {
    return new RecordingStatement(this.inner.bind(...values), this.sql, values, this.log);
  }

  /** Called when the statement runs, not when it is prepared: prepared-only SQL never ran. */
  ran() {
    this.log.push({ sql: this.sql, params: this.params });
  }

  first(column?: string) {
    this.ran();
    return column === undefined ? this.inner.first() : this.inner.first(column);
  }

  run() {
    this.ran();
    return this.inner.run();
  }

  all() {
    this.ran();
    return this.inner.all();
  }

  raw(options?: { columnNames?: boolean }) {
    this.ran();
    return this.inner.raw(options as { columnNames?: false });
  }
}

function recordingRunner(database: Runner, log: RecordedStatement[]) {
  return {
    prepare: (sql: string) => new RecordingStatement(database.prepare(sql), sql, [], log) as unknown as D1PreparedStatement,
    batch: (statements: D1PreparedStatement[]) =>
      database.batch(
        statements.map((s) => {
          if (!(s instanceof RecordingStatement)) return s;
          s.ran();
          return s.inner;
        }),
      ),
  };
}

/**
 * `database` as the Worker's `DB` binding, appending each statement it runs to `log`.
 * @example const log: RecordedStatement[] = []; await worker.fetch(req, { ...env, DB: recordingD1(env.DB, log) }, ctx);
 */
export function recordingD1(database: D1Database, log: RecordedStatement[]): D1Database {
  return {
    ...recordingRunner(database, log),
    exec: (sql: string) => {
      log.push({ sql, params: [] });
      return database.exec(sql);
    },
    withSession: (constraintOrBookmark?: string) => {
      const session = database.withSession(constraintOrBookmark);
      return { ...recordingRunner(session, log), getBookmark: () => session.getBookmark() } as D1DatabaseSession;
    },
    dump: () => database.dump(),
  } as D1Database;
}
