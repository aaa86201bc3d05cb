import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importRecords, importRows, revisions } from "../../src/platform/db/schema";
import { PARSE_CHUNK_BYTES } from "../../src/exchange/imports/import-parse";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { runJob, submitAll, uploadOk, type RowJson } from "./helpers";
import { largeGedcom } from "./large-gedcom";

describe("a 50,000-person GEDCOM file", () => {
  it("is read in chunks within request limits, with progress, and links resolve across chunks", async () => {
    const contributor = await signIn("contributor");
    const text = largeGedcom(50_000);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(20 * PARSE_CHUNK_BYTES);
    const job = await uploadOk(contributor.cookie, text, "big.ged");
    const first = await (await request(`/api/v1/imports/${job.id}/continue`, { method: "POST", cookie: contributor.cookie })).json() as { status: string; progress: number; people: number };
    expect(first.status).toBe("parsing");
    expect(first.progress).toBeGreaterThan(0);
    expect(first.progress).toBeLessThan(0.1);
    expect(first.people).toBeGreaterThan(100);
    const read = await runJob(contributor.cookie, job.id, 500);
    expect(read).toMatchObject({ status: "ready", people: 50_000, progress: 1 });

    const db = testDb();
    const stored = await db.select({ n: count() }).from(importRows).where(eq(importRows.jobId, job.id)).get();
    expect(stored!.n).toBe(50_000);
    const families = await db.select({ n: count() }).from(importRecords).where(and(eq(importRecords.jobId, job.id), eq(importRecords.tag, "FAM"))).get();
    expect(families!.n).toBe(12_500);
    const rowsRes = await request(`/api/v1/imports/${job.id}/rows?after=24999&limit=4`, { cookie: contributor.cookie });
    const rows = ((await rowsRes.json()) as { items: RowJson[] }).items;
    expect(rows.map((r) => [r.row, r.xref, r.name])).toEqual([
      [25000, "I25000", "Person25000 Familie6250"],
      [25001, "I25001", "Person25001 Familie6251"],
      [25002, "I25002", "Person25002 Familie6251"],
      [25003, "I25003", "Person25003 Familie6251"],
    ]);

    const done = await submitAll(contributor.cookie, job.id, [25001, 25003]);
    expect(done.counts).toMatchObject({ submitted: 2, draft: 49_998 });
    const childRow = (await ((await request(`/api/v1/imports/${job.id}/rows?after=25002&limit=1`, { cookie: contributor.cookie })).json() as Promise<{ items: RowJson[] }>)).items[0]!;
    const child = await db.select().from(revisions).where(eq(revisions.id, childRow.revision_id!)).get();
    const doc = JSON.parse(child!.document) as { relations: Array<{ type: string; name: string }> };
    // The family record is at the end of the file, many chunks after the person.
    expect(doc.relations.map((r) => [r.type, r.name])).toEqual([
      ["parent", "Person25001 Familie6251"],
      ["parent", "Person25002 Familie6251"],
      ["sibling", "Person25004 Familie6251"],
    ]);
  }, 600_000);
});
