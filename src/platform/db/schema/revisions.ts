import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const REVISION_STATUSES = [
  "draft",
  "pending",
  "in_review",
  "changes_requested",
  "approved",
  "rejected",
  "withdrawn",
] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const REVISION_KINDS = ["new", "correction"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const RELATIONSHIPS = ["descendant", "relative", "researcher", "other"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * Nothing is edited in place: every new memorial and every correction is a revision holding a
 * complete person document (JSON) and its review state. `version` increases on every change of
 * state, so decisions and edits can be made conditional on the version the actor saw.
 */
export const revisions = sqliteTable(
  "revisions",
  {
    id: text("id").primaryKey(),
    memorialId: text("memorial_id"),
    kind: text("kind", { enum: REVISION_KINDS }).notNull(),
    basedOnRevisionId: text("based_on_revision_id"),
    document: text("document").notNull(),
    status: text("status", { enum: REVISION_STATUSES }).notNull(),
    version: integer("version").notNull().default(1),
    submitterId: text("submitter_id")
      .notNull()
      .references(() => users.id),
    relationship: text("relationship", { enum: RELATIONSHIPS }),
    submitterNote: text("submitter_note"),
    showName: integer("show_name", { mode: "boolean" }).notNull().default(false),
    consentPublish: integer("consent_publish", { mode: "boolean" }).notNull().default(false),
    displayName: text("display_name").notNull().default(""),
    sourceCount: integer("source_count").notNull().default(0),
    draftStep: text("draft_step"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    submittedAt: integer("submitted_at"),
    claimedBy: text("claimed_by").references(() => users.id),
    claimedUntil: integer("claimed_until"),
    decidedAt: integer("decided_at"),
    decidedBy: text("decided_by").references(() => users.id),
    decisionReason: text("decision_reason"),
    livingConfirmation: text("living_confirmation"),
    /** Plausibility warnings found when the revision was sent (JSON; src/editorial/revisions/plausibility-warnings.ts). */
    plausibility: text("plausibility"),
    /** The submitter's explanation of dates the plausibility checks question. */
    plausibilityNote: text("plausibility_note"),
    /** The rejected or returned revision this one reopens (its thread stays there). */
    reopenedFrom: text("reopened_from"),
  },
  (t) => [
    index("revisions_queue_idx").on(t.status, t.submittedAt, t.id),
    index("revisions_submitter_idx").on(t.submitterId, t.updatedAt),
    index("revisions_memorial_idx").on(t.memorialId, t.decidedAt),
    index("revisions_reopened_idx").on(t.reopenedFrom),
  ],
);

/** The thread between moderators and the submitter of one revision. */
export const revisionMessages = sqliteTable(
  "revision_messages",
  {
    id: text("id").primaryKey(),
    revisionId: text("revision_id")
      .notNull()
      .references(() => revisions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("revision_messages_revision_idx").on(t.revisionId, t.createdAt)],
);

/**
 * Agreements to publish a new memorial, when publication needs two moderators
 * (PUBLICATION_NEEDS_TWO_MODERATORS, docs/moderation.md). An agreement stands for the revision
 * exactly as the moderator saw it: `revision_version` is the version the agreement left the
 * revision at, so any later change of the revision (a change request, a new version) voids it.
 */
export const revisionApprovals = sqliteTable(
  "revision_approvals",
  {
    revisionId: text("revision_id")
      .notNull()
      .references(() => revisions.id),
    revisionVersion: integer("revision_version").notNull(),
    moderatorId: text("moderator_id")
      .notNull()
      .references(() => users.id),
    livingConfirmation: text("living_confirmation"),
    at: integer("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.revisionVersion, t.moderatorId] })],
);

/** A retried POST with the same key answers the stored response and stores nothing new. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    statusCode: integer("status_code").notNull(),
    responseBody: text("response_body").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
