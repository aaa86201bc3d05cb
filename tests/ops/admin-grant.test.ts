import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { adminCheckQuery, adminGrantStatements, parseAdminEmail } from "../../src/operations/dashboard/admin-grant";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";

/** Runs the statements as `npm run admin:create` does locally (and wrangler d1 execute remotely). */
async function grantAdmin(email: string, displayName?: string) {
  const statements = adminGrantStatements({ email, newUserId: newId("usr"), displayName, now: Date.now() });
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
  return env.DB.prepare(adminCheckQuery(email)).first<{ id: string; role: string }>();
}

function grantsOf(userId: string) {
  return testDb().select().from(auditLog).where(and(eq(auditLog.subjectId, userId), eq(auditLog.action, "user.grant_admin"))).all();
}

describe("npm run admin:create", () => {
  it("creates the first admin, audited, who can then use the admin pages", async () => {
    const account = await grantAdmin("first-admin@example.org", "Archive Admin");
    expect(account?.role).toBe("admin");
    const [entry] = await grantsOf(account!.id);
    expect(entry).toMatchObject({ actorId: null, subjectType: "user" });
    expect(JSON.parse(entry!.detail!)).toEqual({ from: "contributor", via: "npm run admin:create", new_account: true });
    const stored = await testDb().select().from(users).where(eq(users.id, account!.id)).get();
    expect(stored).toMatchObject({ email: "first-admin@example.org", displayName: "Archive Admin", disabledAt: null });
  });

  it("promotes an existing account once; running it again changes and records nothing", async () => {
    const moderator = await signIn("moderator", "long-serving@example.org");
    expect((await request("/admin/operations", { cookie: moderator.cookie })).status).toBe(403);
    await grantAdmin(moderator.email);
    await grantAdmin(moderator.email);
    const grants = await grantsOf(moderator.id);
    expect(grants).toHaveLength(1);
    expect(JSON.parse(grants[0]!.detail!)).toMatchObject({ from: "moderator", new_account: false });
    expect((await request("/admin/operations", { cookie: moderator.cookie })).status).toBe(200);
  });

  it("leaves a disabled account disabled and without a role, and copes with quotes in an address", async () => {
    const former = await signIn("contributor", "former@example.org");
    await testDb().update(users).set({ disabledAt: Date.now() }).where(eq(users.id, former.id));
    expect((await grantAdmin(former.email))?.role).toBe("contributor");
    expect(await grantsOf(former.id)).toEqual([]);
    expect((await grantAdmin("o'neill@example.org"))?.role).toBe("admin");
  });

  it("accepts only an email address, normalised as sign-in does", () => {
    expect(parseAdminEmail("  Someone@Example.ORG ")).toEqual({ email: "someone@example.org" });
    expect(parseAdminEmail("someone")).toHaveProperty("error");
    expect(parseAdminEmail(undefined)).toHaveProperty("error");
    expect(parseAdminEmail("x@example.org'); DROP TABLE users; --")).toHaveProperty("error");
  });
});
