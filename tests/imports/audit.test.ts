/**
 * Every status an import job passes through is in the audit log, in the same batch as the change
 * (issue 18, item 11): who (the contributor, or nobody for the scheduled step), when, from what.
 */
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, importJobs, rateCounters } from "../../src/platform/db/schema";
import { IMPORT_QUOTA } from "../../src/exchange/imports/import-submit";
import { sha256Hex } from "../../src/platform/ids";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";
import { runJob, uploadOk } from "./helpers";

async function importAudit(jobId: string) {
  const rows = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, jobId)).orderBy(asc(auditLog.id));
  return rows.map((r) => ({ action: r.action, actorId: r.actorId, version: r.subjectVersion, detail: JSON.parse(r.detail ?? "{}") as Record<string, unknown> }));
}

const jobVersion = async (id: string) => (await testDb().select().from(importJobs).where(eq(importJobs.id, id)).get())!.version;

describe("the audit trail of an import", () => {
  it("records the upload, the mapping, the end of reading, the sending and the end, each with its status", async () => {
    const contributor = await signIn("contributor");
    const job = await uploadOk(contributor.cookie, "Name,Born\r\nAnna Auditova,1901\r\nBerta Auditova,1902\r\n", "list.csv");
    const mapped = await request(`/api/v1/imports/${job.id}/mapping`, {
      method: "PUT",
      cookie: contributor.cookie,
      json: { columns: { name: 0, birth_date: 1 }, source: { kind: "book", citation: "A list." } },
    });
    expect(mapped.status).toBe(200);
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "ready" });
    const submit = await request(`/api/v1/imports/${job.id}/submit`, {
      method: "POST",
      cookie: contributor.cookie,
      json: { rows: "all", submitter: { relationship: "researcher", show_name: false }, consent: { publish: true } },
    });
    expect(submit.status).toBe(202);
    expect(await runJob(contributor.cookie, job.id)).toMatchObject({ status: "done" });

    const trail = await importAudit(job.id);
    expect(trail.map((e) => [e.action, e.detail.from, e.detail.to])).toEqual([
      ["import.upload", undefined, undefined],
      ["import.map", "mapping", "parsing"],
      ["import.read", "parsing", "ready"],
      ["import.submit", "ready", "submitting"],
      ["import.finish", "submitting", "done"],
    ]);
    expect(trail.every((e) => e.actorId === contributor.id)).toBe(true);
    expect(trail.at(-1)!.version).toBe(await jobVersion(job.id));
  });

  it("records a failed reading with its row, and a pause by the quota and the end after it", async () => {
    const contributor = await signIn("contributor");
    const broken = await uploadOk(contributor.cookie, 'Name\r\nAnna\r\n"Berta\r\n', "broken.csv");
    await request(`/api/v1/imports/${broken.id}/mapping`, {
      method: "PUT",
      cookie: contributor.cookie,
      json: { columns: { name: 0 }, source: { kind: "book", citation: "A list." } },
    });
    expect(await runJob(contributor.cookie, broken.id)).toMatchObject({ status: "failed" });
    const failed = (await importAudit(broken.id)).at(-1)!;
    expect(failed).toMatchObject({ action: "import.fail", detail: { from: "parsing", to: "failed", failed_row: 2 } });

    const bucket = `${IMPORT_QUOTA.name}:${(await sha256Hex(contributor.id)).slice(0, 32)}`;
    const windowMs = IMPORT_QUOTA.windowSeconds * 1000;
    await testDb().insert(rateCounters).values({ bucket, windowStart: Math.floor(Date.now() / windowMs) * windowMs, count: IMPORT_QUOTA.limit });
    const submit = await request(`/api/v1/imports/${broken.id}/submit`, {
      method: "POST",
      cookie: contributor.cookie,
      json: { rows: "all", submitter: { relationship: "researcher", show_name: false }, consent: { publish: true } },
    });
    expect(await submit.json()).toMatchObject({ status: "paused" });
    await testDb().delete(rateCounters).where(eq(rateCounters.bucket, bucket));
    expect(await runJob(contributor.cookie, broken.id)).toMatchObject({ status: "done" });
    expect((await importAudit(broken.id)).slice(-3).map((e) => [e.action, e.detail.from, e.detail.to])).toEqual([
      ["import.submit", "failed", "submitting"],
      ["import.pause", "submitting", "paused"],
      ["import.finish", "paused", "done"],
    ]);
  });
});
