/**
 * "Open a correction" on a report: the report stays open until the correction is sent, and
 * sending it resolves the report in the same batch, linked to the revision and audited. A
 * correction left as a draft or withdrawn never closes the report.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, reports, revisions } from "../../src/platform/db/schema";
import { postForm, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn, type TestUser } from "../helpers/users";
import { location, page, saveStep } from "../submissions/form-helpers";

async function openReport(memorialId: string) {
  const res = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "error", message: "He was arrested in 1938, not 1937." } });
  return ((await res.json()) as { id: string }).id;
}

const reportRow = (id: string) => testDb().select().from(reports).where(eq(reports.id, id)).get();
const revisionRow = (id: string) => testDb().select().from(revisions).where(eq(revisions.id, id)).get();
const auditOf = (subjectId: string) => testDb().select().from(auditLog).where(eq(auditLog.subjectId, subjectId)).orderBy(auditLog.id);

/** The moderator presses "Open a correction" on the report page; answers the draft's id. */
async function openCorrection(moderator: TestUser, reportId: string, version = 1, note = "Correcting the arrest date.") {
  const res = await postForm(`/moderation/reports/${reportId}/correction`, { version: String(version), note }, moderator.cookie);
  expect(res.status).toBe(303);
  const match = location(res).match(/^\/submit\/(rev_[a-z0-9]+)\/person$/);
  expect(match, location(res)).not.toBeNull();
  return match![1]!;
}

/** Fills in the last steps and sends the draft, as the form does. */
async function sendCorrection(moderator: TestUser, draftId: string) {
  await saveStep(moderator, draftId, "submitter", { relationship: "researcher", consent: "yes" });
  const review = await page(`/submit/${draftId}/review`, moderator);
  const version = review.match(/name="version" value="(\d+)"/)![1]!;
  const res = await postForm(`/submit/${draftId}/send`, { version }, moderator.cookie);
  expect(location(res)).toBe(`/my/submissions/${draftId}?sent=1`);
}

