import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const MEDIA_STATUSES = ["private", "public", "rejected", "deleted"] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

/**
 * The bytes of an upload, stored once per sha256 however often it is uploaded (deduplication).
 * `object_key` holds the original exactly as uploaded and is never served; `served_key` is the
 * copy without GPS/camera metadata (the same key when nothing had to be removed). Keys are
 * random (`o/<128 random bits>`), never derived from the name or the hash. See docs/media.md.
 */
export const mediaBlobs = sqliteTable("media_blobs", {
  sha256: text("sha256").primaryKey(),
  objectKey: text("object_key").notNull().unique(),
  servedKey: text("served_key").notNull(),
  servedBytes: integer("served_bytes").notNull(),
  mime: text("mime").notNull(),
  bytes: integer("bytes").notNull(),
  width: integer("width"),
  height: integer("height"),
  /** JSON list of what the sanitiser removed, e.g. ["APP1 Exif", "APP13 IPTC"]. */
  removedMetadata: text("removed_metadata").notNull().default("[]"),
  /** Thumbnails are made on first request and their keys recorded here. */
  thumbKey: text("thumb_key"),
  mediumKey: text("medium_key"),
  createdAt: integer("created_at").notNull(),
  /** Set by the orphan cleanup once no live media row uses the blob; objects go after that. */
  deletedAt: integer("deleted_at"),
  purgedAt: integer("purged_at"),
});

/**
 * One uploaded photo or document as its uploader described it. Private to the uploader and
 * moderators until a revision that lists the file is approved; public while a published memorial
 * lists it (`media_memorials`).
 */
export const media = sqliteTable(
  "media",
  {
    id: text("id").primaryKey(),
    uploaderId: text("uploader_id")
      .notNull()
      .references(() => users.id),
    sha256: text("sha256").notNull(),
    mime: text("mime").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    originalName: text("original_name"),
    /** JSON `{ "de": "…", "en": "…" }`, the shape of `mediaRef.caption`. */
    caption: text("caption"),
    credit: text("credit"),
    /** JSON date value (`{ edtf, text? }`), the shape of `mediaRef.date`. */
    date: text("date"),
    source: text("source"),
    licence: text("licence").notNull(),
    rightsConfirmed: integer("rights_confirmed", { mode: "boolean" }).notNull(),
    status: text("status", { enum: MEDIA_STATUSES }).notNull().default("private"),
    version: integer("version").notNull().default(1),
    approvedRevisionId: text("approved_revision_id"),
    publishedAt: integer("published_at"),
    rejectedReason: text("rejected_reason"),
    rejectedBy: text("rejected_by").references(() => users.id),
    rejectedAt: integer("rejected_at"),
    createdAt: integer("created_at").notNull(),
    deletedAt: integer("deleted_at"),
  },
  (t) => [
    index("media_sha_idx").on(t.sha256),
    index("media_uploader_idx").on(t.uploaderId, t.createdAt),
    index("media_status_idx").on(t.status, t.createdAt),
  ],
);

/**
 * Which published memorials show a file: rewritten for a memorial at each approval from its
 * current document, so a file dropped by a correction stops being public, and a file is served
 * only while one of its memorials is published (not withheld or merged).
 */
export const mediaMemorials = sqliteTable(
  "media_memorials",
  {
    mediaId: text("media_id").notNull(),
    memorialId: text("memorial_id").notNull(),
    revisionId: text("revision_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.mediaId, t.memorialId] }),
    index("media_memorials_memorial_idx").on(t.memorialId),
  ],
);

export const UPLOAD_STATUSES = ["open", "completed", "aborted"] as const;

/**
 * A resumable upload in progress (docs/media.md): an R2 multipart upload plus the metadata the
 * uploader gave when creating it, so a broken connection can continue where it stopped.
 */
export const mediaUploads = sqliteTable(
  "media_uploads",
  {
    id: text("id").primaryKey(),
    uploaderId: text("uploader_id")
      .notNull()
      .references(() => users.id),
    objectKey: text("object_key").notNull(),
    r2UploadId: text("r2_upload_id").notNull(),
    bytes: integer("bytes").notNull(),
    partSize: integer("part_size").notNull(),
    filename: text("filename"),
    /** JSON of the validated item metadata (caption, credit, date, source, licence, rights). */
    metadata: text("metadata").notNull(),
    status: text("status", { enum: UPLOAD_STATUSES }).notNull().default("open"),
    mediaId: text("media_id"),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [
    index("media_uploads_uploader_idx").on(t.uploaderId, t.createdAt),
    index("media_uploads_expiry_idx").on(t.status, t.expiresAt),
  ],
);

/** The parts R2 has confirmed for a resumable upload; a re-sent part replaces its row. */
export const mediaUploadParts = sqliteTable(
  "media_upload_parts",
  {
    uploadId: text("upload_id").notNull(),
    partNumber: integer("part_number").notNull(),
    etag: text("etag").notNull(),
    bytes: integer("bytes").notNull(),
    receivedAt: integer("received_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.partNumber] })],
);
