import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox, memorials, revisionMessages } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { createRevision, resubmitRevision, storedRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

const decide = (id: string, cookie: string, json: Record<string, unknown>) =>
  request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie, json });

async function auditActions(subjectId: string) {
  const rows = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, subjectId)).orderBy(auditLog.id);
  return rows.map((r) => r.action);
}

async function mailsTo(address: string) {
  return testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(mailOutbox.createdAt);
}

describe("deciding on a submission", () => {
  it("runs the whole cycle: request changes, resubmit, a stale approval refused, approval publishes", async () => {
    const moderator = await signIn("moderator");
    const { id, submitter } = await createRevision();
    expect((await request(`/memorials/max-zucker`)).status).toBe(404);

    const claim = await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    expect(claim.status).toBe(200);
    const changes = await decide(id, moderator.cookie, { action: "request_changes", version: 1, reason: "Please cite the archive file for the arrest." });
    expect(changes.status).toBe(200);
    expect(await changes.json()).toMatchObject({ status: "changes_requested", version: 2 });
    expect(await storedRevision(id)).toMatchObject({ status: "changes_requested", version: 2, claimedBy: null });
    const thread = await testDb().select().from(revisionMessages).where(eq(revisionMessages.revisionId, id));
    expect(thread.map((m) => m.body)).toEqual(["Please cite the archive file for the arrest."]);
    const [changeMail] = await mailsTo(submitter.email);
    expect(changeMail?.body).toContain("Please cite the archive file for the arrest.");

    const revised = zuckerDocument();
    revised.sources!.push({ id: "s2", kind: "archive", citation: "GARF f. 10035, op. 1, d. P-54560", archive: "GARF" });
    await resubmitRevision(id, submitter, 2, revised);

    const stale = await decide(id, moderator.cookie, { action: "approve", version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 3 });

    const approved = await decide(id, moderator.cookie, { action: "approve", version: 3 });
    expect(approved.status).toBe(200);
    const body = (await approved.json()) as { memorial_id: string; status: string; version: number };
    expect(body).toMatchObject({ status: "approved", version: 4 });
    const memorial = await testDb().select().from(memorials).where(eq(memorials.id, body.memorial_id)).get();
    expect(memorial).toMatchObject({ status: "published", currentRevisionId: id, slug: "max-zucker" });
    const page = await request(`/memorials/max-zucker`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("GARF f. 10035");
    const api = await (await request(`/api/v1/memorials/${body.memorial_id}`)).json();
    expect(api).toMatchObject({ revision_id: id });
    expect((await mailsTo(submitter.email)).map((m) => m.subject)).toEqual([
      "Please revise: Max Zucker",
      "Your submission “Max Zucker” has arrived",
      "Published: Max Zucker",
    ]);
    expect(await auditActions(id)).toEqual(["revision.claim", "revision.request_changes", "revision.resubmit", "revision.approve"]);
    expect(await auditActions(body.memorial_id)).toEqual(["memorial.publish"]);
  });

  it("rejects only with a reason, which the submitter reads; rejected content stays private", async () => {
    const moderator = await signIn("moderator");
    const doc = zuckerDocument();
    doc.names[0]!.display = "Rejected Person";
    const { id, submitter } = await createRevision({ document: doc });
    const noReason = await decide(id, moderator.cookie, { action: "reject", version: 1 });
    expect(noReason.status).toBe(422);
    expect(((await noReason.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe("reason");
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 1 });

    const rejected = await decide(id, moderator.cookie, { action: "reject", version: 1, reason: "This person is already in the archive." });
    expect(rejected.status).toBe(200);
    expect(await storedRevision(id)).toMatchObject({ status: "rejected", decisionReason: "This person is already in the archive.", memorialId: null });
    expect((await mailsTo(submitter.email))[0]?.body).toContain("This person is already in the archive.");
    expect(await (await request("/api/v1/memorials?q=Rejected")).text()).not.toContain("Rejected Person");
    expect((await decide(id, moderator.cookie, { action: "approve", version: 2 })).status).toBe(409);
  });

  it("refuses a decision on one's own submission (four eyes) and changes nothing", async () => {
    const moderator = await signIn("moderator");
    const { id } = await createRevision({ submitter: moderator });
    const own = await decide(id, moderator.cookie, { action: "approve", version: 1 });
    expect(own.status).toBe(403);
    expect((await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie })).status).toBe(403);
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 1, decidedBy: null });
    expect(await auditActions(id)).toEqual([]);
    const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain("Another moderator must decide on it.");
    expect(page).not.toContain('action="/moderation/revisions/' + id + '/decision"');
  });

  it("approves a possibly living person only after the death or consent is confirmed", async () => {
    const moderator = await signIn("moderator");
    const doc = zuckerDocument();
    doc.names[0]!.display = "Living Person";
    doc.events = [{ type: "birth", date: { edtf: "1950" }, sources: ["s1"] }];
    const { id } = await createRevision({ document: doc });
    const unconfirmed = await decide(id, moderator.cookie, { action: "approve", version: 1 });
    expect(unconfirmed.status).toBe(422);
    expect(((await unconfirmed.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe("living_confirmation");
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 1 });

    const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain("This person may still be alive");
    expect(page).toContain('name="living_confirmation" value="consent"');

    const confirmed = await decide(id, moderator.cookie, { action: "approve", version: 1, living_confirmation: "consent" });
    expect(confirmed.status).toBe(200);
    expect(await storedRevision(id)).toMatchObject({ status: "approved", livingConfirmation: "consent" });
    const entry = await testDb().select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, "revision.approve"))).get();
    expect(JSON.parse(entry!.detail!)).toMatchObject({ living_confirmation: "consent", seen_version: 1 });
  });

  it("asks for the living-person confirmation when the only death is undated, in the future or before the birth", async () => {
    const moderator = await signIn("moderator");
    const born1990 = { type: "birth" as const, date: { edtf: "1990" }, sources: ["s1"] };
    const doubtful = [
      { type: "death" as const, date: { edtf: "2099" }, sources: ["s1"] },
      { type: "execution" as const, sources: ["s1"] },
      { type: "death" as const, date: { edtf: "1941-10-23" }, sources: ["s1"] },
    ];
    for (const death of doubtful) {
      const doc = zuckerDocument();
      doc.events = [born1990, death];
      const { id } = await createRevision({ document: doc });
      const unconfirmed = await decide(id, moderator.cookie, { action: "approve", version: 1 });
      expect(unconfirmed.status, JSON.stringify(death)).toBe(422);
      expect(((await unconfirmed.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe("living_confirmation");
      expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 1 });
      const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
      expect(page).toContain("This person may still be alive");
      const confirmed = await decide(id, moderator.cookie, { action: "approve", version: 1, living_confirmation: "death_confirmed" });
      expect(confirmed.status).toBe(200);
    }

    const dated = zuckerDocument();
    dated.events = [born1990, { type: "death", date: { edtf: "2020-05" }, sources: ["s1"] }];
    const { id } = await createRevision({ document: dated });
    expect((await decide(id, moderator.cookie, { action: "approve", version: 1 })).status).toBe(200);
  });

  it("decides through the HTML form: errors next to the field, input kept, then a redirect", async () => {
    const moderator = await signIn("moderator");
    const { id } = await createRevision();
    const missing = await request(`/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      body: new URLSearchParams({ action: "reject", version: "1", reason: " " }),
    });
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain('id="reason-error"');
    expect(html).toContain("Give the reason for the rejection");
    expect(html).toMatch(/value="reject" checked/);

    const stale = await request(`/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      body: new URLSearchParams({ action: "reject", version: "7", reason: "Duplicate" }),
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Nothing was changed");

    const done = await request(`/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      body: new URLSearchParams({ action: "reject", version: "1", reason: "Duplicate of an existing memorial" }),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/moderation/revisions/${id}`);
    expect(await storedRevision(id)).toMatchObject({ status: "rejected" });
  });
});
