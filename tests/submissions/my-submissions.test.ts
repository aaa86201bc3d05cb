import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, revisionMessages } from "../../src/platform/db/schema";
import { postForm, request, testDb } from "../helpers/app";
import { signIn, type TestUser } from "../helpers/users";
import { location, page, saveStep } from "./form-helpers";
import { moderatorSets, postSubmission, revisionRow, submissionBody } from "./submission-helpers";

async function submitted(user: TestUser) {
  return ((await (await postSubmission(user, submissionBody())).json()) as { id: string }).id;
}

describe("My submissions", () => {
  it("lists each submission with its state and the next thing to do", async () => {
    const user = await signIn();
    const pending = await submitted(user);
    const returned = await submitted(user);
    await moderatorSets(returned, "changes_requested");
    const html = await page("/my/submissions", user);
    expect(html).toContain("Waiting for review");
    expect(html).toContain("Changes requested");
    expect(html).toContain(`href="/submit/${returned}/review"`);
    expect(html).toContain(`href="/my/submissions/${pending}"`);
    const german = await page("/my/submissions?lang=de", user);
    expect(german).toContain("Änderungen erbeten");
  });

  it("asks a signed-out visitor to sign in (401) and come back", async () => {
    const res = await request("/my/submissions");
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('href="/auth/sign-in?next=%2Fmy%2Fsubmissions"');
  });

  it("shows the moderator's message, lets the submitter revise and send again with the version", async () => {
    const [user, moderator] = [await signIn(), await signIn("moderator")];
    const id = await submitted(user);
    const version = await moderatorSets(
      id,
      "changes_requested",
      moderator,
      "Which archive holds the arrest file?",
    );
    const detail = await page(`/my/submissions/${id}`, user);
    expect(detail).toContain("Which archive holds the arrest file?");
    expect(detail).not.toContain(moderator.email);
    const review = await page(`/submit/${id}/review`, user);
    expect(review).toContain("The moderators asked for changes");
    expect(review).toContain("Send the revised version");

    await saveStep(user, id, "sources", { "sources.0.archive": "GARF" });
    expect(await revisionRow(id)).toMatchObject({ status: "changes_requested", version });
    const stale = await postForm(
      `/submit/${id}/send`,
      { version: String(version - 1) },
      user.cookie,
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("changed in the meantime");
    expect(await revisionRow(id)).toMatchObject({ status: "changes_requested", version });

    const res = await postForm(`/submit/${id}/send`, { version: String(version) }, user.cookie);
    expect(location(res)).toBe(`/my/submissions/${id}?sent=1`);
    const row = await revisionRow(id);
    expect(row).toMatchObject({ status: "pending", version: version + 1 });
    expect(JSON.parse(row!.document).sources[0].archive).toBe("GARF");
    const actions = (await testDb().select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["revision.submit", "revision.resubmit"]);
  });

  it("lets the submitter answer the moderators, with the input kept when empty", async () => {
    const user = await signIn();
    const id = await submitted(user);
    const empty = await postForm(`/my/submissions/${id}/messages`, { message: "  " }, user.cookie);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Please write a message.");
    const res = await postForm(
      `/my/submissions/${id}/messages`,
      { message: "I found the ship's passenger list." },
      user.cookie,
    );
    expect(location(res)).toBe(`/my/submissions/${id}?message=1`);
    const rows = await testDb()
      .select()
      .from(revisionMessages)
      .where(eq(revisionMessages.revisionId, id));
    expect(rows.map((r) => r.body)).toEqual(["I found the ship's passenger list."]);
    expect(await page(`/my/submissions/${id}`, user)).toContain(
      "I found the ship&#39;s passenger list.",
    );
  });

  it("withdraws only after the box is ticked, and only one's own", async () => {
    const [user, stranger] = [await signIn(), await signIn()];
    const id = await submitted(user);
    const unconfirmed = await postForm(
      `/my/submissions/${id}/withdraw`,
      { version: "1" },
      user.cookie,
    );
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toMatch(/id="f-confirm-error">Please tick the box/);
    expect(
      (
        await postForm(
          `/my/submissions/${id}/withdraw`,
          { version: "1", confirm: "yes" },
          stranger.cookie,
        )
      ).status,
    ).toBe(404);
    expect(await revisionRow(id)).toMatchObject({ status: "pending" });

    const res = await postForm(
      `/my/submissions/${id}/withdraw`,
      { version: "1", confirm: "yes" },
      user.cookie,
    );
    expect(location(res)).toBe(`/my/submissions/${id}?withdrawn=1`);
    expect(await revisionRow(id)).toMatchObject({ status: "withdrawn", version: 2 });
    expect(await page(`/my/submissions/${id}?withdrawn=1`, user)).toContain(
      "The submission has been withdrawn.",
    );
  });

  it("refuses to withdraw on a stale page", async () => {
    const user = await signIn();
    const id = await submitted(user);
    await moderatorSets(id, "changes_requested");
    const res = await postForm(
      `/my/submissions/${id}/withdraw`,
      { version: "1", confirm: "yes" },
      user.cookie,
    );
    expect(res.status).toBe(409);
    expect(await revisionRow(id)).toMatchObject({ status: "changes_requested", version: 2 });
  });
});
