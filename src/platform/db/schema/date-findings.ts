import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { revisions } from "./revisions";

/**
 * Stored revisions whose dates the consistency check found wrong: words that say another date
 * than the code, or a code today's validation refuses (docs/dates.md). One row per revision,
 * rewritten each time the check reads it; the revision itself is never changed. For a published
 * memorial's current revision the check opens one correction, recorded here so it is opened once.
 */
export const dateFindings = sqliteTable(
  "date_findings",
  {
    revisionId: text("revision_id")
      .primaryKey()
      .references(() => revisions.id),
    memorialId: text("memorial_id"),
    /** JSON: the findings of src/domain/dates/document-dates.ts, `[{ path, kind, edtf, text, wordsEdtf }]`. */
    findings: text("findings").notNull(),
    count: integer("count").notNull(),
    foundAt: integer("found_at").notNull(),
    checkedAt: integer("checked_at").notNull(),
    correctionId: text("correction_id"),
  },
  (t) => [index("date_findings_found_idx").on(t.foundAt, t.revisionId)],
);
