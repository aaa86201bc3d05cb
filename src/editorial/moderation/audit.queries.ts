/**
 * Reading the audit log: who did what to which subject, when, on which version. Two readings:
 * one subject's entries by id (the contract of GET /api/v1/audit?subject_id=), and browsing the
 * whole log newest first with filters, each backed by an index (migration 0012).
 */
import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Database } from "../../platform/db/client";
import { auditLog, users } from "../../platform/db/schema";

export interface AuditView {
  id: number;
  at: number;
  actor_id: string | null;
  actor_name: string | null;
  /** Only for admins (domain.md, Privacy); undefined for everyone else. */
  actor_email?: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  subject_version: number | null;
  /** The subject in words: the memorial's or submission's name, the reported memorial, the person. */
  subject_label: string | null;
  detail: Record<string, unknown> | null;
}

const actor = alias(users, "actor");

/** Names only, looked up by primary key for the entries of one page. */
const subjectLabel = sql<string | null>`CASE ${auditLog.subjectType}
  WHEN 'memorial' THEN (SELECT display_name FROM memorials WHERE id = ${auditLog.subjectId})
  WHEN 'revision' THEN (SELECT display_name FROM revisions WHERE id = ${auditLog.subjectId})
  WHEN 'report' THEN (SELECT m.display_name FROM reports p JOIN memorials m ON m.id = p.memorial_id WHERE p.id = ${auditLog.subjectId})
  WHEN 'user' THEN (SELECT display_name FROM users WHERE id = ${auditLog.subjectId})
  END`;

function entries(db: Database, withEmails: boolean) {
  return db
    .select({
      entry: auditLog,
      actorName: actor.displayName,
      actorEmail: withEmails ? actor.email : sql<null>`NULL`,
      subjectLabel,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId));
}

type Row = Awaited<ReturnType<ReturnType<typeof entries>["all"]>>[number];

function toView({ entry, actorName, actorEmail, subjectLabel: label }: Row, withEmails: boolean): AuditView {
  return {
    id: entry.id,
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: actorName,
    ...(withEmails ? { actor_email: actorEmail } : {}),
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    subject_version: entry.subjectVersion,
    subject_label: label,
    detail: entry.detail ? (JSON.parse(entry.detail) as Record<string, unknown>) : null,
  };
}

/** Entries about one subject (a memorial, revision, report or user), newest first by id. */
export async function listAudit(
  db: Database,
  subjectId: string,
  page: { limit: number; beforeId?: number },
  options: { withEmails?: boolean } = {},
): Promise<AuditView[]> {
  const rows = await entries(db, !!options.withEmails)
    .where(and(eq(auditLog.subjectId, subjectId), page.beforeId ? lt(auditLog.id, page.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(page.limit);
  return rows.map((row) => toView(row, !!options.withEmails));
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  subjectId?: string;
  /** First moment included (ms). */
  from?: number;
  /** First moment no longer included (ms). */
  until?: number;
}

export interface AuditPage {
  limit: number;
  /** The (at, id) of the last entry of the previous page. */
  after?: [number, number];
}

/**
 * The log newest first — by time, then by id for entries of the same millisecond. Each filter
 * has an index that already holds this order: (actor_id, at), (action, at), (at); a subject's
 * entries are few and read through (subject_id, id).
 */
export async function browseAudit(
  db: Database,
  filter: AuditFilter,
  page: AuditPage,
  options: { withEmails?: boolean } = {},
): Promise<{ items: AuditView[]; next: [number, number] | null }> {
  const conditions: Array<SQL | undefined> = [
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.subjectId ? eq(auditLog.subjectId, filter.subjectId) : undefined,
    filter.from !== undefined ? gte(auditLog.at, filter.from) : undefined,
    filter.until !== undefined ? lt(auditLog.at, filter.until) : undefined,
  ];
  if (page.after) {
    const [at, id] = page.after;
    // `at <= ?` is the part an index range can use; the rest breaks ties within a millisecond.
    conditions.push(lte(auditLog.at, at), or(lt(auditLog.at, at), lt(auditLog.id, id)));
  }
  const rows = await entries(db, !!options.withEmails)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map((row) => toView(row, !!options.withEmails));
  const last = items.at(-1);
  return { items, next: rows.length > page.limit && last ? [last.at, last.id] : null };
}

/** Moderators and admins, for the "who" filter: few, and read through users_role_idx. */
export function listStaff(db: Database) {
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.role, ["moderator", "admin"]))
    .orderBy(users.displayName, users.id);
}

/** One person's public name, for a filter that names someone who is not staff. */
export async function displayNameOf(db: Database, userId: string): Promise<string | null> {
  const row = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get();
  return row?.name ?? null;
}
