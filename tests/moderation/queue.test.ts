import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

interface QueueAnswer {
  items: Array<{ id: string; kind: string; name: string; status: string; claimed_by: string | null; relationship: string | null; source_count: number | null; version: number }>;
  next_cursor: string | null;
  counts: Record<string, number>;
}

const named = (display: string) => {
  const doc = zuckerDocument();
  doc.names[0]!.display = display;
  return doc;
};

describe("the moderation queue", () => {
  it("lists revisions and reports oldest first, with filters, counts and a cursor", async () => {
    const moderator = await signIn("moderator");
    const hour = 3_600_000;
    const now = Date.now();
    const oldest = await createRevision({ document: named("Oldest Entry"), submittedAt: now - 30 * hour, relationship: "researcher" });
    const published = await publishMemorial(zuckerDocument());
    const correction = await createRevision({ document: named("Correction Entry"), memorialId: published.memorialId, basedOnRevisionId: published.revisionId, submittedAt: now - 20 * hour });
    const report = await request("/api/v1/reports", { method: "POST", json: { memorial_id: published.memorialId, kind: "error", message: "Wrong date" } });
    const reportId = ((await report.json()) as { id: string }).id;
    const waiting = await createRevision({ document: named("Waiting Entry"), status: "changes_requested", submittedAt: now - 10 * hour });
    const claimed = await createRevision({ document: named("Claimed Entry"), submittedAt: now - 5 * hour });
    await request(`/api/v1/moderation/revisions/${claimed.id}/claim`, { method: "POST", cookie: moderator.cookie });

    const all = (await (await request("/api/v1/moderation/queue?status=pending", { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(all.items.map((i) => i.id)).toEqual([oldest.id, correction.id, claimed.id, reportId]);
    expect(all.items[0]).toMatchObject({ kind: "new", name: "Oldest Entry", status: "pending", relationship: "researcher", source_count: 1, version: 1 });
    expect(all.items[2]).toMatchObject({ status: "in_review", claimed_by: moderator.id });
    expect(all.counts).toEqual({ new: 2, correction: 1, report: 1, mine: 1, changes_requested: 1 });

    const corrections = (await (await request("/api/v1/moderation/queue?kind=correction", { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(corrections.items.map((i) => i.id)).toEqual([correction.id]);
    const mine = (await (await request("/api/v1/moderation/queue?claimed=me", { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(mine.items.map((i) => i.id)).toEqual([claimed.id]);
    const waitingList = (await (await request("/api/v1/moderation/queue?status=changes_requested", { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(waitingList.items.map((i) => i.id)).toEqual([waiting.id]);

    const page1 = (await (await request("/api/v1/moderation/queue?limit=2", { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(page1.items.map((i) => i.id)).toEqual([oldest.id, correction.id]);
    const page2 = (await (await request(`/api/v1/moderation/queue?limit=2&cursor=${page1.next_cursor}`, { cookie: moderator.cookie })).json()) as QueueAnswer;
    expect(page2.items.map((i) => i.id)).toEqual([claimed.id, reportId]);
    expect(page2.next_cursor).toBeNull();
    expect((await request("/api/v1/moderation/queue?cursor=garbage", { cookie: moderator.cookie })).status).toBe(400);
    expect((await request("/api/v1/moderation/queue?kind=everything", { cookie: moderator.cookie })).status).toBe(422);

    const html = await (await request("/moderation", { cookie: moderator.cookie })).text();
    expect(html).toContain("Oldest Entry");
    expect(html).toContain("Researcher");
    expect(html).toContain("30 hours");
    expect(html).toContain(`href="/moderation/reports/${reportId}"`);
    expect(html).toMatch(/Claimed by me <span class="count">\(1\)<\/span>/);
    expect(html).not.toContain("Waiting Entry");
    const other = await signIn("moderator");
    expect(await (await request("/moderation", { cookie: other.cookie })).text()).toContain("Test moderator");
  });
});
