/**
 * Publishing a group document: the listing columns of `groups` and the `group_members` read
 * table, projected from the approved revision. Put inside the approval's batch, like
 * `publishStatements` for memorials; the revision's JSON stays the source of truth.
 */
import { eq } from "drizzle-orm";
import type { BatchItem, Database } from "../../platform/db/client";
import { chunkedInserts } from "../../platform/db/chunk";
import { groupMembers, groups } from "../../platform/db/schema";
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

function earliestDay(edtf: string | undefined): number | null {
  if (!edtf) return null;
  try {
    return edtfBounds(edtf).earliestDay;
  } catch {
    // An open start ("../1941-05") has no earliest day; such a group sorts with the undated.
    return null;
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
    dateEarliestDay: earliestDay(p.document.date?.edtf),
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
  return [upsert, db.delete(groupMembers).where(eq(groupMembers.groupId, p.groupId)), ...chunkedInserts(db, groupMembers, members)];
}
