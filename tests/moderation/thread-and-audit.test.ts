import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, revisionMessages } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

describe("the thread with the submitter and the history", () => {
  it("a moderator's message is stored, mailed to the submitter and audited", async () => {
    const moderator = await signIn("moderator");
    const { id, submitter } = await createRevision();
    const empty = await request(`/moderation/revisions/${id}/messages`, { method: "POST", cookie: moderator.cookie, body: new URLSearchParams({ body: "  " }) });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Write a message.");
    const sent = await request(`/moderation/revisions/${id}/messages`, { method: "POST", cookie: moderator.cookie, body: new URLSearchParams({ body: "Which camp was he in?" }) });
    expect(sent.status).toBe(303);
    const api = await request(`/api/v1/moderation/revisions/${id}/messages`, { method: "POST", cookie: moderator.cookie, json: { body: "And when?" } });
    expect(api.status).toBe(201);
    const stored = await testDb().select().from(revisionMessages).where(eq(revisionMessages.revisionId, id)).orderBy(revisionMessages.createdAt);
    expect(stored.map((m) => [m.body, m.authorId])).toEqual([["Which camp was he in?", moderator.id], ["And when?", moderator.id]]);
    const mails = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, submitter.email));
    expect(mails.map((m) => m.body).join()).toContain("Which camp was he in?");
    const page = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain("Which camp was he in?");
  });

  it("the audit API lists who did what, on which version, without emails", async () => {
    const moderator = await signIn("moderator");
    const { id, submitter } = await createRevision();
    await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "request_changes", version: 1, reason: "More sources, please." } });
    const res = await request(`/api/v1/audit?subject_id=${id}`, { cookie: moderator.cookie });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(moderator.email);
    expect(text).not.toContain(submitter.email);
    const { items } = JSON.parse(text) as { items: Array<{ action: string; actor_name: string; subject_version: number; detail: Record<string, unknown> }> };
    expect(items.map((e) => [e.action, e.actor_name, e.subject_version])).toEqual([
      ["revision.request_changes", "Test moderator", 2],
      ["revision.claim", "Test moderator", 1],
    ]);
    expect(items[0]?.detail).toMatchObject({ reason: "More sources, please.", seen_version: 1 });
    expect((await request("/api/v1/audit?subject_id=", { cookie: moderator.cookie })).status).toBe(200);
    const html = await (await request(`/moderation/audit?subject_id=${id}`, { cookie: moderator.cookie })).text();
    expect(html).toContain("Changes requested");
  });
});
