/**
 * Journey 2: a moderator finds the submission in the queue, claims it, reads it and asks for a
 * change; the descendant reads the message, revises and sends it again; a second moderator who
 * opened it meanwhile tries to claim it and is told who holds it; the first approves, and the
 * descendant is told by mail.
 */
import { expect } from "vitest";
import type { Actor, Journey } from "../support/journey";
import { mailsTo } from "../support/outbox";
import { DESCENDANT, MODERATOR, MODERATOR_2, RELATIVE } from "../support/persona";
import type { SubmittedEntry } from "./descendant";
import { signInDirectly } from "./sign-in";

const CLAIM = "Claim for 30 minutes";
const QUEUE = /\/moderation$/;

export async function moderationJourney(journey: Journey, entry: SubmittedEntry): Promise<{ slug: string }> {
  // A moderator in Berlin: times written in UTC must reach her in her own zone.
  const moderator = await journey.actor("moderator", { timezoneId: "Europe/Berlin" });
  // Signing in leads a moderator straight to the queue, not to "My submissions".
  await signInDirectly(journey, moderator, MODERATOR, QUEUE);
  await moderator.page.getByRole("heading", { level: 1, name: "Moderation queue" }).waitFor();
  await openFromQueue(journey, moderator);
  await expect(moderator.page.locator(".claim-box").textContent()).resolves.toContain("Nobody is reviewing this");
  await moderator.page.getByRole("button", { name: CLAIM }).click();
  await moderator.page.locator(".claim-box", { hasText: "You hold this until" }).waitFor();
  await journey.step(moderator, "claimed");

  // Reads it: the names in both scripts, the family's date wording, the photo.
  const entryText = await moderator.page.locator("#document").locator("..").textContent();
  expect(entryText).toContain(RELATIVE.alias);
  expect(entryText).toContain(RELATIVE.events[0].date);
  await expect(moderator.page.locator("main").textContent()).resolves.toContain(RELATIVE.photoCaption);

  await decide(journey, moderator, "Request changes", "changes_requested", RELATIVE.changeRequest);
  await expect(status(moderator)).resolves.toBe("Changes requested");

  const descendant = await journey.actor("descendant", { storageState: entry.storageState });
  await revise(journey, descendant, entry.revisionId);

  // The second moderator opens it while nobody holds it …
  const second = await journey.actor("moderator2");
  await signInDirectly(journey, second, MODERATOR_2, QUEUE);
  await second.page.goto(`/moderation/revisions/${entry.revisionId}`);
  await journey.step(second, "review page, not claimed");
  // … the first claims it meanwhile …
  await openFromQueue(journey, moderator);
  await moderator.page.getByRole("button", { name: CLAIM }).click();
  await moderator.page.locator(".claim-box", { hasText: "You hold this until" }).waitFor();
  await journey.step(moderator, "claimed again");
  // … and the second one's claim is refused, naming who holds it.
  journey.expectStatus(409);
  await second.page.getByRole("button", { name: CLAIM }).click();
  await second.page.locator(".claim-box", { hasText: "Demo Moderator holds this until" }).waitFor();
  await journey.step(second, "claim refused");
  await expect(second.page.getByRole("button", { name: CLAIM }).count()).resolves.toBe(0);

  await decide(journey, moderator, "Approve and publish", "approved");
  await expect(status(moderator)).resolves.toBe("Approved");

  const mails = await mailsTo(journey.baseUrl, DESCENDANT);
  expect(mails.map((m) => m.subject)).toEqual(
    expect.arrayContaining([`Published: ${RELATIVE.name}`, `Please revise: ${RELATIVE.name}`]),
  );
  expect(mails[0]!.subject).toBe(`Published: ${RELATIVE.name}`);

  await descendant.page.goto(new URL(mails[0]!.link!).pathname);
  await journey.step(descendant, "follows the mail");
  await expect(descendant.page.locator(".status").first().textContent()).resolves.toBe("Published");
  await descendant.page.getByRole("link", { name: "The published memorial" }).click();
  await descendant.page.waitForURL(/\/memorials\//);
  await journey.step(descendant, "published memorial");
  const slug = new URL(descendant.page.url()).pathname.split("/").pop()!;
  await readTheAuditLog(journey, moderator, slug);
  return { slug };
}

/**
 * The moderator opens the published memorial, follows its link to the audit log (times in the
 * browser's own zone, UTC kept as the title), then filters the whole log by kind of change.
 */
async function readTheAuditLog(journey: Journey, moderator: Actor, slug: string) {
  const { page } = moderator;
  await page.goto(`/memorials/${slug}`);
  await journey.step(moderator, "memorial page, as a moderator");
  await page.getByRole("navigation", { name: "For moderators" }).getByRole("link", { name: "Its audit log" }).click();
  await page.waitForURL(/\/moderation\/audit\?subject_id=/);
  await journey.step(moderator, "the memorial's audit log");
  await expect(page.locator("table.audit-table tbody").textContent()).resolves.toContain("Published");
  const time = page.locator("table.audit-table time").first();
  await expect.poll(() => time.getAttribute("title")).toMatch(/ UTC$/);
  await expect(time.textContent()).resolves.toMatch(/GMT\+1|CET/);

  await page.getByRole("link", { name: "Clear the filters" }).click();
  await page.waitForURL(/\/moderation\/audit$/);
  await journey.step(moderator, "the whole audit log");
  await page.getByLabel("What").selectOption({ label: "Approved" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await page.waitForURL(/action=revision\.approve/);
  await journey.step(moderator, "only approvals");
  const rows = page.locator("table.audit-table tbody");
  await expect(rows.textContent()).resolves.toContain(RELATIVE.name);
  await expect(rows.textContent()).resolves.not.toContain("Changes requested");
}

const status = (actor: Actor) => actor.page.locator("dd[data-status]").evaluate((dd) => dd.textContent!.split(" · ")[0]);

/** Through the header's "Moderation" link, from whatever page the moderator is on. */
async function openFromQueue(journey: Journey, moderator: Actor) {
  await moderator.page.getByRole("link", { name: "Moderation", exact: true }).click();
  await moderator.page.waitForURL(/\/moderation$/);
  await journey.step(moderator, "queue");
  await moderator.page.locator("table.queue").getByRole("link", { name: RELATIVE.name }).click();
  await moderator.page.waitForURL(/\/moderation\/revisions\//);
  await journey.step(moderator, "review page");
}

/** Decides, and waits for the review page to come back with the revision in its new state. */
async function decide(journey: Journey, moderator: Actor, action: string, outcome: string, reason?: string) {
  const { page } = moderator;
  await page.getByRole("radio", { name: action }).check();
  if (reason) await page.getByLabel("Reason or message to the submitter").fill(reason);
  await page.getByRole("button", { name: "Record decision" }).click();
  await page.locator(`dd[data-status="${outcome}"]`).waitFor();
  await journey.step(moderator, action);
}

/** The descendant reads the moderator's message, adds the archive file, and sends it again. */
async function revise(journey: Journey, descendant: Actor, revisionId: string) {
  const { page } = descendant;
  await page.goto("/my/submissions");
  await journey.step(descendant, "my submissions");
  await expect(page.locator(".submission-list").textContent()).resolves.toContain("Changes requested");
  await page.locator(".submission-list").getByRole("link", { name: RELATIVE.name }).click();
  await page.waitForURL(`**/my/submissions/${revisionId}`);
  await journey.step(descendant, "reads the message");
  await expect(page.locator("main").textContent()).resolves.toContain(RELATIVE.changeRequest);

  await page.goto("/my/submissions");
  await journey.step(descendant, "my submissions again");
  await page.getByRole("link", { name: "Revise" }).click();
  await page.waitForURL(/\/review$/);
  await journey.step(descendant, "revise");
  await expect(page.locator("main").textContent()).resolves.toContain(RELATIVE.changeRequest);
  await page.getByRole("link", { name: "Change — Sources" }).click();
  await page.waitForURL(/\/sources$/);
  await journey.step(descendant, "sources");
  const source = RELATIVE.archiveSource;
  await page.locator('[name="sources.1.kind"]').selectOption("archive");
  await page.locator('[name="sources.1.citation"]').fill(source.citation);
  await page.locator("details.source__archive").nth(1).locator("summary").click();
  for (const field of ["archive", "fond", "opis", "delo"] as const) {
    await page.locator(`[name="sources.1.${field}"]`).fill(source[field]);
  }
  await page.locator('[name="events.1.src.s2"]').check();
  await journey.step(descendant, "archive file added");
  await page.getByRole("button", { name: "Check and send" }).click();
  await page.waitForURL(/\/review$/);
  await journey.step(descendant, "check and send");
  await expect(page.locator("main").textContent()).resolves.toContain(source.citation);
  await page.getByRole("button", { name: "Send the revised version" }).click();
  await page.waitForURL(/\?sent=1/);
  await journey.step(descendant, "sent again");
  await expect(page.locator(".status").first().textContent()).resolves.toBe("Waiting for review");
}
