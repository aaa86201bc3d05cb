/**
 * The moderation queue: pending revisions, claimed ones and open reports in one list, oldest
 * first. Revisions and reports live in two tables; a UNION gives one order and one cursor.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { DATE_CHECK_ACCOUNT } from "../date-check/date-check";
import { SIGN_IN_CLIENTS_KEPT_MS } from "../../platform/auth/sign-in-clients";

export const QUEUE_KINDS = ["new", "correction", "report"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
/** "open": waiting for a moderator (claimed or not); "changes_requested": waiting for the submitter. */
export const QUEUE_VIEWS = ["open", "changes_requested"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface QueueFilter {
  view: QueueView;
  kind?: QueueKind;
  /** Only items the given moderator holds. */
  claimedBy?: string;
  after?: [number, string];
  limit: number;
}

export interface QueueItem {
  id: string;
  kind: QueueKind;
  memorial_id: string | null;
  name: string;
  status: string;
  submitted_at: number;
  claimed_by: string | null;
  claimed_by_name: string | null;
  claimed_until: number | null;
  version: number;
  relationship: string | null;
  source_count: number | null;
  report_kind: string | null;
  /** Who sent it (the submitter, or the signed-in reporter; null for a visitor's report). */
  submitted_by: string | null;
  submitted_by_name: string | null;
  /** The last decision on it so far (a request for changes, before a resubmission). */
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: number | null;
  /** Plausibility warnings stored when the revision was sent (JSON); null for reports. */
  plausibility: string | null;
  /** Dates of the revision whose words and code disagree, as the date check last found them. */
  date_findings: number;
  /** 1 for a correction the date check opened. */
  by_date_check: number;
  /** Revisions only: who sent it (never shown; for the same-client note). */
  submitter_id: string | null;
  /** Revisions only: agreements standing for the current version (agreements.ts). */
  approvals: number | null;
  /** The submitter signed in from the same client as a moderator (sign-in-clients.ts). */
  same_client_as_moderator: boolean;
}

/**
 * Each status is its own part, read in index order (revisions_queue_idx, reports_status_idx) and
 * cut at the page size before the parts are merged: the page costs the same with fifty or fifty
 * thousand items waiting, where sorting the union would read every one of them.
 */
function queueParts(filter: QueueFilter, now: number): SQL[] {
  const limit = filter.limit;
  const after = (time: SQL, id: SQL) => (filter.after ? sql`AND (${time}, ${id}) > (${filter.after[0]}, ${filter.after[1]})` : sql``);
  // The same-client note is read in the same statement: a query per page of submitters would make
  // the queue's cost depend on what it shows (sign-in-clients.ts keeps the hashes).
  const since = now - SIGN_IN_CLIENTS_KEPT_MS;
  const claimed = (table: SQL) =>
    filter.claimedBy ? sql`AND ${table}.claimed_by = ${filter.claimedBy} AND ${table}.claimed_until > ${now}` : sql``;
  // An expired claim is shown as no claim: anyone may take the item.
  const revisionsPart = (status: string) => sql`
    SELECT * FROM (
      SELECT r.id, r.kind, r.memorial_id, r.display_name AS name, r.status, r.submitted_at,
        CASE WHEN r.claimed_until > ${now} THEN r.claimed_by END AS claimed_by,
        CASE WHEN r.claimed_until > ${now} THEN u.display_name END AS claimed_by_name,
        CASE WHEN r.claimed_until > ${now} THEN r.claimed_until END AS claimed_until,
        r.version, r.relationship, r.source_count, NULL AS report_kind, r.plausibility,
        coalesce((SELECT f.count FROM date_findings f WHERE f.revision_id = r.id), 0) AS date_findings,
        r.submitter_id = ${DATE_CHECK_ACCOUNT.id} AS by_date_check, r.submitter_id,
        (SELECT count(*) FROM revision_approvals a WHERE a.revision_id = r.id AND a.revision_version = r.version) AS approvals,
        EXISTS (
          SELECT 1 FROM sign_in_clients s
          JOIN sign_in_clients t ON t.client_hash = s.client_hash AND t.user_id <> s.user_id AND t.last_seen_at > ${since}
          JOIN users mu ON mu.id = t.user_id AND mu.role IN ('moderator', 'admin')
          WHERE s.user_id = r.submitter_id AND s.last_seen_at > ${since}) AS same_client_as_moderator,
        r.submitter_id AS submitted_by, su.display_name AS submitted_by_name,
        r.decided_by, du.display_name AS decided_by_name, r.decided_at
      FROM revisions r LEFT JOIN users u ON u.id = r.claimed_by
        LEFT JOIN users su ON su.id = r.submitter_id LEFT JOIN users du ON du.id = r.decided_by
      WHERE r.status = ${status} ${filter.kind ? sql`AND r.kind = ${filter.kind}` : sql``}
        ${after(sql`r.submitted_at`, sql`r.id`)} ${claimed(sql`r`)}
      ORDER BY r.submitted_at, r.id LIMIT ${limit})`;
  const reportsPart = sql`
    SELECT * FROM (
      SELECT p.id, 'report' AS kind, p.memorial_id, coalesce(m.display_name, '') AS name, p.status, p.created_at AS submitted_at,
        CASE WHEN p.claimed_until > ${now} THEN p.claimed_by END AS claimed_by,
        CASE WHEN p.claimed_until > ${now} THEN u.display_name END AS claimed_by_name,
        CASE WHEN p.claimed_until > ${now} THEN p.claimed_until END AS claimed_until,
        p.version, NULL AS relationship, NULL AS source_count, p.kind AS report_kind, NULL AS plausibility,
        0 AS date_findings, 0 AS by_date_check, NULL AS submitter_id, NULL AS approvals, 0 AS same_client_as_moderator,
        p.reporter_user_id AS submitted_by, su.display_name AS submitted_by_name,
        p.resolved_by AS decided_by, du.display_name AS decided_by_name, p.resolved_at AS decided_at
      FROM reports p LEFT JOIN memorials m ON m.id = p.memorial_id LEFT JOIN users u ON u.id = p.claimed_by
        LEFT JOIN users su ON su.id = p.reporter_user_id LEFT JOIN users du ON du.id = p.resolved_by
      WHERE p.status = 'open' ${after(sql`p.created_at`, sql`p.id`)} ${claimed(sql`p`)}
      ORDER BY p.created_at, p.id LIMIT ${limit})`;
  if (filter.view === "changes_requested") return filter.kind === "report" ? [] : [revisionsPart("changes_requested")];
  const parts: SQL[] = [];
  if (filter.kind !== "report") parts.push(revisionsPart("pending"), revisionsPart("in_review"));
  if (!filter.kind || filter.kind === "report") parts.push(reportsPart);
  return parts;
}

export interface QueueCounts {
  new: number;
  correction: number;
  report: number;
  mine: number;
  changes_requested: number;
}

/**
 * The tabs' counts. Pending revisions are counted by triggers (revision_counts), as counting tens
 * of thousands of them on every visit of the queue would dominate the page; the moderator's own
 * claims and open reports are few and counted directly.
 */
function countsSql(moderatorId: string, now: number): SQL {
  return sql`
    SELECT
      (SELECT coalesce(sum(count), 0) FROM revision_counts WHERE status IN ('pending', 'in_review') AND kind = 'new') AS count_new,
      (SELECT coalesce(sum(count), 0) FROM revision_counts WHERE status IN ('pending', 'in_review') AND kind = 'correction') AS count_correction,
      (SELECT count(*) FROM reports WHERE status = 'open') AS count_report,
      (SELECT count(*) FROM revisions WHERE status = 'in_review' AND claimed_by = ${moderatorId} AND claimed_until > ${now})
        + (SELECT count(*) FROM reports WHERE status = 'open' AND claimed_by = ${moderatorId} AND claimed_until > ${now}) AS count_mine,
      (SELECT coalesce(sum(count), 0) FROM revision_counts WHERE status = 'changes_requested') AS count_changes_requested`;
}

type QueueRow = { [K in keyof QueueItem]: QueueItem[K] | null } & {
  count_new: number;
  count_correction: number;
  count_report: number;
  count_mine: number;
  count_changes_requested: number;
};

/**
 * A page of the queue and the counts in one statement — one round trip to D1: the counts row
 * joined to the page's rows (at least one row comes back, with no item when the page is empty).
 */
async function queueSnapshot(db: Database, moderatorId: string, filter: QueueFilter, now: number) {
  const parts = queueParts(filter, now);
  const page = parts.length
    ? sql`SELECT * FROM (${sql.join(parts, sql` UNION ALL `)}) ORDER BY submitted_at, id LIMIT ${filter.limit}`
    : sql`SELECT NULL AS id, NULL AS submitted_at WHERE 0`;
  const rows = await db.all<QueueRow>(sql`
    SELECT * FROM (${countsSql(moderatorId, now)}) LEFT JOIN (${page}) ON 1
    ORDER BY submitted_at, id`);
  const first = rows[0]!;
  const counts: QueueCounts = {
    new: first.count_new,
    correction: first.count_correction,
    report: first.count_report,
    mine: first.count_mine,
    changes_requested: first.count_changes_requested,
  };
  const items = rows
    .filter((row) => row.id !== null)
    .map(({ count_new: _n, count_correction: _c, count_report: _r, count_mine: _m, count_changes_requested: _w, ...item }) => ({ ...item, same_client_as_moderator: Boolean(item.same_client_as_moderator) }) as QueueItem);
  return { items, counts };
}

export interface QueueRequest {
  status: "pending" | "open" | "changes_requested";
  kind?: QueueKind;
  claimed?: "me";
  cursor?: string;
  limit: number;
}

/** One page of the queue as the API and the queue page both show it, with counts and the next cursor. */
export async function loadQueuePage(db: Database, moderatorId: string, query: QueueRequest, now = Date.now()) {
  const after = query.cursor ? (decodeCursor(query.cursor, ["number", "string"]) as [number, string]) : undefined;
  const view: QueueView = query.status === "changes_requested" ? "changes_requested" : "open";
  const filter = { view, kind: query.kind, claimedBy: query.claimed ? moderatorId : undefined, after, limit: query.limit + 1 };
  const { items: rows, counts } = await queueSnapshot(db, moderatorId, filter, now);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.submitted_at, last.id]) : null;
  return { view, items, counts, nextCursor };
}
