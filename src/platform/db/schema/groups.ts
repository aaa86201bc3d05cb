import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/** Undated groups (and open starts such as "../1941-05") come after the dated ones. */
export const UNDATED_SORT_DAY = 99_999_999;

export const GROUP_STATUSES = ["published", "withheld"] as const;
export const GROUP_REVISION_KINDS = ["new", "change", "membership"] as const;
export type GroupRevisionKind = (typeof GROUP_REVISION_KINDS)[number];
export const GROUP_REVISION_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type GroupRevisionStatus = (typeof GROUP_REVISION_STATUSES)[number];

/**
 * A group (transport, list, operation …) exists from its first approval on and points at its
 * current approved revision; its listing columns are copied at approval, like a memorial's.
 */
export const groups = sqliteTable(
  "groups",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    status: text("status", { enum: GROUP_STATUSES }).notNull().default("published"),
    currentRevisionId: text("current_revision_id").notNull(),
    version: integer("version").notNull().default(1),
    kind: text("kind").notNull(),
    nameEn: text("name_en").notNull(),
    nameDe: text("name_de"),
    nameRu: text("name_ru"),
    dateEdtf: text("date_edtf"),
    /** First day the date allows (days since 1970), for the index in time order; UNDATED_SORT_DAY without one. */
    dateSortDay: integer("date_sort_day").notNull(),
    memberCount: integer("member_count").notNull().default(0),
    firstPublishedAt: integer("first_published_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("groups_slug_idx").on(t.slug), index("groups_status_date_idx").on(t.status, t.dateSortDay, t.id)],
);

/**
 * Every proposal about a group: a new group, a change, or one membership ("my grandfather was on
 * this train"). Each holds the complete group document as it would be published; `version`
 * increases on every change of state so that a decision names the version the moderator saw.
 */
export const groupRevisions = sqliteTable(
  "group_revisions",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id"),
    kind: text("kind", { enum: GROUP_REVISION_KINDS }).notNull(),
    basedOnRevisionId: text("based_on_revision_id"),
    document: text("document").notNull(),
    status: text("status", { enum: GROUP_REVISION_STATUSES }).notNull(),
    version: integer("version").notNull().default(1),
    submitterId: text("submitter_id")
      .notNull()
      .references(() => users.id),
    submitterNote: text("submitter_note"),
    createdAt: integer("created_at").notNull(),
    submittedAt: integer("submitted_at").notNull(),
    decidedAt: integer("decided_at"),
    decidedBy: text("decided_by").references(() => users.id),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    index("group_revisions_queue_idx").on(t.status, t.submittedAt, t.id),
    index("group_revisions_group_idx").on(t.groupId, t.decidedAt),
    index("group_revisions_submitter_idx").on(t.submitterId, t.submittedAt),
  ],
);

/** Read table projected from a group's current revision at approval: who was in it, in order. */
export const groupMembers = sqliteTable(
  "group_members",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id),
    position: integer("position").notNull(),
    memorialId: text("memorial_id"),
    name: text("name"),
    role: text("role").notNull(),
    certainty: text("certainty").notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.position] }), index("group_members_memorial_idx").on(t.memorialId, t.groupId)],
);
