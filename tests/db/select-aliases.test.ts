import { describe, expect, it } from "vitest";
import { aliasSelectList } from "../../src/platform/db/select-aliases";

describe("aliasing a select list so D1's all() can replace raw()", () => {
  it("names repeated columns of a join apart, in order", () => {
    const result = aliasSelectList('select "sessions"."id", "users"."id", "users"."email" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id"');
    expect(result).toEqual({
      sql: 'select "sessions"."id" AS "__c0", "users"."id" AS "__c1", "users"."email" AS "__c2" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id"',
      names: ["__c0", "__c1", "__c2"],
    });
  });

  it("keeps existing aliases (ORDER BY may refer to them) and their case", () => {
    const result = aliasSelectList('SELECT count(*) AS Total, "x" as "n", max(a, b) FROM t ORDER BY Total');
    expect(result?.names).toEqual(["Total", "n", "__c2"]);
    expect(result?.sql).toBe('SELECT count(*) AS Total, "x" as "n", max(a, b) AS "__c2" FROM t ORDER BY Total');
  });

  it("skips WITH clauses, subqueries, strings and comments", () => {
    const sql = `WITH ids AS MATERIALIZED (SELECT value FROM json_each(?)) -- a, b from
      SELECT m.id, (SELECT count(*) FROM memorial_names n WHERE n.memorial_id = m.id), 'a, b from c' /* x, y */
      FROM memorials m WHERE m.id IN (SELECT value FROM ids) LIMIT ?`;
    const result = aliasSelectList(sql);
    expect(result?.names).toEqual(["__c0", "__c1", "__c2"]);
    expect(result?.sql).toContain(`SELECT m.id AS "__c0", (SELECT count(*) FROM memorial_names n WHERE n.memorial_id = m.id) AS "__c1", 'a, b from c' AS "__c2" /* x, y */`);
  });

  it("handles DISTINCT, a select without FROM and a compound select", () => {
    expect(aliasSelectList("select distinct a, b from t")?.sql).toBe('select distinct a AS "__c0", b AS "__c1" from t');
    expect(aliasSelectList("select 1")?.sql).toBe('select 1 AS "__c0"');
    expect(aliasSelectList("select a from t union all select b from u")?.sql).toBe('select a AS "__c0" from t union all select b from u');
  });

  it("declines what it cannot alias safely", () => {
    expect(aliasSelectList("select * from t")).toBeNull();
    expect(aliasSelectList("select t.*, u.id from t join u")).toBeNull();
    expect(aliasSelectList('select a as "x", b as "x" from t')).toBeNull();
    expect(aliasSelectList("insert into t (a) values (1) returning a")).toBeNull();
    expect(aliasSelectList("with x as (select 1) update t set a = 1 returning a")).toBeNull();
    expect(aliasSelectList("")).toBeNull();
  });
});
