/** Reading the audit log: who did what to a subject, when, on which version. */
import { and, desc, eq, lt } from "drizzle-orm";
import type { Database } from "../db/client";
import { auditLog, users } from "../db/schema";

export interface AuditView {
  id: number;
  at: number;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  subject_version: number | null;
  detail: Record<string, unknown> | null;
}

/** Entries about one subject (a memorial, revision, report or user), newest first. */
export async function listAudit(db: Database, subjectId: string, page: { limit: number; beforeId?: number }): Promise<AuditView[]> {
  const rows = await db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.subjectId, subjectId), page.beforeId ? lt(auditLog.id, page.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(page.limit);
  return rows.map(({ entry, actorName }) => ({
    id: entry.id,
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: actorName,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    subject_version: entry.subjectVersion,
    detail: entry.detail ? (JSON.parse(entry.detail) as Record<string, unknown>) : null,
  }));
}
