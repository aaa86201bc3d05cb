/**
 * The date consistency check: stored revisions whose dates contradict their own words are found
 * (the operator's command, locally and through the admin API), flagged for moderators, listed on
 * the operations page, and a published memorial among them gets a correction opened for review.
 * Nothing stored is rewritten.
 */
import { exports } from "cloudflare:workers";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, dateFindings, memorialEvents, memorials, revisions } from "../../src/platform/db/schema";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { checkAllDates, DATE_CHECK_ACCOUNT } from "../../src/editorial/date-check/date-check";
import { runRemoteChunks, type Fetch } from "../../scripts/lib/remote-chunks";
import { ORIGIN, request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { oldStoredDocument, publishOldMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

const worker: Fetch = (input, init) => exports.default.fetch(new Request(input, { redirect: "manual", ...init }));

/** Max Zucker as an earlier version of the archive could have stored him. */
function storedWrong(): PersonDocumentInput {
  const document = zuckerDocument();
  document.events![0]!.date = { edtf: "1937", text: "March 1938" };
  document.events![2]!.date = { edtf: "1890", text: "wahrscheinlich 1942" };
  return document;
}

/** A revision whose stored document holds what today's schema would refuse. */
async function storedAsIs(status: "pending" | "draft", document: PersonDocumentInput) {
  const { id, submitter } = await createRevision({ status });
  await testDb().update(revisions).set({ document: JSON.stringify(oldStoredDocument(document)) }).where(eq(revisions.id, id));
  return { id, submitter };
}

const findingOf = (revisionId: string) => testDb().select().from(dateFindings).where(eq(dateFindings.revisionId, revisionId)).get();
const correctionsOf = (memorialId: string) =>
  testDb().select().from(revisions).where(and(eq(revisions.memorialId, memorialId), eq(revisions.kind, "correction"))).all();

type Answer = { checked: number; found: number; corrections_opened: number; next_cursor: string | null; done: boolean };

describe("the date consistency check", () => {
  it("finds, flags and lists contradicting dates, and opens one correction for a published memorial", async () => {
    const published = await publishOldMemorial(storedWrong());
    const fine = await publishOldMemorial(zuckerDocument());
    const pending = await storedAsIs("pending", storedWrong());
    const admin = await signIn("admin");
    const moderator = await signIn("moderator");

    // The operator's command on a deployed archive: chunk after chunk through the admin API.
    const answers: Answer[] = [];
    await runRemoteChunks<Answer>({ base: ORIGIN, cookie: admin.cookie, path: "/api/v1/admin/dates/check", limit: 2, fetch: worker, onChunk: (a) => answers.push(a) });
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.at(-1)).toMatchObject({ done: true, next_cursor: null });
    expect(answers.reduce((n, a) => n + a.corrections_opened, 0)).toBe(1);

    expect(await findingOf(fine.revisionId)).toBeUndefined();
    const found = await findingOf(pending.id);
    expect(found).toMatchObject({ count: 2, correctionId: null });
    expect(JSON.parse(found!.findings)).toEqual([
      expect.objectContaining({ path: "events.0.date", kind: "disagrees", edtf: "1937", wordsEdtf: "1938-03" }),
      expect.objectContaining({ path: "events.2.date", kind: "disagrees", edtf: "1890", wordsEdtf: "1942?" }),
    ]);

    // Nothing stored was rewritten: the revisions and the public page are as they were.
    expect(JSON.parse((await testDb().select().from(revisions).where(eq(revisions.id, pending.id)).get())!.document).events[2].date).toEqual({ edtf: "1890", text: "wahrscheinlich 1942" });
    const memorial = await testDb().select().from(memorials).where(eq(memorials.id, published.memorialId)).get();
    expect(memorial!.currentRevisionId).toBe(published.revisionId);
    const death = await testDb().select().from(memorialEvents).where(and(eq(memorialEvents.memorialId, published.memorialId), eq(memorialEvents.type, "death"))).get();
    expect(death!.edtf).toBe("1890");

    // The published memorial got one correction: pending, by the check, with the words' dates.
    const [correction] = await correctionsOf(published.memorialId);
    expect(correction).toMatchObject({ status: "pending", basedOnRevisionId: published.revisionId, submitterId: DATE_CHECK_ACCOUNT.id, showName: false });
    expect(correction!.submitterNote).toContain("Opened by the date consistency check");
    const fixed = JSON.parse(correction!.document) as { events: Array<{ date: unknown }> };
    expect(fixed.events[0]!.date).toEqual({ edtf: "1938-03", text: "March 1938" });
    expect(fixed.events[2]!.date).toEqual({ edtf: "1942?", text: "wahrscheinlich 1942" });
    expect((await findingOf(published.revisionId))!.correctionId).toBe(correction!.id);
    const submitted = await testDb().select().from(auditLog).where(and(eq(auditLog.subjectId, correction!.id), eq(auditLog.action, "revision.submit"))).get();
    expect(submitted).toMatchObject({ actorId: admin.id });
    expect(JSON.parse(submitted!.detail!)).toMatchObject({ via: "date_check", based_on_revision_id: published.revisionId, dates: [{ path: "events.0.date", from: "1937", to: "1938-03" }, { path: "events.2.date", from: "1890", to: "1942?" }] });
    const chunks = await testDb().select().from(auditLog).where(and(eq(auditLog.action, "dates.check"), eq(auditLog.actorId, admin.id))).all();
    expect(chunks).toHaveLength(answers.length);

    // Moderators see the flags in the queue (API and page) and on the review page.
    const queue = (await (await request("/api/v1/moderation/queue?limit=100", { cookie: moderator.cookie })).json()) as { items: Array<{ id: string; date_findings: number; by_date_check: boolean }> };
    expect(queue.items.find((i) => i.id === pending.id)).toMatchObject({ date_findings: 2, by_date_check: false });
    expect(queue.items.find((i) => i.id === correction!.id)).toMatchObject({ date_findings: 0, by_date_check: true });
    const queuePage = await (await request("/moderation?lang=de", { cookie: moderator.cookie })).text();
    expect(queuePage).toContain("2 Daten widersprechen ihren Worten");
    expect(queuePage).toContain("von der Datumsprüfung eröffnet");
    const review = await (await request(`/moderation/revisions/${pending.id}`, { cookie: moderator.cookie })).text();
    expect(review).toContain("Dates whose words and code disagree");
    expect(review).toContain("Death: the words “wahrscheinlich 1942” say 1942 (uncertain), the date code says 1890.");
    expect(review).toContain("Arrest: the words “March 1938” say March 1938, the date code says 1937.");
    expect(review).not.toMatch(/events\.\d\.date/);
    const opened = await (await request(`/moderation/revisions/${correction!.id}?lang=ru`, { cookie: moderator.cookie })).text();
    expect(opened).toContain("Открыто проверкой дат");

    // The operator's list.
    const operations = await (await request("/admin/operations", { cookie: admin.cookie })).text();
    expect(operations).toContain(`<tr data-revision="${pending.id}">`);
    expect(operations).toContain(`href="/moderation/revisions/${correction!.id}"`);
    const figures = (await (await request("/api/v1/admin/operations", { cookie: admin.cookie })).json()) as { dates: { revisions_with_findings: number; last_checked: string | null } };
    expect(figures.dates.revisions_with_findings).toBeGreaterThanOrEqual(2);
    expect(figures.dates.last_checked).not.toBeNull();

    // Approving the correction publishes the dates the words say.
    await request(`/api/v1/moderation/revisions/${correction!.id}/claim`, { method: "POST", cookie: moderator.cookie });
    const approved = await request(`/api/v1/moderation/revisions/${correction!.id}/decision`, { method: "POST", cookie: moderator.cookie, json: { action: "approve", version: 1 } });
    expect(approved.status).toBe(200);
    const page = await (await request(`/memorials/${published.slug}?lang=de`)).text();
    expect(page).toContain("1942 (ungesichert)");
  });

  it("runs again without opening a second correction, and forgets a draft once its dates are right", async () => {
    const published = await publishOldMemorial(storedWrong());
    const draft = await storedAsIs("draft", storedWrong());
    // The local command: the same chunks, straight against the database.
    const first = await checkAllDates(testDb());
    expect(first.correctionsOpened).toBeGreaterThanOrEqual(1);
    expect(await findingOf(draft.id)).toMatchObject({ count: 2 });

    await testDb().update(revisions).set({ document: JSON.stringify(zuckerDocument()) }).where(eq(revisions.id, draft.id));
    const again = await checkAllDates(testDb());
    expect(again.correctionsOpened).toBe(0);
    expect(await correctionsOf(published.memorialId)).toHaveLength(1);
    expect(await findingOf(draft.id)).toBeUndefined();
    const local = await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log WHERE action = 'dates.check' AND actor_id IS NULL`);
    expect(local.n).toBeGreaterThanOrEqual(2);
  });

  it("opens no correction when the memorial moved on: only its current revision is corrected", async () => {
    const published = await publishOldMemorial(storedWrong());
    await testDb().update(memorials).set({ status: "withheld" }).where(eq(memorials.id, published.memorialId));
    await checkAllDates(testDb());
    expect(await findingOf(published.revisionId)).toMatchObject({ count: 2, correctionId: null });
    expect(await correctionsOf(published.memorialId)).toHaveLength(0);
  });
});
