import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";
import { moderatorSets, postSubmission, revisionRow, submissionBody } from "./submission-helpers";

async function submitted(user: TestUser) {
  const res = await postSubmission(user, submissionBody());
  return ((await res.json()) as { id: string }).id;
}

function put(user: TestUser, id: string, body: unknown) {
  return request(`/api/v1/submissions/${id}`, { method: "PUT", cookie: user.cookie, json: body });
}

function withdraw(user: TestUser, id: string, body?: unknown) {
  return request(`/api/v1/submissions/${id}/withdraw`, {
    method: "POST",
    cookie: user.cookie,
    json: body,
  });
}

describe("reading one's submissions", () => {
  it("lists only the caller's own revisions, newest first, page by page", async () => {
    const [me, other] = [await signIn(), await signIn()];
    const mine = [await submitted(me), await submitted(me), await submitted(me)];
    await submitted(other);
    const first = (await (
      await request("/api/v1/submissions?limit=2", { cookie: me.cookie })
    ).json()) as {
      items: Array<{ id: string; status: string; name: string }>;
      next_cursor: string;
    };
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ status: "pending", name: "Max Zucker" });
    const second = (await (
      await request(`/api/v1/submissions?limit=2&cursor=${first.next_cursor}`, {
        cookie: me.cookie,
      })
    ).json()) as { items: Array<{ id: string }>; next_cursor: null };
    expect(second.next_cursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual([...mine].sort());
  });

  it("shows one's own revision with status, version and the moderators' messages", async () => {
    const [me, moderator] = [await signIn(), await signIn("moderator")];
    const id = await submitted(me);
    await moderatorSets(
      id,
      "changes_requested",
      moderator,
      "Please cite the archive file of the arrest.",
    );
    const res = await request(`/api/v1/submissions/${id}`, { cookie: me.cookie });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id,
      status: "changes_requested",
      version: 2,
      kind: "new",
      submitter: { relationship: "descendant", show_name: false },
      consent: { publish: true },
    });
    expect(body.messages).toEqual([
      expect.objectContaining({
        body: "Please cite the archive file of the arrest.",
        author_role: "moderator",
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain(moderator.email);
  });

  it("hides another contributor's submission behind 404 for reading, revising and withdrawing", async () => {
    const [owner, stranger] = [await signIn(), await signIn()];
    const id = await submitted(owner);
    await moderatorSets(id, "changes_requested");
    expect((await request(`/api/v1/submissions/${id}`, { cookie: stranger.cookie })).status).toBe(
      404,
    );
    expect((await put(stranger, id, { ...submissionBody(), version: 2 })).status).toBe(404);
    expect((await withdraw(stranger, id)).status).toBe(404);
    expect(
      (await request("/api/v1/submissions/rev_doesnotexist00", { cookie: stranger.cookie })).status,
    ).toBe(404);
    expect(await revisionRow(id)).toMatchObject({ status: "changes_requested", version: 2 });
  });

  it("lets moderators read any submitted revision but not change it", async () => {
    const [owner, moderator] = [await signIn(), await signIn("moderator")];
    const id = await submitted(owner);
    expect((await request(`/api/v1/submissions/${id}`, { cookie: moderator.cookie })).status).toBe(
      200,
    );
    expect((await withdraw(moderator, id)).status).toBe(403);
    expect(await revisionRow(id)).toMatchObject({ status: "pending" });
  });
});

describe("revising while changes are requested", () => {
  it("replaces the document, returns it to the queue and counts the version up", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const version = await moderatorSets(id, "changes_requested");
    const doc = zuckerDocument();
    doc.biography = { en: "Revised after the moderator's question." };
    const res = await put(me, id, { ...submissionBody(doc), version });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, status: "pending", version: version + 1, warnings: [] });
    const row = await revisionRow(id);
    expect(row).toMatchObject({ status: "pending", version: version + 1 });
    expect(JSON.parse(row!.document).biography.en).toBe("Revised after the moderator's question.");
    const actions = (await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["revision.submit", "revision.resubmit"]);
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const version = await moderatorSets(id, "changes_requested");
    const doc = zuckerDocument();
    doc.biography = { en: "Written against an old version." };
    const res = await put(me, id, { ...submissionBody(doc), version: version - 1 });
    expect(res.status).toBe(409);
    const row = await revisionRow(id);
    expect(row).toMatchObject({ status: "changes_requested", version });
    expect(row!.document).not.toContain("old version");
  });

  it("refuses to revise a revision that is not waiting for changes (409)", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const res = await put(me, id, { ...submissionBody(), version: 1 });
    expect(res.status).toBe(409);
    expect(await revisionRow(id)).toMatchObject({ status: "pending", version: 1 });
  });

  it("validates the revised document like a new one", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const version = await moderatorSets(id, "changes_requested");
    const res = await put(me, id, { ...submissionBody({ names: [] }), version });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ path: "document.names" })]),
    });
  });
});

describe("withdrawing", () => {
  it("withdraws a pending submission once; repeating it changes nothing", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const res = await withdraw(me, id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, status: "withdrawn", version: 2 });
    expect(await revisionRow(id)).toMatchObject({ status: "withdrawn", version: 2 });
    const again = await withdraw(me, id);
    expect(again.status).toBe(200);
    expect(await revisionRow(id)).toMatchObject({ status: "withdrawn", version: 2 });
    const actions = (await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["revision.submit", "revision.withdraw"]);
  });

  it("refuses a stale version and revisions a moderator is reviewing or has decided", async () => {
    const me = await signIn();
    const id = await submitted(me);
    expect((await withdraw(me, id, { version: 7 })).status).toBe(409);
    await moderatorSets(id, "in_review");
    expect((await withdraw(me, id)).status).toBe(409);
    await moderatorSets(id, "approved");
    expect((await withdraw(me, id)).status).toBe(409);
    expect(await revisionRow(id)).toMatchObject({ status: "approved" });
  });

  it("withdraws a submission that waits for changes", async () => {
    const me = await signIn();
    const id = await submitted(me);
    const version = await moderatorSets(id, "changes_requested");
    expect((await withdraw(me, id, { version })).status).toBe(200);
    expect(await revisionRow(id)).toMatchObject({ status: "withdrawn", version: version + 1 });
  });
});

describe("answering the moderators", () => {
  it("adds the submitter's message to the thread of their own submission only", async () => {
    const [me, stranger] = [await signIn(), await signIn()];
    const id = await submitted(me);
    const post = (user: TestUser, body: unknown) =>
      request(`/api/v1/submissions/${id}/messages`, {
        method: "POST",
        cookie: user.cookie,
        json: body,
      });
    expect((await post(me, { body: "The file number is P-54560." })).status).toBe(201);
    expect((await post(me, { body: "  " })).status).toBe(422);
    expect((await post(stranger, { body: "Hello" })).status).toBe(404);
    const detail = (await (
      await request(`/api/v1/submissions/${id}`, { cookie: me.cookie })
    ).json()) as { messages: Array<{ body: string; author_role: string }> };
    expect(detail.messages).toEqual([
      expect.objectContaining({ body: "The file number is P-54560.", author_role: "submitter" }),
    ]);
  });
});
