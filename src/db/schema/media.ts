import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const MEDIA_STATUSES = ["private", "public", "rejected", "deleted"] as const;

/**
 * Uploaded photos and documents. Private to the uploader and moderators until a revision that
 * lists the file is approved. The R2 key is random, never derived from the name or the hash.
 */
export const media = sqliteTable(
  "media",
  {
    id: text("id").primaryKey(),
    uploaderId: text("uploader_id")
      .notNull()
      .references(() => users.id),
    sha256: text("sha256").notNull(),
    objectKey: text("object_key").notNull(),
    mime: text("mime").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    originalName: text("original_name"),
    caption: text("caption"),
    credit: text("credit"),
    licence: text("licence").notNull(),
    rightsConfirmed: integer("rights_confirmed", { mode: "boolean" }).notNull(),
    status: text("status", { enum: MEDIA_STATUSES }).notNull().default("private"),
    approvedRevisionId: text("approved_revision_id"),
    rejectedReason: text("rejected_reason"),
    createdAt: integer("created_at").notNull(),
    deletedAt: integer("deleted_at"),
  },
  (t) => [
    index("media_sha_idx").on(t.sha256),
    index("media_uploader_idx").on(t.uploaderId, t.createdAt),
  ],
);
