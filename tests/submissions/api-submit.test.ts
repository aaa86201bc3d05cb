import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, idempotencyKeys, mailOutbox } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { postSubmission, revisionRow, revisionsOf, submissionBody } from "./submission-helpers";

describe("submitting through the API", () => {
  it("stores a pending revision with its audit entry and a confirmation mail", async () => {
    const user = await signIn();
    const res = await postSubmission(user, submissionBody(), "first-try");
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { id: string; status: string; version: number };
    expect(answer).toMatchObject({ status: "pending", version: 1, kind: "new" });

    const row = await revisionRow(answer.id);
    expect(row).toMatchObject({
      status: "pending",
      kind: "new",
      submitterId: user.id,
      relationship: "descendant",
      consentPublish: true,
      showName: false,
      displayName: "Max Zucker",
      sourceCount: 1,
    });
    expect(JSON.parse(row!.document).names[0].display).toBe("Max Zucker");
    const audit = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, answer.id));
    expect(audit.map((a) => a.action)).toEqual(["revision.submit"]);
    const mail = await testDb()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, user.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.link).toContain(`/my/submissions/${answer.id}`);
  });

  it("answers the same key ten times with the first answer and stores one revision", async () => {
    const user = await signIn();
    const answers = [];
    for (let i = 0; i < 10; i++) {
      const res = await postSubmission(user, submissionBody(), "retry-me");
      expect(res.status).toBe(201);
      answers.push(await res.json());
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await revisionsOf(user.id)).toHaveLength(1);
    const id = (answers[0] as { id: string }).id;
    expect(await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id))).toHaveLength(
      1,
    );
    expect(
      await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, user.email)),
    ).toHaveLength(1);
  });

  it("stores one revision when retries with the same key arrive at the same time", async () => {
    const user = await signIn();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => postSubmission(user, submissionBody(), "at-once")),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = new Set(
      await Promise.all(results.map(async (r) => ((await r.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
    expect(await revisionsOf(user.id)).toHaveLength(1);
  });

  it("refuses the same key with a different body (422) and stores nothing new", async () => {
    const user = await signIn();
    expect((await postSubmission(user, submissionBody(), "reused")).status).toBe(201);
    const other = zuckerDocument();
    other.names[0]!.display = "Maximilian Zucker";
    const res = await postSubmission(user, submissionBody(other), "reused");
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({ errors: [{ path: "Idempotency-Key" }] });
    expect(await revisionsOf(user.id)).toHaveLength(1);
  });

  it("keys belong to one person: another contributor may use the same key", async () => {
    const [a, b] = [await signIn(), await signIn()];
    const first = (await (await postSubmission(a, submissionBody(), "shared-key")).json()) as {
      id: string;
    };
    const second = (await (await postSubmission(b, submissionBody(), "shared-key")).json()) as {
      id: string;
    };
    expect(second.id).not.toBe(first.id);
    const keys = await testDb()
      .select()
      .from(idempotencyKeys)
      .where(inArray(idempotencyKeys.userId, [a.id, b.id]));
    expect(keys).toHaveLength(2);
  });

  it("lists every failing field of a bad submission and stores nothing", async () => {
    const user = await signIn();
    const doc = zuckerDocument();
    doc.names[0]!.primary = false;
    doc.events![0]!.date = { edtf: "about 1937" };
    doc.events![1]!.sources = [];
    const res = await postSubmission(
      user,
      {
        document: doc,
        submitter: { relationship: "cousin", show_name: "yes" },
        consent: { publish: false },
      },
      "bad",
    );
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string }> };
    const paths = problem.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "document.names",
        "document.events.0.date.edtf",
        "document.events.1.sources",
        "submitter.relationship",
        "submitter.show_name",
        "consent.publish",
      ]),
    );
    expect(await revisionsOf(user.id)).toHaveLength(0);
    expect(
      await testDb().select().from(idempotencyKeys).where(eq(idempotencyKeys.userId, user.id)),
    ).toHaveLength(0);
  });

  it("refuses a wrong content type (415), more than 1 MB (413), broken JSON (400) and a bad key (422)", async () => {
    const user = await signIn();
    const asForm = await request("/api/v1/submissions", {
      method: "POST",
      cookie: user.cookie,
      body: new URLSearchParams({ document: "{}" }),
    });
    expect(asForm.status).toBe(415);
    const big = submissionBody();
    big.document.biography = { en: "x".repeat(1_100_000) };
    expect((await postSubmission(user, big)).status).toBe(413);
    const broken = await request("/api/v1/submissions", {
      method: "POST",
      cookie: user.cookie,
      body: "{",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect((await postSubmission(user, submissionBody(), "with space")).status).toBe(422);
    expect(await revisionsOf(user.id)).toHaveLength(0);
  });

  it("requires sign-in", async () => {
    const res = await request("/api/v1/submissions", { method: "POST", json: submissionBody() });
    expect(res.status).toBe(401);
    expect((await request("/api/v1/submissions")).status).toBe(401);
  });

  it("accepts a published memorial's document unchanged as a correction based on it", async () => {
    const { memorialId, revisionId } = await publishMemorial(zuckerDocument());
    const published = (await (await request(`/api/v1/memorials/${memorialId}`)).json()) as {
      document: unknown;
    };
    const user = await signIn();
    const res = await postSubmission(
      user,
      { ...submissionBody(), memorial_id: memorialId, document: published.document },
      "correction",
    );
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { id: string };
    expect(await revisionRow(answer.id)).toMatchObject({
      kind: "correction",
      memorialId,
      basedOnRevisionId: revisionId,
      status: "pending",
    });

    const unknown = await postSubmission(user, {
      ...submissionBody(),
      memorial_id: "mem_doesnotexist1",
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ errors: [{ path: "memorial_id" }] });
  });

  it("limits how many submissions one person can start in a day", async () => {
    const user = await signIn();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push((await postSubmission(user, submissionBody(), `quota-${i}`)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
    expect(await revisionsOf(user.id)).toHaveLength(30);
    // A retry of an earlier request is not a new submission and is still answered.
    expect((await postSubmission(user, submissionBody(), "quota-3")).status).toBe(201);
  });
});
