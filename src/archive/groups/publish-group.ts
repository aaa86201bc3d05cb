/**
 * Publishing a group document: the listing columns of `groups` and the `group_members` read
 * table, projected from the approved revision. Put inside the approval's batch, like
 * `publishStatements` for memorials; the revision's JSON stays the source of truth.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { BatchItem, Database } from "../../platform/db/client";
import { chunkedInserts } from "../../platform/db/chunk";
import { groupMembers, groups, memorials, UNDATED_SORT_DAY } from "../../platform/db/schema";
import { edtfBounds } from "../../domain/dates/edtf";
import { memberCount, type GroupDocument } from "../../domain/group-document";

export interface GroupPublication {
  groupId: string;
  revisionId: string;
  document: GroupDocument;
  now: number;
  /** Only for a group's first publication. */
  newSlug?: string;
}

function sortDay(edtf: string | undefined): number {
  if (!edtf) return UNDATED_SORT_DAY;
  try {
    return edtfBounds(edtf).earliestDay ?? UNDATED_SORT_DAY;
  } catch {
    // A date without computable bounds sorts with the undated.
    return UNDATED_SORT_DAY;
  }
}

export function groupPublishStatements(db: Database, p: GroupPublication): BatchItem[] {
  const listing = {
    currentRevisionId: p.revisionId,
    kind: p.document.kind,
    nameEn: p.document.name.en,
    nameDe: p.document.name.de ?? null,
    nameRu: p.document.name.ru ?? null,
    dateEdtf: p.document.date?.edtf ?? null,
    dateSortDay: sortDay(p.document.date?.edtf),
    memberCount: memberCount(p.document),
    updatedAt: p.now,
  };
  const upsert = p.newSlug
    ? db.insert(groups).values({ id: p.groupId, slug: p.newSlug, status: "published", version: 1, firstPublishedAt: p.now, ...listing })
    : db.update(groups).set(listing).where(eq(groups.id, p.groupId));
  const members = p.document.members.map((m, position) => ({
    groupId: p.groupId,
    position,
    memorialId: m.memorial_id ?? null,
    name: m.name ?? null,
    role: m.role,
    certainty: m.certainty,
  }));
  return [
    upsert,
    touchMemberMemorials(db, p.groupId, p.now),
    db.delete(groupMembers).where(eq(groupMembers.groupId, p.groupId)),
    ...chunkedInserts(db, groupMembers, members),
    touchMemberMemorials(db, p.groupId, p.now),
  ];
}

/**
 * A memorial's page lists its groups, so every memorial that leaves or joins the group gets a
 * newer `updated_at` (the page's ETag, the export ETag and OAI datestamp follow from it), once
 * with the old members and once with the new. Its `version` is left alone, so a moderator's
 * pending correction or withhold of the memorial is not made stale.
 */
function touchMemberMemorials(db: Database, groupId: string, now: number): BatchItem {
  return db
    .update(memorials)
    .set({ updatedAt: sql`MAX(${memorials.updatedAt} + 1, ${now})` })
    .where(inArray(memorials.id, db.select({ id: groupMembers.memorialId }).from(groupMembers).where(eq(groupMembers.groupId, groupId))));
}
