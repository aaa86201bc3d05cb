/**
 * Exports of changes: `since=` gives only what changed in public view since then, oldest first,
 * and says which memorials were withdrawn in that time, in every format.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/exchange/exports/csv-columns";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { withholdMemorial } from "../helpers/public-states";
import { schemaOrgProblems } from "../helpers/schemaorg-check";
import { personDocument, readCsv } from "./fixtures";

interface Change {
  memorial_id: string;
  changed_at: number;
  status: string;
}

let early: Awaited<ReturnType<typeof publishMemorial>>;
let late: Awaited<ReturnType<typeof publishMemorial>>;
let gone: Awaited<ReturnType<typeof publishMemorial>>;
let since: string;
/** What changed at or after `since`, read straight from memorial_changes, oldest first. */
let expected: Change[];

beforeAll(async () => {
  early = await publishMemorial(personDocument("Early Person"));
  late = await publishMemorial(personDocument("Late Person"));
  gone = await publishMemorial(personDocument("Gone Person"));
  await withholdMemorial(gone.memorialId);
  const lateChange = await env.DB.prepare("SELECT changed_at FROM memorial_changes WHERE memorial_id = ?").bind(late.memorialId).first<{ changed_at: number }>();
  since = new Date(lateChange!.changed_at).toISOString();
  expected = (
    await env.DB.prepare("SELECT * FROM memorial_changes WHERE changed_at >= ? ORDER BY changed_at, memorial_id").bind(lateChange!.changed_at).all<Change>()
  ).results;
});

const lines = (text: string) => text.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("exports of the changes since a moment", () => {
  it("JSON Lines: the memorials changed since then, oldest first, and the withdrawn ones marked as such", async () => {
    const res = await request(`/api/v1/export.jsonl?since=${encodeURIComponent(since)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/zeugnis-memorials-\d{4}-\d\d-\d\d-changes-since-\d{4}-\d\d-\d\d\.jsonl/);
    const got = lines(await res.text());
    expect(got.map((l) => [l.id, l.status])).toEqual(expected.map((c) => [c.memorial_id, c.status === "published" ? "published" : "withdrawn"]));
    expect(got.map((l) => l.id)).toContain(late.memorialId);
    expect(got.find((l) => l.id === gone.memorialId)).toEqual({
      id: gone.memorialId,
      url: `https://zeugnis.test/memorials/${gone.memorialId}`,
      status: "withdrawn",
      withdrawn_at: new Date(expected.find((c) => c.memorial_id === gone.memorialId)!.changed_at).toISOString(),
    });
    const lateLine = got.find((l) => l.id === late.memorialId)!;
    expect(lateLine).toMatchObject({ status: "published", revision_id: late.revisionId });
    expect(lateLine.document).toEqual(late.document);
  });

  it("without since, the export is the whole archive as before, with no status field", async () => {
    const all = lines(await (await request("/api/v1/export.jsonl")).text());
    expect(all.map((l) => l.id)).toContain(early.memorialId);
    expect(all.map((l) => l.id)).not.toContain(gone.memorialId);
    expect(all.every((l) => !("status" in l))).toBe(true);
  });

  it("CSV: two more columns, status and changed_at; a withdrawn memorial has only its id and address", async () => {
    const [header, ...rows] = readCsv(await (await request(`/api/v1/export.csv?since=${encodeURIComponent(since)}`)).text());
    expect(header).toEqual([...CSV_COLUMNS.map(([name]) => name), "status", "changed_at"]);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[col("id")])).toEqual(expected.map((c) => c.memorial_id));
    const withdrawn = rows.find((r) => r[col("id")] === gone.memorialId)!;
    expect(withdrawn[col("status")]).toBe("withdrawn");
    expect(withdrawn[col("url")]).toBe(`https://zeugnis.test/memorials/${gone.memorialId}`);
    expect(withdrawn[col("name")]).toBe("");
    expect(withdrawn.join("")).not.toContain("Gone");
    const published = rows.find((r) => r[col("id")] === late.memorialId)!;
    expect([published[col("status")], published[col("name")]]).toEqual(["published", "Late Person"]);
    expect(published[col("changed_at")]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("JSON-LD: the changed memorials' pages, and a DeleteAction for each withdrawal, on schema.org's terms", async () => {
    const data = (await (await request(`/api/v1/export.jsonld?since=${encodeURIComponent(since)}`)).json()) as { "@graph": Array<Record<string, unknown>> };
    const [dataset, ...nodes] = data["@graph"];
    expect(dataset!.description).toContain(`changes since ${since}`);
    expect(nodes).toHaveLength(expected.length);
    expect(nodes.find((n) => n["@type"] === "DeleteAction")).toMatchObject({
      object: { "@id": `https://zeugnis.test/memorials/${gone.memorialId}#person` },
    });
    expect(schemaOrgProblems(data as Parameters<typeof schemaOrgProblems>[0])).toEqual([]);
  });

  it("a date means midnight UTC; a moment after the last change gives an empty export", async () => {
    const future = lines(await (await request("/api/v1/export.jsonl?since=2999-01-01")).text());
    expect(future).toEqual([]);
    const [header, ...rows] = readCsv(await (await request("/api/v1/export.csv?since=2999-01-01T00:00:00%2B02:00")).text());
    expect(header).toContain("status");
    expect(rows).toEqual([]);
    const everything = lines(await (await request("/api/v1/export.jsonl?since=2000-01-01")).text());
    expect(everything.map((l) => l.id)).toEqual(expect.arrayContaining([early.memorialId, late.memorialId, gone.memorialId]));
  });

  it("refuses a since that is not a date, with the field named", async () => {
    for (const bad of ["yesterday", "2024-13-01", "2024-05-01T12:00:00", ""]) {
      const res = await request(`/api/v1/export.jsonl?since=${encodeURIComponent(bad)}`);
      expect([bad, res.status]).toEqual([bad, 422]);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await res.json()) as { errors: Array<{ path: string; message: string }> };
      expect(problem.errors[0]).toMatchObject({ path: "since", message: expect.stringContaining("2024-05-01T12:00:00Z") });
    }
  });

  it("keeps the cache behaviour: its own ETag, 304 while nothing changes, a new one after a change", async () => {
    const path = `/api/v1/export.jsonl?since=${encodeURIComponent(since)}`;
    const first = await request(path);
    const etag = first.headers.get("etag")!;
    expect(etag).not.toBe((await request("/api/v1/export.jsonl")).headers.get("etag"));
    expect((await request(path, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await request(path, { headers: { "if-modified-since": first.headers.get("last-modified")! } })).status).toBe(304);
    await publishMemorial(personDocument("Later Still"));
    const after = await request(path, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("Later Still");
  });
});
