import { env } from "cloudflare:workers";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/platform/db/client";
import { MeteredD1 } from "../../src/platform/db/metering";
import { auditLog, sessions, users } from "../../src/platform/db/schema";
import { auditInsert } from "../../src/platform/audit/audit";
import { signIn } from "../helpers/users";

function sessionLookup(db: ReturnType<typeof createDb>, userId: string) {
  // Two columns named "id" in the result: the case D1's all() alone would get wrong.
  return db
    .select({ sessionId: sessions.id, id: users.id, email: users.email, createdAt: sessions.createdAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(users.id, userId))
    .all();
}

describe("metering D1 per request", () => {
  it("reads query-builder selects with repeated column names exactly as drizzle does, and counts their rows", async () => {
    const user = await signIn("contributor");
    const metered = new MeteredD1(env.DB);
    const rows = await sessionLookup(createDb(metered), user.id);
    expect(rows).toEqual(await sessionLookup(createDb(env.DB), user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sessionId).not.toBe(rows[0]!.id);
    expect(metered.usage).toMatchObject({ statements: 1, unmetered: 0, wrote: false });
    expect(metered.usage.rowsRead).toBeGreaterThan(0);
  });

  it("adds up the rows written by a batch and notes that the database changed", async () => {
    const user = await signIn("contributor");
    const metered = new MeteredD1(env.DB);
    const db = createDb(metered);
    await db.batch([
      db.update(users).set({ displayName: "Renamed" }).where(eq(users.id, user.id)),
      auditInsert(db, { actorId: user.id, action: "test.rename", subjectType: "user", subjectId: user.id }),
    ]);
    expect(metered.usage.statements).toBe(2);
    expect(metered.usage.rowsWritten).toBeGreaterThanOrEqual(2);
    expect(metered.usage.wrote).toBe(true);
    const stored = await createDb(env.DB).select().from(auditLog).where(eq(auditLog.action, "test.rename")).all();
    expect(stored.map((r) => r.subjectId)).toEqual([user.id]);
  });

  it("falls back to raw() for selects it cannot alias, with the same rows, counting them as unmetered", async () => {
    const user = await signIn("contributor");
    const metered = new MeteredD1(env.DB);
    const db = createDb(metered);
    const star = await db.values(sql`SELECT * FROM users WHERE id = ${user.id}`);
    // An alias without AS: the aliased form is a syntax error, so the statement runs unaliased.
    const implicit = await db.values(sql`SELECT email e FROM users WHERE id = ${user.id}`);
    expect(star).toHaveLength(1);
    expect(star[0]).toContain(user.email);
    expect(implicit).toEqual([[user.email]]);
    expect(metered.usage).toMatchObject({ statements: 2, unmetered: 2 });
  });

  it("keeps first() and plain all() results unchanged", async () => {
    const user = await signIn("moderator");
    const metered = new MeteredD1(env.DB);
    const first = await metered.prepare("SELECT email, role FROM users WHERE id = ?").bind(user.id).first();
    const role = await metered.prepare("SELECT role FROM users WHERE id = ?").bind(user.id).first<string>("role");
    const none = await metered.prepare("SELECT role FROM users WHERE id = ?").bind("usr_nobody").first();
    expect(first).toEqual({ email: user.email, role: "moderator" });
    expect(role).toBe("moderator");
    expect(none).toBeNull();
    expect(metered.usage.statements).toBe(3);
    expect(metered.usage.unmetered).toBe(0);
  });
});
