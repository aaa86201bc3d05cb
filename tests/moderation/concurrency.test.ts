import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

describe("many decisions at once", () => {
  it("200 decisions from two moderators at 100 revisions leave exactly 100 decided, 100 audit entries, no dangling memorial", async () => {
    const moderators = [await signIn("moderator"), await signIn("moderator")];
    const submitter = await signIn("contributor");
    const revisions = Array.from({ length: 100 }, (_, i) => {
      const doc = zuckerDocument();
      // Half share one name, so their first publications also race for the same URL name.
      doc.names[0]!.display = i % 2 === 0 ? "Max Zucker" : `Person ${i}`;
      return createRevision({ document: doc, submitter });
    });
    const ids = (await Promise.all(revisions)).map((r) => r.id);
    const decisions = ids.flatMap((id, i) =>
      moderators.map((moderator, m) =>
        request(`/api/v1/moderation/revisions/${id}/decision`, {
          method: "POST",
          cookie: moderator.cookie,
          json: (i + m) % 2 === 0 ? { action: "approve", version: 1 } : { action: "reject", version: 1, reason: "Duplicate." },
        }),
      ),
    );
    const statuses = (await Promise.all(decisions)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 409)).toHaveLength(100);

    const db = testDb();
    const decided = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM revisions WHERE status IN ('approved', 'rejected') AND version = 2`);
    expect(decided.n).toBe(100);
    const entries = await db.get<{ n: number; subjects: number }>(sql`
      SELECT count(*) AS n, count(DISTINCT subject_id) AS subjects FROM audit_log
      WHERE action IN ('revision.approve', 'revision.reject', 'revision.request_changes')`);
    expect(entries).toEqual({ n: 100, subjects: 100 });
    const dangling = await db.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM memorials m LEFT JOIN revisions r ON r.id = m.current_revision_id
      WHERE m.status = 'published' AND (r.id IS NULL OR r.status <> 'approved')`);
    expect(dangling.n).toBe(0);
    const approved = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM revisions WHERE status = 'approved'`);
    const published = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM memorials WHERE status = 'published'`);
    expect(published.n).toBe(approved.n);
  }, 120_000); // 300 requests through the worker: generous on a busy machine, never asserted on
});
