/**
 * Open data: when each memorial last changed in public view (exports, OAI-PMH), and the import
 * jobs that turn a contributor's GEDCOM or CSV file into submissions (docs/open-data.md).
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/**
 * One row per memorial, kept by triggers on `memorials` (hand-written migration): the moment it
 * was last published, corrected, withheld, restored, merged or unmerged, and its status then.
 * Withheld and merged memorials stay here, so harvesters learn of them as deleted records.
 */
export const memorialChanges = sqliteTable(
  "memorial_changes",
  {
    memorialId: text("memorial_id").primaryKey(),
    changedAt: integer("changed_at").notNull(),
    status: text("status").notNull(),
  },
  (t) => [index("memorial_changes_changed_idx").on(t.changedAt, t.memorialId)],
);

/**
 * OAI-PMH set membership (src/archive/memorials/memorial-sets.ts) of every memorial that was ever public, written at
 * publication and kept when a memorial is withheld or merged, so a harvester of a set learns of
 * the withdrawal as a deleted record. `changed_at` is the memorial's datestamp, copied from
 * `memorial_changes` by triggers, so a set lists in datestamp order straight from its index.
 */
export const memorialSets = sqliteTable(
  "memorial_sets",
  {
    setSpec: text("set_spec").notNull(),
    memorialId: text("memorial_id").notNull(),
    changedAt: integer("changed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.setSpec, t.memorialId] }),
    index("memorial_sets_list_idx").on(t.setSpec, t.changedAt, t.memorialId),
    index("memorial_sets_memorial_idx").on(t.memorialId),
  ],
);

/** Every set that ever had a member, for ListSets: a few dozen rows (fates, powers, countries). */
export const oaiSets = sqliteTable("oai_sets", {
  setSpec: text("set_spec").primaryKey(),
});

export const IMPORT_FORMATS = ["gedcom", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * mapping (CSV: columns not yet assigned) → parsing → ready (the contributor picks people) →
 * submitting → done. `failed`: parsing stopped at `failed_row`; the rows before it are kept.
 * `paused`: the daily import quota is used up; submitting continues in the next window.
 */
export const IMPORT_STATUSES = [
  "mapping",
  "parsing",
  "ready",
  "submitting",
  "paused",
  "done",
  "failed",
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importJobs = sqliteTable(
  "import_jobs",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    format: text("format", { enum: IMPORT_FORMATS }).notNull(),
    filename: text("filename"),
    /** The uploaded file in R2 (MEDIA bucket, `imports/…`); deleted once parsing is over. */
    objectKey: text("object_key").notNull(),
    bytes: integer("bytes").notNull(),
    encoding: text("encoding"),
    /** Byte offset up to which the file has been read. */
    offset: integer("offset").notNull().default(0),
    /** Lines (GEDCOM) or CSV rows read so far, for row numbers in messages. */
    linesRead: integer("lines_read").notNull().default(0),
    status: text("status", { enum: IMPORT_STATUSES }).notNull(),
    people: integer("people").notNull().default(0),
    failedRow: integer("failed_row"),
    failure: text("failure"),
    /** CSV: the header row and a few sample rows (JSON), then the chosen mapping (JSON). */
    header: text("header"),
    mapping: text("mapping"),
    relationship: text("relationship"),
    showName: integer("show_name", { mode: "boolean" }).notNull().default(false),
    note: text("note"),
    origin: text("origin").notNull(),
    locale: text("locale").notNull().default("en"),
    version: integer("version").notNull().default(1),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    index("import_jobs_user_idx").on(t.userId, t.createdAt),
    index("import_jobs_status_idx").on(t.status, t.updatedAt),
  ],
);

/**
 * A row is a draft until chosen; `held` is a person the file marks private (RESN), sent only when
 * chosen one by one; `reference` a relative the archive's own export names only as a link;
 * `unchanged` a memorial of this archive the file holds exactly as published (nothing sent).
 */
export const IMPORT_ROW_STATUSES = ["draft", "selected", "submitted", "needs_edit", "held", "reference", "unchanged"] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/**
 * One person of an import. `data` holds what was read (GEDCOM: the parsed INDI record; CSV: the
 * document built from the mapped columns). A row is a draft until the contributor submits it;
 * then it points at the revision it became.
 */
export const importRows = sqliteTable(
  "import_rows",
  {
    jobId: text("job_id").notNull(),
    row: integer("row").notNull(),
    /** The file's line (GEDCOM) or CSV row the person starts on. */
    line: integer("line").notNull(),
    xref: text("xref"),
    name: text("name").notNull(),
    birth: text("birth"),
    death: text("death"),
    data: text("data").notNull(),
    warnings: text("warnings"),
    /** Plausibility warnings of the person as sent (JSON), for the import results. */
    plausibility: text("plausibility"),
    status: text("status", { enum: IMPORT_ROW_STATUSES }).notNull().default("draft"),
    revisionId: text("revision_id"),
    error: text("error"),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.row] }),
    index("import_rows_status_idx").on(t.jobId, t.status, t.row),
    index("import_rows_xref_idx").on(t.jobId, t.xref),
  ],
);

/** GEDCOM records other than people (families, sources, notes), looked up by xref when submitting. */
export const importRecords = sqliteTable(
  "import_records",
  {
    jobId: text("job_id").notNull(),
    xref: text("xref").notNull(),
    tag: text("tag").notNull(),
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.xref] })],
);
