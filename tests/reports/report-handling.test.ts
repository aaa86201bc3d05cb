import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, reports } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";

async function openReport(memorialId: string, kind = "takedown") {
  const res = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind, message: "Please take this down." } });
  return ((await res.json()) as { id: string }).id;
}

const reportRow = (id: string) => testDb().select().from(reports).where(eq(reports.id, id)).get();
const form = (path: string, cookie: string, fields: Record<string, string>) => request(path, { method: "POST", cookie, body: new URLSearchParams(fields) });

describe("moderators handle reports", () => {
  it("resolve one with a note; a stale resolution changes nothing", async () => {
    const moderator = await signIn("moderator");
    const { memorialId } = await publishMemorial(zuckerDocument());
    const id = await openReport(memorialId, "error");
    const page = await (await request(`/moderation/reports/${id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain("Please take this down.");
    expect((await form(`/moderation/reports/${id}/resolve`, moderator.cookie, { version: "1", note: "" })).status).toBe(422);
    const done = await form(`/moderation/reports/${id}/resolve`, moderator.cookie, { version: "1", note: "Checked: the date is right." });
    expect(done.status).toBe(303);
    expect(await reportRow(id)).toMatchObject({ status: "resolved", version: 2, resolvedBy: moderator.id, resolutionNote: "Checked: the date is right." });
    const stale = await request(`/api/v1/moderation/reports/${id}/resolve`, { method: "POST", cookie: moderator.cookie, json: { version: 1, note: "again" } });
    expect(stale.status).toBe(409);
    expect((await reportRow(id))?.resolutionNote).toBe("Checked: the date is right.");
  });

  it("withhold the memorial from the report: both change in one batch", async () => {
    const moderator = await signIn("moderator");
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const id = await openReport(memorialId);
    const done = await form(`/moderation/memorials/${memorialId}/withhold`, moderator.cookie, { version: "1", reason: "Family's takedown request", report_id: id, report_version: "1" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/moderation/reports/${id}`);
    expect((await request(`/memorials/${slug}`)).status).toBe(410);
    expect(await reportRow(id)).toMatchObject({ status: "resolved", resolutionNote: "Family's takedown request" });
    const entry = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(entry.map((e) => e.action)).toEqual(["report.create", "report.resolve"]);

    // The report was resolved meanwhile: a second action with it fails as a whole.
    const other = await publishMemorial(zuckerDocument());
    const stale = await form(`/moderation/memorials/${other.memorialId}/withhold`, moderator.cookie, { version: "1", reason: "x", report_id: id, report_version: "1" });
    expect(stale.status).toBe(409);
    expect((await testDb().select().from(memorials).where(eq(memorials.id, other.memorialId)).get())?.status).toBe("published");
  });

  it("claims on reports: one holder at a time", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { memorialId } = await publishMemorial(zuckerDocument());
    const id = await openReport(memorialId, "other");
    const claims = await Promise.all([first, second].map((m) => request(`/api/v1/moderation/reports/${id}/claim`, { method: "POST", cookie: m.cookie })));
    expect(claims.map((c) => c.status).sort()).toEqual([200, 409]);
    const holder = (await reportRow(id))?.claimedBy === first.id ? first : second;
    const other = holder === first ? second : first;
    const blocked = await request(`/api/v1/moderation/reports/${id}/resolve`, { method: "POST", cookie: other.cookie, json: { version: 1, note: "mine" } });
    expect(blocked.status).toBe(409);
    expect((await reportRow(id))?.status).toBe("open");
  });
});
