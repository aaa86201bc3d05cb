import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";

const roleOf = async (id: string) => (await testDb().select().from(users).where(eq(users.id, id)).get())?.role;

describe("admins grant and remove the moderator role", () => {
  it("grants it, the new moderator can moderate at once, removes it again; every change audited", async () => {
    const admin = await signIn("admin");
    const volunteer = await signIn("contributor");
    expect((await request("/api/v1/moderation/queue", { cookie: volunteer.cookie })).status).toBe(403);

    const page = await (await request("/admin/users", { cookie: admin.cookie })).text();
    expect(page).toContain(volunteer.email);
    const granted = await request(`/admin/users/${volunteer.id}/role`, { method: "POST", cookie: admin.cookie, body: new URLSearchParams({ role: "moderator", from: "contributor" }) });
    expect(granted.status).toBe(303);
    expect(await roleOf(volunteer.id)).toBe("moderator");
    expect((await request("/api/v1/moderation/queue", { cookie: volunteer.cookie })).status).toBe(200);

    // A stale form (it still shows "contributor") changes nothing.
    const stale = await request(`/api/v1/admin/users/${volunteer.id}/role`, { method: "POST", cookie: admin.cookie, json: { role: "moderator", from: "contributor" } });
    expect(stale.status).toBe(409);

    const revoked = await request(`/api/v1/admin/users/${volunteer.id}/role`, { method: "POST", cookie: admin.cookie, json: { role: "contributor" } });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ role: "contributor", changed: true });
    expect((await request("/api/v1/moderation/queue", { cookie: volunteer.cookie })).status).toBe(403);

    const entries = await testDb().select().from(auditLog).where(eq(auditLog.subjectId, volunteer.id));
    expect(entries.map((e) => [e.action, e.actorId, JSON.parse(e.detail!)])).toEqual([
      ["user.grant_moderator", admin.id, { from: "contributor", to: "moderator" }],
      ["user.revoke_moderator", admin.id, { from: "moderator", to: "contributor" }],
    ]);
  });

  it("cannot change their own role, another admin's, or give a role that is not offered", async () => {
    const admin = await signIn("admin");
    const other = await signIn("admin");
    expect((await request(`/api/v1/admin/users/${admin.id}/role`, { method: "POST", cookie: admin.cookie, json: { role: "contributor" } })).status).toBe(403);
    expect((await request(`/api/v1/admin/users/${other.id}/role`, { method: "POST", cookie: admin.cookie, json: { role: "moderator" } })).status).toBe(403);
    const someone = await signIn("contributor");
    expect((await request(`/api/v1/admin/users/${someone.id}/role`, { method: "POST", cookie: admin.cookie, json: { role: "admin" } })).status).toBe(422);
    expect((await request("/api/v1/admin/users/usr_nobody/role", { method: "POST", cookie: admin.cookie, json: { role: "moderator" } })).status).toBe(404);
    expect(await roleOf(admin.id)).toBe("admin");
    expect(await roleOf(other.id)).toBe("admin");
    expect(await roleOf(someone.id)).toBe("contributor");
  });

  it("emails appear only on the admin page, never to moderators", async () => {
    const moderator = await signIn("moderator");
    const contributor = await signIn("contributor");
    const res = await request(`/api/v1/audit?subject_id=${contributor.id}`, { cookie: moderator.cookie });
    expect(await res.text()).not.toContain(contributor.email);
    expect((await request("/admin/users", { cookie: moderator.cookie })).status).toBe(403);
  });
});
