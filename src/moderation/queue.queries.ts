/**
 * The moderation queue: pending revisions, claimed ones and open reports in one list, oldest
 * first. Revisions and reports live in two tables; a UNION gives one order and one cursor.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { decodeCursor, encodeCursor } from "../http/cursor";

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
}

function queueSource(view: QueueView, now: number): SQL {
  const revisionStatuses = view === "open" ? sql`('pending', 'in_review')` : sql`('changes_requested')`;
  // An expired claim is shown as no claim: anyone may take the item.
  const revisionsPart = sql`
    SELECT r.id, r.kind, r.memorial_id, r.display_name AS name, r.status,
      coalesce(r.submitted_at, r.created_at) AS submitted_at,
      CASE WHEN r.claimed_until > ${now} THEN r.claimed_by END AS claimed_by,
      CASE WHEN r.claimed_until > ${now} THEN u.display_name END AS claimed_by_name,
      CASE WHEN r.claimed_until > ${now} THEN r.claimed_until END AS claimed_until,
      r.version, r.relationship, r.source_count, NULL AS report_kind
    FROM revisions r LEFT JOIN users u ON u.id = r.claimed_by
    WHERE r.status IN ${revisionStatuses}`;
  if (view !== "open") return revisionsPart;
  return sql`${revisionsPart}
    UNION ALL
    SELECT p.id, 'report', p.memorial_id, coalesce(m.display_name, ''), p.status, p.created_at,
      CASE WHEN p.claimed_until > ${now} THEN p.claimed_by END,
      CASE WHEN p.claimed_until > ${now} THEN u.display_name END,
      CASE WHEN p.claimed_until > ${now} THEN p.claimed_until END,
      p.version, NULL, NULL, p.kind
    FROM reports p LEFT JOIN memorials m ON m.id = p.memorial_id LEFT JOIN users u ON u.id = p.claimed_by
    WHERE p.status = 'open'`;
}

export function listQueue(db: Database, filter: QueueFilter, now = Date.now()): Promise<QueueItem[]> {
  const conditions: SQL[] = [sql`1 = 1`];
  if (filter.kind) conditions.push(sql`q.kind = ${filter.kind}`);
  if (filter.claimedBy) conditions.push(sql`q.claimed_by = ${filter.claimedBy}`);
  if (filter.after) conditions.push(sql`(q.submitted_at, q.id) > (${filter.after[0]}, ${filter.after[1]})`);
  return db.all<QueueItem>(sql`
    SELECT * FROM (${queueSource(filter.view, now)}) q
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY q.submitted_at, q.id
    LIMIT ${filter.limit}`);
}

export interface QueueCounts {
  new: number;
  correction: number;
  report: number;
  mine: number;
  changes_requested: number;
}

export async function countQueue(db: Database, moderatorId: string, now = Date.now()): Promise<QueueCounts> {
  const row = await db.get<QueueCounts>(sql`
    SELECT
      (SELECT count(*) FROM revisions WHERE status IN ('pending', 'in_review') AND kind = 'new') AS new,
      (SELECT count(*) FROM revisions WHERE status IN ('pending', 'in_review') AND kind = 'correction') AS correction,
      (SELECT count(*) FROM reports WHERE status = 'open') AS report,
      (SELECT count(*) FROM revisions WHERE status = 'in_review' AND claimed_by = ${moderatorId} AND claimed_until > ${now})
        + (SELECT count(*) FROM reports WHERE status = 'open' AND claimed_by = ${moderatorId} AND claimed_until > ${now}) AS mine,
      (SELECT count(*) FROM revisions WHERE status = 'changes_requested') AS changes_requested`);
  return row;
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
  const [rows, counts] = await Promise.all([listQueue(db, filter, now), countQueue(db, moderatorId, now)]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.submitted_at, last.id]) : null;
  return { view, items, counts, nextCursor };
}
