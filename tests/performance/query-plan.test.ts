/**
 * The plan checker itself, on SQLite's real plans: it must catch a statement that reads a whole
 * large table (else query-plans.test.ts could never fail) and let index lookups, subqueries,
 * CTEs and json_each through.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { tableNames } from "./large-tables";
import { explain, fullScans } from "./query-plan";

let tables: Set<string>;
beforeAll(async () => {
  tables = await tableNames(env.DB);
});

async function findings(sql: string, ...params: unknown[]) {
  return fullScans(sql, await explain(env.DB, { sql, params }), tables).map((f) => `${f.tables.join("/")}: ${f.why}`);
}

describe("the query plan checker", () => {
  it("flags a search through every revision's document", async () => {
    expect(await findings("SELECT * FROM revisions WHERE document LIKE ?", "%Zucker%")).toEqual(["revisions: a full table scan"]);
  });

  it("sees through aliases, and flags a full read of the full-text index", async () => {
    expect(await findings("SELECT m.id FROM memorials m WHERE m.summary LIKE ?", "%camp%")).toEqual(["memorials: a full table scan"]);
    expect(await findings("SELECT rowid FROM search_text")).toEqual(["search_text: a full scan of a virtual table"]);
  });

  it("flags an index SQLite would have to build, and `status = ?` that reads every published memorial", async () => {
    expect(await findings("SELECT * FROM memorial_events a JOIN memorial_places b ON b.modern_name = a.place_name")).toContainEqual(
      "memorial_places: an automatic index, built by reading the whole table",
    );
    expect(await findings("SELECT id FROM memorials WHERE status = ? AND summary LIKE ?", "published", "%camp%")).toEqual([
      "memorials: a search on a constraint nearly every row meets (status), not stopped by a LIMIT",
    ]);
  });

  it("lets index lookups, walks stopped by a LIMIT, subqueries, CTEs, json_each and small tables through", async () => {
    expect(await findings("SELECT * FROM memorials WHERE slug = ?", "max-zucker")).toEqual([]);
    expect(await findings("SELECT * FROM memorials WHERE status = ? ORDER BY sort_name, id LIMIT 25", "published")).toEqual([]);
    expect(await findings("SELECT * FROM search_text WHERE search_text MATCH ?", '"Ravensbrück"')).toEqual([]);
    expect(
      await findings(
        "WITH wanted AS MATERIALIZED (SELECT value AS id FROM json_each(?)) SELECT m.slug FROM wanted w JOIN memorials m ON m.id = w.id",
        '["mem_a"]',
      ),
    ).toEqual([]);
    expect(await findings("SELECT * FROM (SELECT doc FROM search_keys WHERE key = ? LIMIT 5) s JOIN search_docs d ON d.doc = s.doc", "f:zucker")).toEqual([]);
    expect(await findings("SELECT * FROM d1_migrations WHERE name LIKE ?", "%search%")).toEqual([]);
  });
});