describe("opening a correction from a report", () => {
  it("keeps the report open while the correction is written, and links the draft to it", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, revisionId } = await publishMemorial(zuckerDocument());
    const reportId = await openReport(memorialId);
    const draftId = await openCorrection(moderator, reportId);

    expect(await reportRow(reportId)).toMatchObject({ status: "open", version: 1, resolvedAt: null, resolutionNote: null });
    expect(await revisionRow(draftId)).toMatchObject({ kind: "correction", status: "draft", memorialId, basedOnRevisionId: revisionId, submitterId: moderator.id });
    const started = (await auditOf(reportId)).find((e) => e.action === "report.correction_start");
    expect(JSON.parse(started!.detail!)).toEqual({ revision_id: draftId, note: "Correcting the arrest date." });
    const drafted = (await auditOf(draftId)).find((e) => e.action === "revision.draft");
    expect(JSON.parse(drafted!.detail!)).toMatchObject({ report_id: reportId, memorial_id: memorialId });

    const reportPage = await (await request(`/moderation/reports/${reportId}`, { cookie: moderator.cookie })).text();
    expect(reportPage).toContain(`href="/submit/${draftId}/person"`);
    expect(reportPage).toContain("Continue your correction");
    const queue = (await (await request("/api/v1/moderation/queue?kind=report", { cookie: moderator.cookie })).json()) as { items: Array<{ id: string }> };
    expect(queue.items.map((i) => i.id)).toContain(reportId);
  });

  it("resolves the report when the correction is sent, in the same batch, audited and linked", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const reportId = await openReport(memorialId);
    const draftId = await openCorrection(moderator, reportId, 1, "Arrest year corrected from the NKVD file.");
    await sendCorrection(moderator, draftId);

    expect(await revisionRow(draftId)).toMatchObject({ status: "pending", kind: "correction" });
    expect(await reportRow(reportId)).toMatchObject({
      status: "resolved",
      version: 2,
      resolvedBy: moderator.id,
      resolutionNote: "Arrest year corrected from the NKVD file.",
    });
    const resolved = (await auditOf(reportId)).filter((e) => e.action === "report.resolve");
    expect(resolved).toHaveLength(1);
    expect(JSON.parse(resolved[0]!.detail!)).toEqual({ outcome: "correction", note: "Arrest year corrected from the NKVD file.", revision_id: draftId });
    const submitted = (await auditOf(draftId)).find((e) => e.action === "revision.submit");
    // One request, one batch: both entries carry its id and time.
    expect(resolved[0]).toMatchObject({ requestId: submitted!.requestId, at: submitted!.at, subjectVersion: 2 });

    const api = await (await request(`/api/v1/moderation/reports/${reportId}`, { cookie: moderator.cookie })).json();
    expect(api).toMatchObject({ status: "resolved", corrections: [{ revision_id: draftId, status: "pending" }] });
    const reportPage = await (await request(`/moderation/reports/${reportId}`, { cookie: moderator.cookie })).text();
    expect(reportPage).toContain(`href="/moderation/revisions/${draftId}"`);
  });

  it("never closes the report when the correction is abandoned or withdrawn", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const reportId = await openReport(memorialId);
    const draftId = await openCorrection(moderator, reportId);
    // The moderator leaves the form and comes back to the report: the same draft continues.
    expect(await openCorrection(moderator, reportId)).toBe(draftId);
    expect(await testDb().select().from(revisions).where(and(eq(revisions.memorialId, memorialId), eq(revisions.status, "draft")))).toHaveLength(1);
    expect((await reportRow(reportId))?.status).toBe("open");

    const withdrawn = await postForm(`/my/submissions/${draftId}/withdraw`, { confirm: "yes", version: "1" }, moderator.cookie);
    expect(withdrawn.status).toBe(303);
    expect((await revisionRow(draftId))?.status).toBe("withdrawn");
    expect(await reportRow(reportId)).toMatchObject({ status: "open", version: 1 });
    expect((await auditOf(reportId)).map((e) => e.action)).not.toContain("report.resolve");

    // It can still be answered: a new correction, or a note.
    const again = await openCorrection(moderator, reportId);
    expect(again).not.toBe(draftId);
    const resolved = await postForm(`/moderation/reports/${reportId}/resolve`, { version: "1", note: "Checked: the file says 1937." }, moderator.cookie);
    expect(resolved.status).toBe(303);
    expect((await reportRow(reportId))?.status).toBe("resolved");
  });

  it("sends the correction even when the report was resolved meanwhile, leaving that resolution alone", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { memorialId } = await publishMemorial(zuckerDocument());
    const reportId = await openReport(memorialId);
    const draftId = await openCorrection(first, reportId);
    const other = await request(`/api/v1/moderation/reports/${reportId}/resolve`, { method: "POST", cookie: second.cookie, json: { version: 1, note: "Answered by mail." } });
    expect(other.status).toBe(200);

    await sendCorrection(first, draftId);
    expect((await revisionRow(draftId))?.status).toBe("pending");
    expect(await reportRow(reportId)).toMatchObject({ status: "resolved", version: 2, resolvedBy: second.id, resolutionNote: "Answered by mail." });
    expect((await auditOf(reportId)).filter((e) => e.action === "report.resolve")).toHaveLength(1);
  });

  it("refuses a stale or empty form and changes nothing", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const reportId = await openReport(memorialId);
    expect((await postForm(`/moderation/reports/${reportId}/correction`, { version: "1", note: "" }, moderator.cookie)).status).toBe(422);
    expect((await postForm(`/moderation/reports/${reportId}/correction`, { version: "7", note: "x" }, moderator.cookie)).status).toBe(409);
    expect(await testDb().select().from(revisions).where(eq(revisions.memorialId, memorialId))).toHaveLength(1);
    expect((await auditOf(reportId)).map((e) => e.action)).toEqual(["report.create"]);
  });
});
