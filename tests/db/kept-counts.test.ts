/**
 * The home page's figures and the moderation queue's tab counts are kept by triggers
 * (migrations/0008_counts.sql) instead of being counted on every visit. After every kind of
 * change a moderator or submitter can make, they must equal a full recount.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { archiveCounts } from "../../src/archive/home/home.queries";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { publishCorrection } from "../helpers/public-documents";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";

async function recountArchive() {
  return testDb().get<{ memorials: number; handovers: number; sources: number }>(sql`
    SELECT
      (SELECT count(*) FROM memorials WHERE status = 'published') AS memorials,
      (SELECT count(DISTINCT e.memorial_id) FROM memorial_events e
         JOIN memorials m ON m.id = e.memorial_id AND m.status = 'published' WHERE e.type = 'handover') AS handovers,
      (SELECT count(*) FROM memorial_sources s JOIN memorials m ON m.id = s.memorial_id AND m.status = 'published') AS sources`);
}

async function expectArchiveCountsRight() {
  expect(await archiveCounts(testDb())).toEqual(await recountArchive());
}

async function expectRevisionCountsRight() {
  const db = testDb();
  const kept = await db.all<{ status: string; kind: string; count: number }>(sql`SELECT status, kind, count FROM revision_counts WHERE count > 0 ORDER BY status, kind`);
  const counted = await db.all<{ status: string; kind: string; count: number }>(sql`SELECT status, kind, count(*) AS count FROM revisions GROUP BY status, kind ORDER BY status, kind`);
  expect(kept).toEqual(counted);
}

async function memorialAction(moderator: TestUser, memorialId: string, action: string, body: Record<string, unknown> = {}) {
  const current = (await (await request(`/api/v1/moderation/memorials/${memorialId}`, { cookie: moderator.cookie })).json()) as { version: number };
  const res = await request(`/api/v1/moderation/memorials/${memorialId}/${action}`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: current.version, reason: `test ${action}`, ...body },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

describe("the home page's figures", () => {
  it("follow publication, corrections, withholding, restoring, merging and unmerging", async () => {
    const moderator = await signIn("moderator");
    const withHandover = zuckerDocument();
    const first = await publishMemorial(withHandover);
    const second = await publishMemorial({ ...withHandover, names: [{ primary: true, kind: "birth", display: "Maximilian Zucker", given: "Maximilian", family: "Zucker" }] });
    await expectArchiveCountsRight();

    // A correction that drops the handover and a source, then one that brings them back.
    const withoutHandover = { ...withHandover, events: withHandover.events!.filter((e) => e.type !== "handover") };
    await publishCorrection(first.memorialId, withoutHandover);
    await expectArchiveCountsRight();
    await publishCorrection(first.memorialId, withHandover);
    await expectArchiveCountsRight();

    await memorialAction(moderator, first.memorialId, "withhold");
    await expectArchiveCountsRight();
    await memorialAction(moderator, first.memorialId, "restore");
    await expectArchiveCountsRight();
    await memorialAction(moderator, second.memorialId, "merge", { survivor_id: first.memorialId });
    await expectArchiveCountsRight();
    await memorialAction(moderator, second.memorialId, "unmerge");
    await expectArchiveCountsRight();
  });

  it("count a memorial approved through the queue", async () => {
    const moderator = await signIn("moderator");
    const revision = await createRevision();
    const before = await archiveCounts(testDb());
    const res = await request(`/api/v1/moderation/revisions/${revision.id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { action: "approve", version: revision.version },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await archiveCounts(testDb());
    expect(after.memorials).toBe(before.memorials + 1);
    expect(after.handovers).toBe(before.handovers + 1);
    expect(after.sources).toBe(before.sources + revision.document.sources.length);
    await expectArchiveCountsRight();
  });
});

describe("the moderation queue's counts", () => {
  it("follow submissions, claims, decisions, resubmissions and withdrawals", async () => {
    const moderator = await signIn("moderator");
    const submitter = await signIn("contributor");
    const created = await request("/api/v1/submissions", {
      method: "POST",
      cookie: submitter.cookie,
      headers: { "idempotency-key": crypto.randomUUID() },
      json: { document: zuckerDocument(), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expectRevisionCountsRight();

    const claim = await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    const { version } = (await claim.json()) as { version: number };
    await expectRevisionCountsRight();
    const queue = (await (await request("/api/v1/moderation/queue", { cookie: moderator.cookie })).json()) as { counts: { mine: number } };
    expect(queue.counts.mine).toBe(1);

    const decided = await request(`/api/v1/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { action: "request_changes", version, reason: "Please add the source of the arrest date." },
    });
    expect(decided.status, await decided.clone().text()).toBe(200);
    await expectRevisionCountsRight();

    const withdrawn = await request(`/api/v1/submissions/${id}/withdraw`, { method: "POST", cookie: submitter.cookie, json: { version: version + 1 } });
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200);
    await expectRevisionCountsRight();
  });
});
