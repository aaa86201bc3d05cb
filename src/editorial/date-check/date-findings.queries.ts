/** What the operations page shows of the date consistency check (src/editorial/date-check/date-check.ts). */
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import type { RevisionStatus } from "../../platform/db/schema";
import type { DateFinding } from "../../domain/dates/document-dates";

/** How many revisions the page lists; the count says how many there are. */
export const LISTED_FINDINGS = 100;

export interface FoundRevision {
  revisionId: string;
  name: string;
  status: RevisionStatus;
  memorialId: string | null;
  findings: DateFinding[];
  foundAt: number;
  correctionId: string | null;
}

export interface DateFindingsView {
  /** Revisions with at least one wrong date. */
  total: number;
  /** When the check last read a chunk; null before its first run. */
  lastChecked: number | null;
  newest: FoundRevision[];
}

type Row = {
  revision_id: string | null;
  name: string | null;
  status: RevisionStatus | null;
  memorial_id: string | null;
  findings: string | null;
  found_at: number | null;
  correction_id: string | null;
  total: number;
  last_checked: number | null;
};

/** Newest findings first, with the count and the time of the last check, in one round trip. */
export async function readDateFindings(db: Database, limit = LISTED_FINDINGS): Promise<DateFindingsView> {
  const rows = await db.all<Row>(sql`
    SELECT * FROM (
      SELECT (SELECT count(*) FROM date_findings) AS total,
        (SELECT max(at) FROM audit_log WHERE action = 'dates.check') AS last_checked
    ) LEFT JOIN (
      SELECT f.revision_id, r.display_name AS name, r.status, f.memorial_id, f.findings, f.found_at, f.correction_id
      FROM date_findings f JOIN revisions r ON r.id = f.revision_id
      ORDER BY f.found_at DESC, f.revision_id DESC LIMIT ${limit}
    ) ON 1
    ORDER BY found_at DESC, revision_id DESC`);
  const first = rows[0]!;
  return {
    total: first.total,
    lastChecked: first.last_checked,
    newest: rows
      .filter((r) => r.revision_id !== null)
      .map((r) => ({
        revisionId: r.revision_id!,
        name: r.name ?? "",
        status: r.status!,
        memorialId: r.memorial_id,
        findings: JSON.parse(r.findings!) as DateFinding[],
        foundAt: r.found_at!,
        correctionId: r.correction_id,
      })),
  };
}
