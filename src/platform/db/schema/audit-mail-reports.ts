import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/**
 * Append-only record of every state change (triggers in the migration refuse UPDATE and DELETE).
 * It is written in the same D1 batch as the change it records.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    subjectVersion: integer("subject_version"),
    detail: text("detail"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_log_subject_idx").on(t.subjectId, t.id),
    index("audit_log_action_idx").on(t.action, t.at),
    // Browsing the log newest first (src/editorial/moderation/audit.queries.ts): by time, and per actor.
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
  ],
);

export const REPORT_KINDS = ["error", "duplicate", "privacy", "takedown", "other"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ["open", "resolved"] as const;

/** Visitors' reports about a published memorial; they enter the moderation queue. */
export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    memorialId: text("memorial_id").notNull(),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    message: text("message").notNull(),
    reporterUserId: text("reporter_user_id").references(() => users.id),
    reporterEmail: text("reporter_email"),
    status: text("status", { enum: REPORT_STATUSES }).notNull().default("open"),
    version: integer("version").notNull().default(1),
    claimedBy: text("claimed_by").references(() => users.id),
    claimedUntil: integer("claimed_until"),
    createdAt: integer("created_at").notNull(),
    resolvedAt: integer("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id),
    resolutionNote: text("resolution_note"),
  },
  (t) => [
    index("reports_status_idx").on(t.status, t.createdAt),
    index("reports_memorial_idx").on(t.memorialId),
  ],
);

/**
 * Mail waiting to be sent, written in the same batch as the change that causes it. In
 * development it is never sent and doubles as the dev outbox.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: text("id").primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    kind: text("kind").notNull(),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [
    index("mail_outbox_to_idx").on(t.toAddress, t.createdAt),
    index("mail_outbox_unsent_idx").on(t.sentAt, t.createdAt),
  ],
);

/** Exact quotas (fixed windows) where the rate-limit binding's approximate counts are not enough. */
export const rateCounters = sqliteTable(
  "rate_counters",
  {
    bucket: text("bucket").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

/**
 * Never holds a row. A batch that must stop when a conditional UPDATE matched nothing inserts
 * here with `WHERE changes() = 0`; the CHECK then fails and D1 rolls the whole batch back.
 * See src/platform/db/guard.ts.
 */
export const writeGuard = sqliteTable(
  "write_guard",
  { staleWrite: integer("stale_write").notNull() },
  (t) => [check("stale_write", sql`${t.staleWrite} = 0`)],
);

/**
 * Never holds a row either: a batch that counts a use of a quota (rate_counters) inserts here
 * when the count went over the limit, and the CHECK rolls the whole batch back — the quota and
 * the write it guards are one transaction (src/platform/abuse/rate-limit.ts, `quotaInBatch`).
 */
export const quotaGuard = sqliteTable(
  "quota_guard",
  { quotaExceeded: integer("quota_exceeded").notNull() },
  (t) => [check("quota_exceeded", sql`${t.quotaExceeded} = 0`)],
);
