import { env } from "cloudflare:workers";
import { eq, and, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/platform/db/client";
import { isStaleWrite, requireChanged } from "../../src/platform/db/guard";
import { users, auditLog } from "../../src/platform/db/schema";
import { auditInsert } from "../../src/platform/audit/audit";

describe("a guarded batch", () => {
  it("commits when the conditional update matched, and rolls back entirely when it did not", async () => {
    const db = createDb(env.DB);
    await db.insert(users).values({ id: "usr_guard", email: "g@zeugnis.test", createdAt: 1 });
    const update = (from: string, to: string) =>
      db.update(users).set({ displayName: to }).where(and(eq(users.id, "usr_guard"), sql`coalesce(${users.displayName}, '') = ${from}`));
    const entry = (action: string) => auditInsert(db, { actorId: null, action, subjectType: "user", subjectId: "usr_guard" });

    await db.batch([update("", "A"), requireChanged(db), entry("won")]);
    const lost = await db.batch([update("", "B"), requireChanged(db), entry("lost")]).catch((e: unknown) => e);
    expect(isStaleWrite(lost)).toBe(true);

    const row = await db.select().from(users).where(eq(users.id, "usr_guard")).get();
    expect(row?.displayName).toBe("A");
    const actions = (await db.select().from(auditLog).where(eq(auditLog.subjectId, "usr_guard"))).map((a) => a.action);
    expect(actions).toEqual(["won"]);
    const guards = await env.DB.prepare("select count(*) as n from write_guard").first<{ n: number }>();
    expect(guards?.n).toBe(0);
  });

  it("refuses to rewrite the audit log", async () => {
    const db = createDb(env.DB);
    await db.batch([auditInsert(db, { actorId: null, action: "x", subjectType: "system", subjectId: "s" })]);
    await expect(env.DB.prepare("update audit_log set action = 'y'").run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("delete from audit_log").run()).rejects.toThrow(/append-only/);
  });
});
