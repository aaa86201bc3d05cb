import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, reports } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";

const reportRows = (memorialId: string) => testDb().select().from(reports).where(eq(reports.memorialId, memorialId));

describe("a visitor reports a problem", () => {
  it("through the API: 202, stored as an open report that enters the queue", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const res = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "error", message: "He was arrested in 1938, not 1937." } });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("open");
    const [row] = await reportRows(memorialId);
    expect(row).toMatchObject({ id: body.id, kind: "error", status: "open", reporterUserId: null });

    const bySlug = await request("/api/v1/reports", { method: "POST", json: { memorial_id: slug, kind: "duplicate", message: "Same as another entry." } });
    expect(bySlug.status).toBe(202);
    expect(await reportRows(memorialId)).toHaveLength(2);

    const moderator = await signIn("moderator");
    const queue = (await (await request("/api/v1/moderation/queue?kind=report", { cookie: moderator.cookie })).json()) as { items: Array<{ id: string; kind: string; report_kind: string; name: string }> };
    expect(queue.items.find((i) => i.id === body.id)).toMatchObject({ kind: "report", report_kind: "error", name: "Max Zucker" });
  });

  it("refuses bad input and unknown or withheld memorials", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const bad = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "spam", message: "" } });
    expect(bad.status).toBe(422);
    const paths = ((await bad.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "message"]));
    expect((await request("/api/v1/reports", { method: "POST", json: { memorial_id: "mem_doesnotexist1", kind: "error", message: "x" } })).status).toBe(404);
    await testDb().update(memorials).set({ status: "withheld" }).where(eq(memorials.id, memorialId));
    expect((await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "error", message: "x" } })).status).toBe(410);
    expect(await reportRows(memorialId)).toHaveLength(0);
  });

  it("through the form: Turnstile loaded with the CSP nonce, works without JavaScript with the test keys", async () => {
    const { memorialId, slug } = await publishMemorial(zuckerDocument());
    const form = await request(`/memorials/${slug}/report`);
    expect(form.status).toBe(200);
    const html = await form.text();
    const nonce = form.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async="" defer="" nonce="${nonce}"></script>`);
    expect(html).toContain('data-sitekey="1x00000000000000000000AA"');

    const invalid = await request(`/memorials/${slug}/report`, { method: "POST", body: new URLSearchParams({ kind: "privacy", message: "" }) });
    expect(invalid.status).toBe(422);
    const again = await invalid.text();
    expect(again).toContain('id="message-error"');
    expect(again).toMatch(/value="privacy" checked/);
    expect(await reportRows(memorialId)).toHaveLength(0);

    const sent = await request(`/memorials/${slug}/report`, {
      method: "POST",
      body: new URLSearchParams({ kind: "privacy", message: "Please remove my grandmother's address.", email: "family@example.org" }),
    });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Your report has reached the moderators.");
    const [row] = await reportRows(memorialId);
    expect(row).toMatchObject({ kind: "privacy", reporterEmail: "family@example.org", status: "open" });
    const [entry] = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, row!.id));
    expect(entry).toMatchObject({ action: "report.create" });
    expect(entry?.detail).not.toContain("family@example.org");
  });

  it("the form of a merged memorial moves to the survivor's form", async () => {
    const survivor = await publishMemorial(zuckerDocument(), { slug: "report-survivor" });
    const duplicate = await publishMemorial(zuckerDocument(), { slug: "report-duplicate" });
    await testDb().update(memorials).set({ status: "merged", mergedIntoId: survivor.memorialId }).where(eq(memorials.id, duplicate.memorialId));
    const res = await request("/memorials/report-duplicate/report");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/memorials/report-survivor/report");
    expect((await request("/memorials/nobody/report")).status).toBe(404);
  });
});
