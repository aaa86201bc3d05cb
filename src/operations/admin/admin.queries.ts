/** Admins grant and remove the moderator role. Every change is guarded and audited. */
import { and, asc, eq, like, or } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import type { SessionUser } from "../../platform/auth/session";
import { runBatch, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { users, type Role } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";

/** The roles an admin can give here; making admins stays with the operators. */
export const ASSIGNABLE_ROLES = ["contributor", "moderator"] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export function listUsers(db: Database, query: string | undefined, limit = 100) {
  const pattern = query ? `%${query.toLowerCase()}%` : undefined;
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, createdAt: users.createdAt, lastLoginAt: users.lastLoginAt, disabledAt: users.disabledAt })
    .from(users)
    .where(pattern ? or(like(users.email, pattern), like(users.displayName, pattern)) : undefined)
    .orderBy(asc(users.email))
    .limit(limit);
}

export interface RoleChange {
  userId: string;
  role: AssignableRole;
  /** The role the admin saw; the change is refused if it has changed meanwhile. */
  from?: Role;
}

export async function changeRole(db: Database, change: RoleChange, ctx: { admin: SessionUser; now: number; requestId: string }) {
  const target = await db.select().from(users).where(eq(users.id, change.userId)).get();
  if (!target) throw new AppError("not_found");
  if (target.id === ctx.admin.id) throw new AppError("forbidden", "You cannot change your own role.");
  if (target.role === "admin") throw new AppError("forbidden", "An admin's role cannot be changed here.");
  const from = change.from ?? target.role;
  if (target.role !== from) throw new AppError("conflict", `The role changed meanwhile (now ${target.role}).`);
  if (from === change.role) return { id: target.id, role: target.role, changed: false };
  try {
    await runBatch(db, [
      db.update(users).set({ role: change.role }).where(and(eq(users.id, target.id), eq(users.role, from))),
      requireChanged(db),
      auditInsert(db, {
        actorId: ctx.admin.id,
        action: change.role === "moderator" ? "user.grant_moderator" : "user.revoke_moderator",
        subjectType: "user",
        subjectId: target.id,
        detail: { from, to: change.role },
        requestId: ctx.requestId,
        at: ctx.now,
      }),
    ]);
  } catch (error) {
    if (isStaleWrite(error)) throw new AppError("conflict", "The role changed meanwhile; nothing was changed.");
    throw error;
  }
  return { id: target.id, role: change.role, changed: true };
}
