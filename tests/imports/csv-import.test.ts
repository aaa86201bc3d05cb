import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { personDocument } from "../opendata/fixtures";
import { allRows, runJob, submitAll, uploadOk, type JobJson } from "./helpers";

const PROTOCOL_SOURCE = { kind: "archive", citation: "Ausweisungsprotokoll vom 12. März 1938, GARF f. 10035, op. 1, d. 77" };

async function map(cookie: string, id: string, columns: Record<string, number>, extra: Record<string, unknown> = {}) {
  const res = await request(`/api/v1/imports/${id}/mapping`, { method: "PUT", cookie, json: { columns, source: PROTOCOL_SOURCE, ...extra } });
  return res;
}

/** A researcher's list: 45 names from a 1938 expulsion protocol, as a German spreadsheet saves it. */
function protocolList(): string {
  const lines = ["Nr;Familienname;Vorname;Geboren;Geburtsort;Ausgewiesen;Bemerkung"];
  for (let i = 1; i <= 45; i++) {
    lines.push(`${i};Schmidt${i};"Anna; genannt ""Anni""";${String((i % 28) + 1).padStart(2, "0")}.03.19${String(i).padStart(2, "0")};Wien;um 1938;Blatt ${i}`);
  }
  return lines.join("\r\n") + "\r\n";
}

