import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, mailOutbox, users } from "../../src/platform/db/schema";
import { testDb } from "../helpers/app";
import { DAILY, DAY, fireCron } from "../helpers/cron";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";

function digestsTo(email: string) {
  return testDb()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.kind, "digest")))
    .all();
}

describe("the daily digest to moderators", () => {
  // One story in one test: the digest depends on the whole queue, and storage is shared per file.
  it("is sent only while something waits, to each active moderator and admin once a day, in their language", async () => {
    const moderator = await signIn("moderator");
    const admin = await signIn("admin");
    const german = await signIn("moderator");
    const retired = await signIn("moderator");
    const contributor = await signIn("contributor");
    await testDb().update(users).set({ locale: "de" }).where(eq(users.id, german.id));
    await testDb().update(users).set({ disabledAt: Date.now() }).where(eq(users.id, retired.id));
    const now = Date.now();

    await fireCron(DAILY, now);
    expect(await digestsTo(moderator.email)).toEqual([]);

    const oldest = Date.UTC(2026, 0, 5, 12);
    await createRevision({ submittedAt: oldest });
    await createRevision({ submittedAt: now - DAY });
    await fireCron(DAILY, now + DAY);

    const [mail] = await digestsTo(moderator.email);
    expect(mail!.subject).toBe("Zeugnis: 2 items wait in the moderation queue");
    expect(mail!.body).toContain("New memorials: 2");
    expect(mail!.body).toContain("Waiting longest: since 5 January 2026");
    expect(mail!.link).toBe(new URL("/moderation", env.SITE_URL).toString());
    expect(await digestsTo(admin.email)).toHaveLength(1);
    expect((await digestsTo(german.email))[0]!.body).toContain("Neue Gedenkeinträge: 2");
    expect(await digestsTo(retired.email)).toEqual([]);
    expect(await digestsTo(contributor.email)).toEqual([]);
    const audit = await testDb().select().from(auditLog).where(eq(auditLog.action, "moderation.digest")).all();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({ waiting: 2 });

    // A retried run on the same day sends nothing more; the next day's run sends again.
    await fireCron(DAILY, now + DAY + 3_600_000);
    expect(await digestsTo(moderator.email)).toHaveLength(1);
    await fireCron(DAILY, now + 2 * DAY);
    expect(await digestsTo(moderator.email)).toHaveLength(2);
  });
});
