import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox, revisions, users } from "../../src/platform/db/schema";
import { testDb } from "../helpers/app";
import { DAILY, DAY, fireCron } from "../helpers/cron";
import { signIn } from "../helpers/users";
import { startDraft } from "../submissions/form-helpers";

function mailsTo(email: string) {
  return testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).all();
}

function remindersOf(revisionId: string) {
  return testDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, revisionId), eq(auditLog.action, "revision.draft_reminder")))
    .all();
}

describe("abandoned drafts: reminded once, never deleted", () => {
  it("reminds the author of a draft untouched for 30 days, once, in their language, and keeps the draft", async () => {
    const author = await signIn("contributor");
    await testDb().update(users).set({ locale: "de" }).where(eq(users.id, author.id));
    const draftId = await startDraft(author, "Hedwig Rinkel");
    const now = Date.now();

    await fireCron(DAILY, now + 20 * DAY);
    expect(await mailsTo(author.email)).toEqual([]);

    await fireCron(DAILY, now + 31 * DAY);
    const [mail, ...more] = await mailsTo(author.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe("Ihr Gedenkeintrag für Hedwig Rinkel wartet auf Sie");
    expect(mail!.link).toBe(new URL(`/submit/${draftId}/person`, env.SITE_URL).toString());
    expect(mail!.body).toContain(mail!.link!);
    expect(mail!.body).toContain("Entwürfe werden nie gelöscht");
    expect(await remindersOf(draftId)).toHaveLength(1);

    await fireCron(DAILY, now + 32 * DAY);
    await fireCron(DAILY, now + 400 * DAY);
    expect(await mailsTo(author.email)).toHaveLength(1);
    const draft = await testDb().select().from(revisions).where(eq(revisions.id, draftId)).get();
    expect(draft).toMatchObject({ status: "draft", displayName: "Hedwig Rinkel" });
  });

  it("reminds again after the author came back and left the draft for another 30 days", async () => {
    const author = await signIn("contributor");
    const draftId = await startDraft(author, "Kurt Sauerland");
    const now = Date.now();
    await fireCron(DAILY, now + 31 * DAY);
    expect(await mailsTo(author.email)).toHaveLength(1);
    expect((await mailsTo(author.email))[0]!.subject).toBe("Your memorial entry for Kurt Sauerland is waiting for you");

    // The author edits the draft on day 40, then leaves it again.
    await testDb().update(revisions).set({ updatedAt: now + 40 * DAY }).where(eq(revisions.id, draftId));
    await fireCron(DAILY, now + 60 * DAY);
    expect(await mailsTo(author.email)).toHaveLength(1);
    await fireCron(DAILY, now + 71 * DAY);
    expect(await mailsTo(author.email)).toHaveLength(2);
    expect(await remindersOf(draftId)).toHaveLength(2);
  });

  it("sends nothing to a disabled account, and nothing about drafts that were sent", async () => {
    const disabled = await signIn("contributor");
    await startDraft(disabled, "Erna Stillbach");
    await testDb().update(users).set({ disabledAt: Date.now() }).where(eq(users.id, disabled.id));
    const sender = await signIn("contributor");
    const sentId = await startDraft(sender, "Otto Weitergabe");
    await testDb().update(revisions).set({ status: "pending", submittedAt: Date.now() }).where(eq(revisions.id, sentId));

    await fireCron(DAILY, Date.now() + 31 * DAY);
    expect(await mailsTo(disabled.email)).toEqual([]);
    expect(await mailsTo(sender.email)).toEqual([]);
  });
});
