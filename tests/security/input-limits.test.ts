/**
 * The limits of a submission: how many names, events and sources, how long each text, how big
 * the body. Each refusal names the field, and nothing is stored.
 */
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "../../src/platform/db/schema";
import { LIMITS, type PersonDocumentInput } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";

function send(user: TestUser, document: unknown) {
  return request("/api/v1/submissions", {
    method: "POST",
    cookie: user.cookie,
    json: { document, submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
  });
}

async function refused(user: TestUser, document: unknown, status: number, path?: string) {
  const res = await send(user, document);
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const problem = (await res.json()) as { errors?: Array<{ path: string }> };
  if (path) expect(problem.errors?.map((e) => e.path)).toContain(path);
}

const withDoc = (change: (d: PersonDocumentInput) => void) => {
  const doc = zuckerDocument();
  change(doc);
  return doc;
};

describe("limits of a submission", () => {
  it("accepts a document at every limit and refuses one over it, naming the field", async () => {
    const user = await signIn();
    const atLimit = withDoc((d) => {
      d.names = [d.names[0]!, ...Array.from({ length: LIMITS.names - 1 }, (_, i) => ({ kind: "alias" as const, display: `Alias ${i}` }))];
      d.sources = Array.from({ length: LIMITS.sources }, (_, i) => ({ id: i === 0 ? "s1" : `s${i + 1}`, kind: "book" as const, citation: `Book ${i}` }));
      d.events = Array.from({ length: LIMITS.events }, () => ({ type: "residence" as const, sources: ["s1"] }));
      d.names[0]!.display = "M".repeat(LIMITS.shortText);
    });
    expect((await send(user, atLimit)).status).toBe(201);

    await refused(user, withDoc((d) => d.names.push(...Array.from({ length: LIMITS.names }, () => ({ kind: "alias" as const, display: "A" })))), 422, "document.names");
    await refused(user, withDoc((d) => (d.events = Array.from({ length: LIMITS.events + 1 }, () => ({ type: "residence" as const, sources: ["s1"] })))), 422, "document.events");
    await refused(user, withDoc((d) => d.sources!.push(...Array.from({ length: LIMITS.sources }, (_, i) => ({ id: `x${i}`, kind: "book" as const, citation: "B" })))), 422, "document.sources");
    await refused(user, withDoc((d) => (d.names[0]!.display = "M".repeat(LIMITS.shortText + 1))), 422, "document.names.0.display");
    await refused(user, withDoc((d) => (d.biography = { en: "b".repeat(LIMITS.biography + 1) })), 422, "document.biography.en");
    await refused(user, withDoc((d) => (d.sources![0]!.citation = "c".repeat(LIMITS.citation + 1))), 422, "document.sources.0.citation");
    await refused(user, withDoc((d) => (d.events![0]!.sources = Array.from({ length: LIMITS.sourceRefs + 1 }, () => "s1"))), 422, "document.events.0.sources");
    // Nesting where a string belongs, unknown fields, and a body over 1 MB.
    await refused(user, withDoc((d) => ((d.names[0] as unknown as { display: unknown }).display = [[[["x"]]]])), 422, "document.names.0.display");
    await refused(user, { ...zuckerDocument(), extra: { deep: { deeper: true } } }, 422);
    await refused(user, withDoc((d) => (d.biography = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`l${String.fromCharCode(97 + (i % 26))}${i < 26 ? "" : "x"}`, "b".repeat(29_000)])))), 413);

    const stored = await testDb().select({ n: count() }).from(revisions).where(eq(revisions.submitterId, user.id)).get();
    expect(stored!.n).toBe(1);
  }, 30_000);

  it("limits every other text a person can send: messages, reports, reasons", async () => {
    const user = await signIn();
    const created = (await (await send(user, zuckerDocument())).json()) as { id: string };
    const message = await request(`/api/v1/submissions/${created.id}/messages`, { method: "POST", cookie: user.cookie, json: { body: "m".repeat(100_000) } });
    expect(message.status).toBe(422);
    const report = await request("/api/v1/reports", { method: "POST", json: { memorial_id: "mem_aaaaaaaaaaaa", kind: "other", message: "r".repeat(5_001) } });
    expect(report.status).toBe(422);
    const moderator = await signIn("moderator");
    const decision = await request(`/api/v1/moderation/revisions/${created.id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "reject", version: 1, reason: "r".repeat(100_000) } });
    expect(decision.status).toBe(422);
  });
});
