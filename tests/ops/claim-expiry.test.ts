import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, reports, revisions } from "../../src/platform/db/schema";
import { claimReport, claimRevision } from "../../src/editorial/moderation/claims";
import { testDb } from "../helpers/app";
import { fireCron, MINUTE, QUARTER_HOURLY } from "../helpers/cron";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { request } from "../helpers/app";

function actor(moderator: TestUser, now: number) {
  return { moderator: { id: moderator.id, email: moderator.email, displayName: "M", role: moderator.role }, now, requestId: "test" };
}

async function revisionRow(id: string) {
  return (await testDb().select().from(revisions).where(eq(revisions.id, id)).get())!;
}

function auditOf(subjectId: string, action: string) {
  return testDb().select().from(auditLog).where(and(eq(auditLog.subjectId, subjectId), eq(auditLog.action, action))).all();
}

describe("the quarter-hourly job releases claims that ran out", () => {
  it("puts a revision whose claim lapsed back to pending, audited with its holder, and leaves live claims alone", async () => {
    const moderator = await signIn("moderator");
    const now = Date.now();
    const lapsed = await createRevision();
    const live = await createRevision();
    await claimRevision(testDb(), lapsed.id, actor(moderator, now - 45 * MINUTE));
    await claimRevision(testDb(), live.id, actor(moderator, now - 10 * MINUTE));

    await fireCron(QUARTER_HOURLY, now);

    expect(await revisionRow(lapsed.id)).toMatchObject({ status: "pending", claimedBy: null, claimedUntil: null, version: 1 });
    expect(await revisionRow(live.id)).toMatchObject({ status: "in_review", claimedBy: moderator.id });
    const [entry] = await auditOf(lapsed.id, "revision.claim_expired");
    expect(entry).toMatchObject({ actorId: null, subjectType: "revision", subjectVersion: 1, at: now });
    expect(JSON.parse(entry!.detail!)).toMatchObject({ claimed_by: moderator.id });
    expect(await auditOf(live.id, "revision.claim_expired")).toEqual([]);

    // Running again changes nothing and writes no second entry.
    await fireCron(QUARTER_HOURLY, now + MINUTE);
    expect(await auditOf(lapsed.id, "revision.claim_expired")).toHaveLength(1);
  });

  it("keeps a claim the moderator renewed after it had lapsed", async () => {
    const moderator = await signIn("moderator");
    const now = Date.now();
    const revision = await createRevision();
    await claimRevision(testDb(), revision.id, actor(moderator, now - 45 * MINUTE));
    await claimRevision(testDb(), revision.id, actor(moderator, now - MINUTE));
    await fireCron(QUARTER_HOURLY, now);
    expect(await revisionRow(revision.id)).toMatchObject({ status: "in_review", claimedBy: moderator.id });
    expect(await auditOf(revision.id, "revision.claim_expired")).toEqual([]);
  });

  it("frees a report whose claim lapsed, so another moderator can take it", async () => {
    const [holder, other] = [await signIn("moderator"), await signIn("moderator")];
    const { memorialId } = await publishMemorial(zuckerDocument());
    const sent = await request("/api/v1/reports", {
      method: "POST",
      json: { memorial_id: memorialId, kind: "error", message: "The birth year is 1901, not 1902." },
    });
    const { id } = (await sent.json()) as { id: string };
    const now = Date.now();
    await claimReport(testDb(), id, actor(holder, now - 40 * MINUTE));

    await fireCron(QUARTER_HOURLY, now);

    const report = await testDb().select().from(reports).where(eq(reports.id, id)).get();
    expect(report).toMatchObject({ status: "open", claimedBy: null, claimedUntil: null });
    expect(await auditOf(id, "report.claim_expired")).toHaveLength(1);
    await expect(claimReport(testDb(), id, actor(other, now))).resolves.toMatchObject({ version: report!.version });
  });
});
