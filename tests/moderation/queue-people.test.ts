import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";

async function named(user: TestUser, displayName: string) {
  await testDb().update(users).set({ displayName }).where(eq(users.id, user.id));
  return user;
}

/** The queue row of one item, as the page shows it. */
async function queueRow(viewer: TestUser, query: string, revisionId: string): Promise<string> {
  const html = await (await request(`/moderation${query}`, { cookie: viewer.cookie })).text();
  const at = html.indexOf(`/moderation/revisions/${revisionId}"`);
  expect(at).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
}

interface QueueItemJson {
  id: string;
  claimed_by_name: string | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  relationship: string | null;
}

describe("four eyes at a glance in the queue", () => {
  it("shows who sent an item, who holds it and who decided last, by name and never by email", async () => {
    const submitter = await named(await signIn("contributor"), "Hanna Berger");
    const anna = await named(await signIn("moderator"), "Anna Archiv");
    const boris = await named(await signIn("moderator"), "Boris Bibliothek");
    const { id } = await createRevision({ submitter, relationship: "relative" });

    await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: anna.cookie });
    const claimed = await queueRow(boris, "", id);
    expect(claimed).toContain("Hanna Berger");
    expect(claimed).toContain("Relative");
    expect(claimed).toContain("Anna Archiv");
    expect(await queueRow(anna, "", id)).toContain("<strong>You</strong>");

    await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: anna.cookie, json: { action: "request_changes", version: 1, reason: "Which camp?" } });
    const waiting = await queueRow(boris, "?status=changes_requested", id);
    expect(waiting).toContain("Hanna Berger");
    expect(waiting).toContain("Anna Archiv");
    expect(waiting).toMatch(/data-local-time="datetime">[^<]+ UTC</);
    for (const row of [claimed, waiting]) {
      for (const person of [submitter, anna, boris]) expect(row).not.toContain(person.email);
    }

    const api = await request("/api/v1/moderation/queue?status=changes_requested", { cookie: boris.cookie });
    const { items } = (await api.json()) as { items: QueueItemJson[] };
    const item = items.find((i) => i.id === id)!;
    expect(item).toMatchObject({
      submitted_by: submitter.id,
      submitted_by_name: "Hanna Berger",
      decided_by: anna.id,
      decided_by_name: "Anna Archiv",
      relationship: "relative",
    });
    expect(item.decided_at).toMatch(/Z$/);
    expect(JSON.stringify(items)).not.toContain("@");
  });

  it("names a visitor's report as a visitor's, and an unclaimed, undecided item as nobody's", async () => {
    const moderator = await signIn("moderator");
    const { id } = await createRevision();
    const api = await request("/api/v1/moderation/queue", { cookie: moderator.cookie });
    const item = ((await api.json()) as { items: QueueItemJson[] }).items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ claimed_by_name: null, decided_by: null, decided_by_name: null, decided_at: null });
    expect(item.submitted_by_name).toBe("Test contributor");

    const { memorialId } = await publishMemorial(zuckerDocument());
    const sent = await request("/api/v1/reports", { method: "POST", json: { memorial_id: memorialId, kind: "error", message: "The arrest date is wrong." } });
    expect(sent.status).toBe(202);
    const reports = await request("/api/v1/moderation/queue?kind=report", { cookie: moderator.cookie });
    const report = ((await reports.json()) as { items: Array<QueueItemJson & { memorial_id: string }> }).items.find((i) => i.memorial_id === memorialId)!;
    expect(report).toMatchObject({ submitted_by: null, submitted_by_name: null });
    const html = await (await request("/moderation?kind=report", { cookie: moderator.cookie })).text();
    expect(html).toContain("a visitor");
  });
});
