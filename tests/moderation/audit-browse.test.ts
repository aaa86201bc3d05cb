import { describe, expect, it } from "vitest";
import { auditInsert } from "../../src/platform/audit/audit";
import { users } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { request, testDb } from "../helpers/app";
import { createRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";

interface Entry {
  id: number;
  at: string;
  action: string;
  actor_name: string | null;
  actor_email?: string | null;
  subject_id: string;
  subject_label: string | null;
  subject_href: string | null;
}
interface Listing {
  items: Entry[];
  next_before: number | null;
  next_cursor: string | null;
}

/** The log's rows, without the filter form (whose choices name every kind of change). */
function rowsOf(html: string): string {
  return html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
}

async function audit(user: TestUser, query: string): Promise<Listing> {
  const res = await request(`/api/v1/audit?${query}`, { cookie: user.cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Listing;
}

/** Entries of one actor written at chosen moments, as the changes they record would write them. */
async function entriesAt(actorId: string, entries: Array<{ at: number; action: string; subjectId?: string }>) {
  const db = testDb();
  await db.batch(
    entries.map((e) => auditInsert(db, { actorId, action: e.action, subjectType: "revision", subjectId: e.subjectId ?? newId("rev"), at: e.at })) as [
      ReturnType<typeof auditInsert>,
    ],
  );
}

describe("browsing the audit log", () => {
  it("shows moderators every change newest first, in words, with who did it and a link to what it was about", async () => {
    const moderator = await signIn("moderator");
    const { id } = await createRevision();
    await request(`/api/v1/moderation/revisions/${id}/claim`, { method: "POST", cookie: moderator.cookie });
    await request(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "request_changes", version: 1, reason: "Which camp?" } });

    const res = await request("/moderation/audit", { cookie: moderator.cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    const rows = rowsOf(html);
    const asked = rows.indexOf("Changes requested");
    const claimed = rows.indexOf("Claimed for review");
    expect(asked).toBeGreaterThan(-1);
    expect(claimed).toBeGreaterThan(asked);
    expect(html).toContain(`href="/moderation/revisions/${id}"`);
    expect(html).toContain("Max Zucker");
    expect(html).toContain("Test moderator");
    expect(html).toContain("Which camp?");
    expect(html).not.toContain(moderator.email);
    expect(rows).not.toContain("revision.request_changes");
    expect(html).toMatch(/<time datetime="[^"]+Z" data-local-time="datetime">\d{4}-\d\d-\d\d \d\d:\d\d UTC<\/time>/);

    const api = await audit(moderator, `actor=${moderator.id}`);
    expect(api.items.map((e) => e.action)).toEqual(["revision.request_changes", "revision.claim"]);
    expect(api.items[0]).toMatchObject({ subject_id: id, subject_label: "Max Zucker", subject_href: `/moderation/revisions/${id}` });
  });

  it("filters by person, by kind of change and by days (UTC, both ends included)", async () => {
    const moderator = await signIn("moderator");
    const day = (d: number, h: number, m = 0) => Date.UTC(2020, 0, d, h, m);
    await entriesAt(moderator.id, [
      { at: day(1, 23, 59), action: "revision.claim" },
      { at: day(2, 0, 0), action: "revision.approve" },
      { at: day(2, 23, 59), action: "revision.claim" },
      { at: day(3, 0, 0), action: "revision.reject" },
    ]);
    const onTheSecond = await audit(moderator, `actor=${moderator.id}&from=2020-01-02&to=2020-01-02`);
    expect(onTheSecond.items.map((e) => [e.action, e.at])).toEqual([
      ["revision.claim", "2020-01-02T23:59:00.000Z"],
      ["revision.approve", "2020-01-02T00:00:00.000Z"],
    ]);
    const claims = await audit(moderator, `actor=${moderator.id}&action=revision.claim`);
    expect(claims.items.map((e) => e.at)).toEqual(["2020-01-02T23:59:00.000Z", "2020-01-01T23:59:00.000Z"]);
    const fromTheThird = await audit(moderator, `actor=${moderator.id}&from=2020-01-03`);
    expect(fromTheThird.items.map((e) => e.action)).toEqual(["revision.reject"]);

    const page = await (await request(`/moderation/audit?actor=${moderator.id}&action=revision.approve`, { cookie: moderator.cookie })).text();
    expect(rowsOf(page)).toContain("Approved");
    expect(rowsOf(page)).not.toContain("Claimed for review");
    expect(page).toMatch(/<option value="revision.approve" selected="">Approved<\/option>/);
  });

  it("pages with a cursor, each entry exactly once, also when several share a millisecond", async () => {
    const moderator = await signIn("moderator");
    const at = Date.UTC(2021, 5, 1, 12);
    await entriesAt(moderator.id, [
      { at, action: "revision.claim" },
      { at, action: "revision.release" },
      { at, action: "revision.claim_renew" },
      { at: at - 1, action: "revision.approve" },
    ]);
    const seen: string[] = [];
    let cursor: string | null = "";
    for (let pages = 0; cursor !== null && pages < 10; pages++) {
      const listing = await audit(moderator, `actor=${moderator.id}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...listing.items.map((e) => e.action));
      cursor = listing.next_cursor;
    }
    expect(seen).toEqual(["revision.claim_renew", "revision.release", "revision.claim", "revision.approve"]);

    const html = await (await request(`/moderation/audit?actor=${moderator.id}`, { cookie: moderator.cookie })).text();
    expect(html).not.toContain('rel="next"');
  });

  it("keeps the contract of GET /api/v1/audit?subject_id=: by id, newest first, paged with before", async () => {
    const moderator = await signIn("moderator");
    const subjectId = newId("rev");
    await entriesAt(moderator.id, [
      { at: 3_000, action: "revision.submit", subjectId },
      { at: 2_000, action: "revision.claim", subjectId },
      { at: 1_000, action: "revision.approve", subjectId },
    ]);
    const first = await audit(moderator, `subject_id=${subjectId}&limit=2`);
    // By id (the order they were written), not by time: this reading is promised as it was.
    expect(first.items.map((e) => e.action)).toEqual(["revision.approve", "revision.claim"]);
    expect(first.next_before).toBe(first.items[1]!.id);
    const rest = await audit(moderator, `subject_id=${subjectId}&limit=2&before=${first.next_before}`);
    expect(rest.items.map((e) => e.action)).toEqual(["revision.submit"]);
    expect(rest.next_before).toBeNull();
  });

  it("refuses filters that make no sense, saying which field is wrong", async () => {
    const moderator = await signIn("moderator");
    const problem = async (query: string) => {
      const res = await request(`/api/v1/audit?${query}`, { cookie: moderator.cookie });
      return { status: res.status, body: (await res.json()) as { errors?: Array<{ path: string }> } };
    };
    expect((await problem("from=2020-13-01")).body.errors?.map((e) => e.path)).toEqual(["from"]);
    expect((await problem("from=2020-02-30")).status).toBe(422);
    const backwards = await problem("from=2020-02-02&to=2020-02-01");
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors?.map((e) => e.path)).toEqual(["to"]);
    expect((await problem(`actor=${moderator.id}&before=5`)).body.errors?.map((e) => e.path)).toEqual(["before"]);
    expect((await problem("cursor=not-a-cursor")).status).toBe(400);

    const res = await request("/moderation/audit?from=2020-02-02&to=2020-02-01&lang=de", { cookie: moderator.cookie });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Der letzte Tag darf nicht vor dem ersten liegen.");
    expect(html).toContain('value="2020-02-02"');
    expect(html).toContain('aria-invalid="true"');
  });

  it("names people by their public name: emails only for admins, never for moderators", async () => {
    const moderator = await signIn("moderator");
    const admin = await signIn("admin");
    const unnamedId = newId("usr");
    const email = `unnamed-${unnamedId}@example.org`;
    await testDb().insert(users).values({ id: unnamedId, email, role: "contributor", createdAt: Date.now() });
    await entriesAt(unnamedId, [{ at: Date.now(), action: "revision.withdraw" }]);

    const seenByModerator = await audit(moderator, `actor=${unnamedId}`);
    expect(seenByModerator.items[0]).not.toHaveProperty("actor_email");
    const moderatorPage = await (await request(`/moderation/audit?actor=${unnamedId}`, { cookie: moderator.cookie })).text();
    expect(moderatorPage).toContain("an account without a name");
    expect(moderatorPage).not.toContain(email);

    const seenByAdmin = await audit(admin, `actor=${unnamedId}`);
    expect(seenByAdmin.items[0]?.actor_email).toBe(email);
  });

  it("is for moderators and admins only", async () => {
    const contributor = await signIn("contributor");
    expect((await request("/moderation/audit", { cookie: contributor.cookie })).status).toBe(403);
    expect((await request("/api/v1/audit", { cookie: contributor.cookie })).status).toBe(403);
    expect((await request("/api/v1/audit")).status).toBe(401);
  });
});
