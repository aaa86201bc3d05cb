/**
 * A way back: a rejected or returned submission is reopened by its submitter as a new draft
 * holding everything it held, the conversation kept — through the API and the no-JS button on
 * "My submissions" — audited in the same batch; nobody else's, and only from those states.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox } from "../../src/platform/db/schema";
import { postForm, request, testDb } from "../helpers/app";
import { implausibleDocument } from "../helpers/implausible";
import { storedRevision } from "../helpers/revisions";
import { signIn, type TestUser } from "../helpers/users";
import { callChecked } from "../openapi/contract";
import { location } from "./form-helpers";
import { postSubmission, submissionBody } from "./submission-helpers";

interface Answer {
  id: string;
  status: string;
  version: number;
  reopened_from?: string;
  detail?: string;
}

async function decided(action: "reject" | "request_changes", reason = "The dates cannot both be right; please check the NKVD file.") {
  const submitter = await signIn();
  const moderator = await signIn("moderator");
  const body = submissionBody(implausibleDocument(), { warnings_explanation: "The file says 1890." });
  const { id } = (await (await postSubmission(submitter, body)).json()) as Answer;
  const res = await request(`/api/v1/moderation/revisions/${id}/decision`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { action, reason, version: 1 },
  });
  if (res.status !== 200) throw new Error(`decision answered ${res.status}: ${await res.text()}`);
  return { id, submitter, moderator, version: 2 };
}

const reopen = (id: string, user: TestUser, json?: unknown) =>
  request(`/api/v1/submissions/${id}/reopen`, { method: "POST", cookie: user.cookie, ...(json ? { json } : {}) });

const auditOf = (id: string) => testDb().select().from(auditLog).where(eq(auditLog.subjectId, id));

describe("reopening through the API", () => {
  it("makes a draft of a rejected submission holding everything it held, audited, the old one kept as it was", async () => {
    const { id, submitter } = await decided("reject");
    const res = await reopen(id, submitter);
    expect(res.status).toBe(201);
    const answer = (await res.json()) as Answer;
    expect(answer).toMatchObject({ status: "draft", version: 1, reopened_from: id, kind: "new" });
    expect(res.headers.get("location")).toBe(`/api/v1/submissions/${answer.id}`);

    const [before, after] = [await storedRevision(id), await storedRevision(answer.id)];
    expect(before).toMatchObject({ status: "rejected", version: 2 });
    expect(after).toMatchObject({
      status: "draft",
      submitterId: submitter.id,
      document: before!.document,
      relationship: "descendant",
      submitterNote: "From my grandmother's letters.",
      consentPublish: true,
      plausibilityNote: "The file says 1890.",
      displayName: "Max Zucker",
      draftStep: "review",
      reopenedFrom: id,
    });
    expect((await auditOf(id)).find((a) => a.action === "revision.reopen")).toMatchObject({ actorId: submitter.id, detail: expect.stringContaining(answer.id) });
    expect((await auditOf(answer.id)).map((a) => [a.action, JSON.parse(a.detail!).reopened_from])).toEqual([["revision.draft", id]]);

    const detail = (await (await request(`/api/v1/submissions/${answer.id}`, { cookie: submitter.cookie })).json()) as { reopened_from: string; warnings: unknown[] };
    expect(detail.reopened_from).toBe(id);
    expect(detail.warnings).toHaveLength(3);
  });

  it("sends the reopened draft with PUT, back into the moderators' queue, linked to the earlier one", async () => {
    const { id, submitter, moderator } = await decided("reject");
    const draft = (await (await reopen(id, submitter)).json()) as Answer;
    const sent = await request(`/api/v1/submissions/${draft.id}`, {
      method: "PUT",
      cookie: submitter.cookie,
      json: { ...submissionBody(implausibleDocument()), version: 1, warnings_explanation: "Checked again: the file says 1890." },
    });
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as Answer).status).toBe("pending");
    const queue = (await (await request("/api/v1/moderation/queue?limit=100", { cookie: moderator.cookie })).json()) as { items: Answer[] };
    expect(queue.items.map((i) => i.id)).toContain(draft.id);
    const page = await (await request(`/moderation/revisions/${draft.id}`, { cookie: moderator.cookie })).text();
    expect(page).toContain(`href="/moderation/revisions/${id}"`);
    expect(page).toContain("Checked again: the file says 1890.");
  });

  it("withdraws a returned submission in favour of the draft, when the version is the one seen", async () => {
    const { id, submitter, version } = await decided("request_changes");
    const stale = await reopen(id, submitter, { version: version - 1 });
    expect(stale.status).toBe(409);
    expect(await storedRevision(id)).toMatchObject({ status: "changes_requested", version });

    const res = await reopen(id, submitter, { version });
    expect(res.status).toBe(201);
    expect(await storedRevision(id)).toMatchObject({ status: "withdrawn", version: version + 1 });
    const entry = (await auditOf(id)).find((a) => a.action === "revision.reopen")!;
    expect(entry.subjectVersion).toBe(version + 1);
  });

  it("makes one draft: a second reopening while the first draft is open answers 409 and names it", async () => {
    const { id, submitter } = await decided("reject");
    const first = (await (await reopen(id, submitter)).json()) as Answer;
    const second = await reopen(id, submitter);
    expect(second.status).toBe(409);
    expect(((await second.json()) as Answer).detail).toContain(first.id);

    await request(`/api/v1/submissions/${first.id}/withdraw`, { method: "POST", cookie: submitter.cookie });
    expect((await reopen(id, submitter)).status).toBe(201);
  });

  it("makes one draft when two reopenings arrive at the same time", async () => {
    const { id, submitter } = await decided("reject");
    const answers = await Promise.all([reopen(id, submitter), reopen(id, submitter), reopen(id, submitter)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const drafts = (await auditOf(id)).filter((a) => a.action === "revision.reopen");
    expect(drafts).toHaveLength(1);
  });

  it("answers 404 for another contributor's submission, 403 to a moderator, and changes nothing", async () => {
    const { id, moderator } = await decided("reject");
    const other = await signIn();
    const hidden = await reopen(id, other);
    expect(hidden.status).toBe(404);
    expect((await reopen(id, moderator)).status).toBe(403);
    expect((await reopen("rev_doesnotexist123", other)).status).toBe(404);
    expect((await auditOf(id)).map((a) => a.action)).not.toContain("revision.reopen");
  });

  it("answers 409 for a submission that is pending, a draft, withdrawn or approved", async () => {
    const submitter = await signIn();
    const moderator = await signIn("moderator");
    const send = async () => ((await (await postSubmission(submitter, submissionBody())).json()) as Answer).id;
    const pending = await send();
    expect((await reopen(pending, submitter)).status).toBe(409);

    const rejected = await send();
    await request(`/api/v1/moderation/revisions/${rejected}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "reject", reason: "No.", version: 1 } });
    const draft = ((await (await reopen(rejected, submitter)).json()) as Answer).id;
    expect((await reopen(draft, submitter)).status).toBe(409);

    const withdrawn = await send();
    await request(`/api/v1/submissions/${withdrawn}/withdraw`, { method: "POST", cookie: submitter.cookie });
    expect((await reopen(withdrawn, submitter)).status).toBe(409);

    const approved = await send();
    await request(`/api/v1/moderation/revisions/${approved}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "approve", version: 1, living_confirmation: "death_confirmed" } });
    expect((await storedRevision(approved))!.status).toBe("approved");
    const refused = await reopen(approved, submitter);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Answer).detail).toContain("approved");
  });

  it("holds to the OpenAPI document: 201, 409, 404, and PUT of a draft", async () => {
    const { id, submitter } = await decided("reject");
    const c = { cookie: submitter.cookie };
    const created = (await callChecked("POST", "/api/v1/submissions/{id}/reopen", `/api/v1/submissions/${id}/reopen`, c)).body as Answer;
    await callChecked("POST", "/api/v1/submissions/{id}/reopen", `/api/v1/submissions/${id}/reopen`, { ...c, json: { version: 2 } });
    await callChecked("POST", "/api/v1/submissions/{id}/reopen", "/api/v1/submissions/rev_doesnotexist123/reopen", c);
    await callChecked("GET", "/api/v1/submissions/{id}", `/api/v1/submissions/${created.id}`, c);
    await callChecked("PUT", "/api/v1/submissions/{id}", `/api/v1/submissions/${created.id}`, { ...c, json: { ...submissionBody(implausibleDocument()), version: 1 } });
  });
});

describe("reopening on My submissions (without JavaScript)", () => {
  it("offers the button on the list and the page, and leads to a draft that shows the earlier conversation", async () => {
    const { id, submitter } = await decided("reject", "Please cite the NKVD file for the death.");
    const list = await (await request("/my/submissions", { cookie: submitter.cookie })).text();
    expect(list).toContain(`action="/my/submissions/${id}/reopen"`);
    const page = await (await request(`/my/submissions/${id}`, { cookie: submitter.cookie })).text();
    expect(page).toContain("Reopen as a new draft");
    expect(page).toContain("Nothing you sent is lost");

    const res = await postForm(`/my/submissions/${id}/reopen`, { version: "2" }, submitter.cookie);
    expect(res.status).toBe(303);
    const target = location(res);
    const newId = /^\/my\/submissions\/(rev_[a-z0-9]+)\?reopened=1$/.exec(target)?.[1];
    expect(newId).toBeDefined();
    const draftPage = await (await request(target, { cookie: submitter.cookie })).text();
    expect(draftPage).toContain("A new draft holds everything you sent before.");
    expect(draftPage).toContain("This submission reopens an earlier one of yours.");
    expect(draftPage).toContain(`href="/my/submissions/${id}"`);
    expect(draftPage).toContain("Please cite the NKVD file for the death.");
    expect(draftPage).toContain(`href="/submit/${newId}/review"`);

    const review = await (await request(`/submit/${newId}/review`, { cookie: submitter.cookie })).text();
    expect(review).toContain("Max Zucker");
    expect(review).toContain("The file says 1890.");

    const old = await (await request(`/my/submissions/${id}`, { cookie: submitter.cookie })).text();
    expect(old).toContain("You reopened this submission as a new draft.");
    expect(old).toContain(`href="/my/submissions/${newId}"`);
    expect(old).not.toContain(`action="/my/submissions/${id}/reopen"`);

    const again = await postForm(`/my/submissions/${id}/reopen`, { version: "2" }, submitter.cookie);
    expect(again.status).toBe(303);
    expect(location(again)).toBe(`/my/submissions/${newId}`);
  });

  it("offers it in German and Russian, and for a returned submission beside Revise", async () => {
    const { id, submitter } = await decided("request_changes");
    const de = await (await request(`/my/submissions/${id}?lang=de`, { cookie: submitter.cookie })).text();
    expect(de).toContain("Als neuen Entwurf wieder öffnen");
    expect(de).toContain("Überarbeiten");
    const ru = await (await request(`/my/submissions/${id}?lang=ru`, { cookie: submitter.cookie })).text();
    expect(ru).toContain("Открыть заново как черновик");
  });

  it("refuses another contributor's submission without revealing it", async () => {
    const { id } = await decided("reject");
    const other = await signIn();
    const res = await postForm(`/my/submissions/${id}/reopen`, { version: "2" }, other.cookie);
    expect(res.status).toBe(404);
  });

  it("tells the submitter about the way back in the decision mail", async () => {
    const { submitter } = await decided("reject");
    const mail = await testDb()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, submitter.email));
    const rejection = mail.find((m) => m.subject.startsWith("Not published"))!;
    expect(rejection.body).toContain("reopen it as a new draft");
  });
});
