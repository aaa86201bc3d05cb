/**
 * Four eyes with a second account: anyone can become a contributor, so a moderator could submit
 * from another address and approve it. With PUBLICATION_NEEDS_TWO_MODERATORS=true a new memorial
 * is published only when two different moderators approved the same version of it; and
 * moderators are shown when a submitter signed in from the same client as a moderator.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox, memorials, revisionApprovals } from "../../src/platform/db/schema";
import worker from "../../src/index";
import { ORIGIN, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision, resubmitRevision, storedRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";

const TWO = { PUBLICATION_NEEDS_TWO_MODERATORS: "true" };

/** A request to the Worker with the setting on (or other bindings), as a browser or API client sends it. */
async function withSetting(path: string, init: { method?: string; cookie?: string; json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}, bindings: Partial<Env> = TWO) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  } else if (init.form) body = new URLSearchParams(init.form);
  if (init.method && init.method !== "GET") headers.set("origin", ORIGIN);
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(new URL(path, ORIGIN), { method: init.method ?? "GET", headers, body, redirect: "manual" }), { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const approve = (id: string, moderator: TestUser, version: number, extra: Record<string, unknown> = {}, bindings: Partial<Env> = TWO) =>
  withSetting(`/api/v1/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "approve", version, ...extra } }, bindings);

async function auditOf(subjectId: string) {
  return testDb().select().from(auditLog).where(eq(auditLog.subjectId, subjectId)).orderBy(auditLog.id);
}

function uniqueDocument(family: string) {
  const doc = zuckerDocument();
  doc.names[0]!.family = family;
  doc.names[0]!.display = `Max ${family}`;
  return doc;
}

describe("publication of a new memorial by two moderators", () => {
  it("records the first approval as an agreement, refuses the same moderator twice, and publishes on the second", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id, submitter } = await createRevision({ document: uniqueDocument("Zweiaugen") });

    const agreed = await approve(id, first, 1);
    expect(agreed.status).toBe(200);
    expect(await agreed.json()).toEqual({ id, status: "pending", version: 2, memorial_id: null, approvals: 1, approvals_needed: 2 });
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 2, claimedBy: null, memorialId: null });
    expect(await testDb().select().from(revisionApprovals).where(eq(revisionApprovals.revisionId, id))).toMatchObject([
      { moderatorId: first.id, revisionVersion: 2 },
    ]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["revision.agree"]);
    expect(await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, submitter.email))).toEqual([]);

    const again = await approve(id, first, 2);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { detail: string }).detail).toContain("second moderator");

    const published = await approve(id, second, 2);
    expect(published.status).toBe(200);
    const body = (await published.json()) as { status: string; memorial_id: string; approvals: number; approvals_needed: number };
    expect(body).toMatchObject({ status: "approved", approvals: 2, approvals_needed: 2 });
    const memorial = await testDb().select().from(memorials).where(eq(memorials.id, body.memorial_id)).get();
    expect(memorial?.status).toBe("published");
    const approval = (await auditOf(id)).at(-1)!;
    expect(approval.action).toBe("revision.approve");
    expect(JSON.parse(approval.detail!)).toMatchObject({ agreed_by: [first.id] });
  });

  it("shows the queue and the review page one of two approvals", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id } = await createRevision({ document: uniqueDocument("Halbfertig") });
    await approve(id, first, 1);

    const queue = (await (await withSetting("/api/v1/moderation/queue?kind=new&limit=100", { cookie: second.cookie })).json()) as {
      items: Array<{ id: string; approvals: number; approvals_needed: number }>;
    };
    expect(queue.items.find((i) => i.id === id)).toMatchObject({ approvals: 1, approvals_needed: 2 });
    const page = await (await withSetting("/moderation?kind=new&limit=100", { cookie: second.cookie })).text();
    expect(page).toContain("1 of 2 approvals");
    const review = await (await withSetting(`/moderation/revisions/${id}`, { cookie: second.cookie })).text();
    expect(review).toContain("1 of 2 approvals");
    const own = await (await withSetting(`/moderation/revisions/${id}`, { cookie: first.cookie })).text();
    expect(own).toContain("You approved this version");
  });

  it("agrees through the review page's form too, and answers the same moderator's second approval next to the form", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id } = await createRevision({ document: uniqueDocument("Formular") });
    const form = (moderator: TestUser, version: number) =>
      withSetting(`/moderation/revisions/${id}/decision`, { method: "POST", cookie: moderator.cookie, form: { action: "approve", version: String(version) } });
    expect((await form(first, 1)).status).toBe(303);
    const twice = await form(first, 2);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("second moderator");
    expect((await form(second, 2)).status).toBe(303);
    expect(await storedRevision(id)).toMatchObject({ status: "approved" });
  });

  it("voids an agreement when the revision changes afterwards", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id, submitter, document } = await createRevision({ document: uniqueDocument("Geaendert") });
    await approve(id, first, 1);
    const changes = await withSetting(`/api/v1/moderation/revisions/${id}/decision`, {
      method: "POST",
      cookie: second.cookie,
      json: { action: "request_changes", version: 2, reason: "Please cite the arrest record." },
    });
    expect(changes.status).toBe(200);
    await resubmitRevision(id, submitter, 3, document);
    const afterChange = await approve(id, second, 4);
    expect(await afterChange.json()).toMatchObject({ status: "pending", approvals: 1 });
    expect(await storedRevision(id)).toMatchObject({ status: "pending", memorialId: null });
  });

  it("lets only one of two simultaneous first approvals count", async () => {
    const [first, second] = [await signIn("moderator"), await signIn("moderator")];
    const { id } = await createRevision({ document: uniqueDocument("Gleichzeitig") });
    const answers = await Promise.all([approve(id, first, 1), approve(id, second, 1)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await testDb().select().from(revisionApprovals).where(eq(revisionApprovals.revisionId, id))).toHaveLength(1);
    expect(await storedRevision(id)).toMatchObject({ status: "pending", version: 2 });
  });

  it("asks the first moderator to confirm a possibly living person too", async () => {
    const moderator = await signIn("moderator");
    const doc = uniqueDocument("Lebendig");
    doc.events = [{ type: "birth", date: { edtf: "1950" }, sources: ["s1"] }];
    const { id } = await createRevision({ document: doc });
    const refused = await approve(id, moderator, 1);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ errors: [{ path: "living_confirmation" }] });
    expect(await testDb().select().from(revisionApprovals).where(eq(revisionApprovals.revisionId, id))).toEqual([]);
  });

  it("leaves corrections to one moderator, and new memorials too when the setting is off", async () => {
    const moderator = await signIn("moderator");
    const published = await publishMemorial(uniqueDocument("Korrektur"));
    const correction = await createRevision({ document: uniqueDocument("Korrektur"), memorialId: published.memorialId, basedOnRevisionId: published.revisionId });
    expect(await (await approve(correction.id, moderator, 1)).json()).toMatchObject({ status: "approved", approvals_needed: 1 });

    const { id } = await createRevision({ document: uniqueDocument("Einzeln") });
    const alone = await approve(id, moderator, 1, {}, { PUBLICATION_NEEDS_TWO_MODERATORS: "false" });
    expect(await alone.json()).toMatchObject({ status: "approved", approvals: 1, approvals_needed: 1 });
  });
});

describe("a submitter who signed in from a moderator's client", () => {
  const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

  /** Signs `email` in through the link and its button from the client `ip` + BROWSER. */
  async function signInFrom(email: string, ip: string): Promise<string> {
    const headers = { "cf-connecting-ip": ip, "user-agent": BROWSER };
    await request("/api/v1/auth/login-link", { method: "POST", json: { email }, headers });
    const mail = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
    const token = new URL(mail!.link!).searchParams.get("token")!;
    const res = await request("/auth/verify", { method: "POST", body: new URLSearchParams({ token }), headers });
    return `zeugnis_session=${/zeugnis_session=([^;]+)/.exec(res.headers.get("set-cookie")!)![1]}`;
  }

  it("is pointed out on the review page and in the queue, naming the moderator but no address", async () => {
    const suspect = await signIn("moderator", "suspect-moderator@example.org");
    await signInFrom(suspect.email, "203.0.113.50");
    const secondCookie = await signInFrom("second-account@example.org", "203.0.113.50");
    const created = await request("/api/v1/submissions", {
      method: "POST",
      cookie: secondCookie,
      json: { document: uniqueDocument("Zweitkonto"), submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
    });
    const { id } = (await created.json()) as { id: string };
    const honest = await createRevision({ document: uniqueDocument("Ehrlich") });

    const reviewer = await signIn("moderator");
    const review = await (await request(`/moderation/revisions/${id}`, { cookie: reviewer.cookie })).text();
    expect(review).toContain("from the same device and network as Test moderator");
    expect(review).not.toContain("203.0.113.50");
    expect(review).not.toContain("suspect-moderator@example.org");
    const other = await (await request(`/moderation/revisions/${honest.id}`, { cookie: reviewer.cookie })).text();
    expect(other).not.toContain("same device and network");

    const queue = (await (await request("/api/v1/moderation/queue?kind=new&limit=100", { cookie: reviewer.cookie })).json()) as {
      items: Array<{ id: string; same_client_as_moderator: boolean }>;
    };
    expect(queue.items.find((i) => i.id === id)?.same_client_as_moderator).toBe(true);
    expect(queue.items.find((i) => i.id === honest.id)?.same_client_as_moderator).toBe(false);
    const page = await (await request("/moderation?kind=new&limit=100", { cookie: reviewer.cookie })).text();
    expect(page).toContain("Same client as a moderator");
  });
});
