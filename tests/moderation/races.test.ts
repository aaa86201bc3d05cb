import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, revisions } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { createRevision, storedRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

const post = (path: string, cookie: string, json?: unknown) => request(path, { method: "POST", cookie, json: json ?? {} });

describe("two moderators at the same time", () => {
  it("race for the same claim: exactly one holds it, the other is told who", async () => {
    const first = await signIn("moderator");
    const second = await signIn("moderator");
    const { id } = await createRevision();
    const answers = await Promise.all([first, second].map((m) => post(`/api/v1/moderation/revisions/${id}/claim`, m.cookie)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409]);
    const row = await storedRevision(id);
    const winner = row!.claimedBy === first.id ? first : second;
    const loser = answers[winner === first ? 1 : 0]!;
    expect(((await loser.json()) as { detail: string }).detail).toMatch(/^Claimed by Test moderator until /);
    expect(row).toMatchObject({ status: "in_review", version: 1 });
    const claims = await testDb().select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, "revision.claim")));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.actorId).toBe(winner.id);

    // The holder may renew; the other cannot decide while the claim lasts.
    expect((await post(`/api/v1/moderation/revisions/${id}/claim`, winner.cookie)).status).toBe(200);
    const other = winner === first ? second : first;
    const blocked = await post(`/api/v1/moderation/revisions/${id}/decision`, other.cookie, { action: "reject", version: 1, reason: "no" });
    expect(blocked.status).toBe(409);
    expect(await storedRevision(id)).toMatchObject({ status: "in_review", version: 1 });
    expect((await post(`/api/v1/moderation/revisions/${id}/release`, winner.cookie)).status).toBe(200);
    expect(await storedRevision(id)).toMatchObject({ status: "pending", claimedBy: null });
    expect((await post(`/api/v1/moderation/revisions/${id}/claim`, other.cookie)).status).toBe(200);
  });

  it("race for the same decision: exactly one wins and the audit log shows one decision", async () => {
    const first = await signIn("moderator");
    const second = await signIn("moderator");
    const { id } = await createRevision();
    const [approve, reject] = await Promise.all([
      post(`/api/v1/moderation/revisions/${id}/decision`, first.cookie, { action: "approve", version: 1 }),
      post(`/api/v1/moderation/revisions/${id}/decision`, second.cookie, { action: "reject", version: 1, reason: "Not enough sources." }),
    ]);
    expect([approve.status, reject.status].sort()).toEqual([200, 409]);
    const row = await storedRevision(id);
    expect(row?.status).toBe(approve.status === 200 ? "approved" : "rejected");
    expect(row?.version).toBe(2);
    const decisions = await testDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), like(auditLog.action, "revision.%")));
    expect(decisions.map((d) => d.action)).toEqual([approve.status === 200 ? "revision.approve" : "revision.reject"]);
  });

  it("an expired claim no longer blocks anyone", async () => {
    const first = await signIn("moderator");
    const second = await signIn("moderator");
    const { id } = await createRevision();
    expect((await post(`/api/v1/moderation/revisions/${id}/claim`, first.cookie)).status).toBe(200);
    await testDb().update(revisions).set({ claimedUntil: Date.now() - 1 }).where(eq(revisions.id, id));
    expect((await post(`/api/v1/moderation/revisions/${id}/claim`, second.cookie)).status).toBe(200);
    expect(await storedRevision(id)).toMatchObject({ claimedBy: second.id });
  });
});