describe("CSV import with a column-mapping step", () => {
  it("a 45-name protocol: guessed columns, German dates, every person a pending revision citing the list", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, protocolList(), "protokoll.csv");
    expect(job).toMatchObject({ status: "mapping", format: "csv", encoding: "UTF-8" });
    expect(job.columns).toMatchObject({ separator: ";", header: ["Nr", "Familienname", "Vorname", "Geboren", "Geburtsort", "Ausgewiesen", "Bemerkung"] });
    expect(job.columns!.samples[0]![2]).toBe('Anna; genannt "Anni"');
    expect((await request(`/api/v1/imports/${job.id}/continue`, { method: "POST", cookie: contributor.cookie })).status).toBe(200);

    const bad = await map(contributor.cookie, job.id, { name: 12 });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe("columns.name");
    const mapped = await map(contributor.cookie, job.id, { family: 1, given: 2, birth_date: 3, birth_place: 4, expulsion_date: 5, note: 6 });
    expect(mapped.status).toBe(200);
    expect((await map(contributor.cookie, job.id, { family: 1 })).status).toBe(409);
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "ready", people: 45 });
    const rows = await allRows(contributor.cookie, job.id);
    expect(rows[0]).toMatchObject({ row: 1, line: 2, name: 'Anna; genannt "Anni" Schmidt1', birth: "1901-03-02", warnings: [] });

    const done = await submitAll(contributor.cookie, job.id);
    expect(done).toMatchObject({ status: "done", counts: { submitted: 45, selected: 0, needs_edit: 0 } });
    const revisionId = (await allRows(contributor.cookie, job.id))[44]!.revision_id!;
    const stored = await testDb().select().from(revisions).where(eq(revisions.id, revisionId)).get();
    expect(stored!.status).toBe("pending");
    const doc = JSON.parse(stored!.document) as Record<string, any>;
    expect(doc.sources).toEqual([{ id: "s1", ...PROTOCOL_SOURCE }]);
    expect(doc.events.map((e: { type: string; date?: { edtf: string } }) => [e.type, e.date?.edtf])).toEqual([
      ["birth", "1945-03-18"],
      ["expulsion", "1938~"],
    ]);
    expect(doc.biography).toEqual({ und: "Blatt 45" });
  });

  it("the archive's own CSV export, with its byte-order mark, is read as UTF-8 with a clean first column", async () => {
    await publishMemorial(personDocument("Анна Вайс"));
    const exported = new Uint8Array(await (await request("/api/v1/export.csv")).arrayBuffer());
    expect([...exported.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const contributor = await signIn("contributor");
    const withBom = await uploadOk(contributor.cookie, exported, "export.csv");
    expect(withBom).toMatchObject({ status: "mapping", encoding: "UTF-8" });
    expect(withBom.columns!.header.slice(0, 3)).toEqual(["id", "url", "name"]);
    expect(withBom.columns!.samples.map((row) => row[2])).toContain("Анна Вайс");
    // And without it, as other programs save such a list.
    const withoutBom = await uploadOk(contributor.cookie, exported.subarray(3), "export.csv");
    expect(withoutBom.columns!.header.slice(0, 3)).toEqual(["id", "url", "name"]);
  });

  it("a spreadsheet's Windows-1252 export is read as such", async () => {
    const contributor = await signIn("contributor");
    const latin = new Uint8Array([...new TextEncoder().encode("Name,Geburtsort\r\nJ"), 0xfc, ...new TextEncoder().encode("rgen K"), 0xf6, ...new TextEncoder().encode("hler,K"), 0xf6, ...new TextEncoder().encode("ln\r\n")]);
    const job = await uploadOk(contributor.cookie, latin, "liste.csv");
    expect(job.encoding).toBe("WINDOWS-1252");
    expect((await map(contributor.cookie, job.id, { name: 0, birth_place: 1 })).status).toBe(200);
    await runJob(contributor.cookie, job.id);
    expect((await allRows(contributor.cookie, job.id)).map((r) => r.name)).toEqual(["Jürgen Köhler"]);
  });

  it("a failure in row 900 reports the row and keeps the 899 before it as drafts", async () => {
    const contributor = await signIn("contributor");
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [encoder.encode("Name,Born\n")];
    for (let i = 1; i <= 1000; i++) {
      parts.push(i === 900 ? new Uint8Array([...encoder.encode("Bad"), 0xff, 0xfe, ...encoder.encode("name,1901\n")]) : encoder.encode(`Person ${i} Müller,19${String(i % 100).padStart(2, "0")}\n`));
    }
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    const job = await uploadOk(contributor.cookie, bytes, "long.csv");
    expect(job.encoding).toBe("UTF-8");
    await map(contributor.cookie, job.id, { name: 0, birth_date: 1 });
    const read: JobJson = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "failed", failed_row: 900, people: 899 });
    expect(read.failure).toContain("row 900 (line 901 of the file)");
    const rows = await allRows(contributor.cookie, job.id);
    expect(rows).toHaveLength(899);
    expect(rows.every((r) => r.status === "draft")).toBe(true);
    expect(rows.at(-1)!.name).toBe("Person 899 Müller");
    // The rows kept can still be sent.
    const sent = await submitAll(contributor.cookie, job.id, [1, 2, 899]);
    expect(sent.counts).toMatchObject({ submitted: 3, draft: 896 });
  }, 60_000);

  it("an unclosed quote at the end is reported at its row", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, 'Name\r\nAnna\r\n"Berta\r\nCarl\r\n', "q.csv");
    await map(contributor.cookie, job.id, { name: 0 });
    const read = await runJob(contributor.cookie, job.id);
    expect(read).toMatchObject({ status: "failed", failed_row: 2, people: 1 });
    expect(read.failure).toContain("a quoted field is never closed");
  });

  it("rows that do not make a valid memorial become drafts to finish in the form", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, "Name,Born\r\nAnna Roth,sometime\r\n,1901\r\n", "w.csv");
    await map(contributor.cookie, job.id, { name: 0, birth_date: 1 });
    await runJob(contributor.cookie, job.id);
    const rows = await allRows(contributor.cookie, job.id);
    expect(rows[0]!.warnings[0]).toContain('"sometime" is not a date the archive can read');
    expect(rows[1]!.name).toBe("?");
    expect(rows[1]!.warnings).toContain("the row has no name");
    const done = await submitAll(contributor.cookie, job.id);
    expect(done.counts).toMatchObject({ submitted: 1, needs_edit: 1 });
    const needsEdit = (await allRows(contributor.cookie, job.id)).find((r) => r.status === "needs_edit")!;
    const draft = await testDb().select().from(revisions).where(eq(revisions.id, needsEdit.revision_id!)).get();
    expect(draft).toMatchObject({ status: "draft", submitterId: contributor.id });
    expect(needsEdit.error).toContain("names.0.display");
  });
});
