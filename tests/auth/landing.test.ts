import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, users, type Role } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { request, testDb } from "../helpers/app";
import { followSignInLink } from "../helpers/users";

/** Signs in by the real email link and answers where the browser is sent afterwards. */
async function landingAfterSignIn(role: Role, next?: string): Promise<string | null> {
  const email = `landing-${role}-${newId("usr").slice(4, 12)}@example.org`;
  await testDb().insert(users).values({ id: newId("usr"), email, role, displayName: `Landing ${role}`, createdAt: Date.now() });
  await request("/api/v1/auth/login-link", { method: "POST", json: next ? { email, next } : { email } });
  const mail = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(desc(mailOutbox.createdAt)).get();
  const verified = await followSignInLink(mail!.link!);
  expect(verified.status).toBe(303);
  return verified.headers.get("location");
}

describe("where signing in leads", () => {
  it("takes moderators and admins to the moderation queue", async () => {
    expect(await landingAfterSignIn("moderator")).toBe("/moderation");
    expect(await landingAfterSignIn("admin")).toBe("/moderation");
  });

  it("takes contributors to their submissions", async () => {
    expect(await landingAfterSignIn("contributor")).toBe("/my/submissions");
  });

  it("returns anyone to the page they asked for when it is on this site", async () => {
    expect(await landingAfterSignIn("moderator", "/memorials/max-zucker")).toBe("/memorials/max-zucker");
    expect(await landingAfterSignIn("contributor", "/submit")).toBe("/submit");
  });

  it("refuses a return address on another site when the link is asked for", async () => {
    for (const next of ["https://elsewhere.example/", "//elsewhere.example/"]) {
      const asked = await request("/api/v1/auth/login-link", { method: "POST", json: { email: "someone@example.org", next } });
      expect(asked.status).toBe(422);
    }
  });
});
