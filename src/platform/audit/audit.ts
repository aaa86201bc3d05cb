import type { Database } from "../db/client";
import { auditLog } from "../db/schema";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: "memorial" | "revision" | "user" | "report" | "media" | "session" | "system" | "import" | "group" | "group_revision";
  subjectId: string;
  subjectVersion?: number | null;
  detail?: Record<string, unknown>;
  requestId?: string | null;
  at?: number;
}

/**
 * The insert of one audit entry, to be put in the same `db.batch` as the change it records.
 * @example await db.batch([update, auditInsert(db, { actorId, action: "revision.approve", … })])
 */
export function auditInsert(db: Database, entry: AuditEntry) {
  return db.insert(auditLog).values({
    at: entry.at ?? Date.now(),
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    subjectVersion: entry.subjectVersion ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    requestId: entry.requestId ?? null,
  });
}
