/**
 * Reading published groups (SQL of the public group pages and API in one place). Only
 * `status = 'published'` groups are returned, and a member whose memorial is not public
 * (withheld, or never published) is left out of everything a visitor sees.
 */
import { and, asc, eq, gt, inArray, like, or, type SQL } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { groupMembers, groupRevisions, groups, memorials } from "../../platform/db/schema";
import { readStoredGroupDocument, type GroupDocument } from "../../domain/group-document";

export type GroupRow = typeof groups.$inferSelect;

export interface GroupListFilter {
  q?: string;
  memorialId?: string;
  limit: number;
  /** The sort key (date, id) of the last group of the previous page. */
  after?: [number, string];
}

/** `%`, `_` and `\` in a visitor's words are literal characters, not patterns. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function listPublishedGroups(db: Database, f: GroupListFilter): Promise<GroupRow[]> {
  const conditions: Array<SQL | undefined> = [eq(groups.status, "published")];
  if (f.q) {
    const pattern = likePattern(f.q);
    conditions.push(or(like(groups.nameEn, pattern), like(groups.nameDe, pattern), like(groups.nameRu, pattern)));
  }
  if (f.memorialId) {
    const ids = db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.memorialId, f.memorialId));
    conditions.push(inArray(groups.id, ids));
  }
  if (f.after) {
    const [day, id] = f.after;
    conditions.push(or(gt(groups.dateSortDay, day), and(eq(groups.dateSortDay, day), gt(groups.id, id))));
  }
  return db
    .select()
    .from(groups)
    .where(and(...conditions))
    .orderBy(asc(groups.dateSortDay), asc(groups.id))
    .limit(f.limit);
}

/** A published group by id or slug, with its current document. */
export async function findPublishedGroup(db: Database, idOrSlug: string): Promise<{ group: GroupRow; document: GroupDocument } | null> {
  const row = await db
    .select({ group: groups, document: groupRevisions.document })
    .from(groups)
    .innerJoin(groupRevisions, eq(groupRevisions.id, groups.currentRevisionId))
    .where(and(idOrSlug.startsWith("grp_") ? eq(groups.id, idOrSlug) : eq(groups.slug, idOrSlug), eq(groups.status, "published")))
    .get();
  return row ? { group: row.group, document: readStoredGroupDocument(row.document) } : null;
}

export interface PublicMemorialLink {
  slug: string;
  name: string;
}

/** The published memorials among `ids`, by id: the only members a visitor may see linked. */
export async function publicMemorialLinks(db: Database, ids: string[]): Promise<Map<string, PublicMemorialLink>> {
  const links = new Map<string, PublicMemorialLink>();
  // 90 ids a statement stay under D1's 100 bound parameters.
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await db
      .select({ id: memorials.id, slug: memorials.slug, name: memorials.displayName })
      .from(memorials)
      .where(and(inArray(memorials.id, ids.slice(i, i + 90)), eq(memorials.status, "published")));
    for (const row of rows) links.set(row.id, { slug: row.slug, name: row.name });
  }
  return links;
}

/** The groups a published memorial belongs to, with its role in each: the memorial page's section. */
export async function groupsOfMemorial(db: Database, memorialId: string) {
  return db
    .select({ id: groups.id, slug: groups.slug, kind: groups.kind, nameEn: groups.nameEn, nameDe: groups.nameDe, nameRu: groups.nameRu, dateEdtf: groups.dateEdtf, role: groupMembers.role, certainty: groupMembers.certainty })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.memorialId, memorialId), eq(groups.status, "published")))
    .orderBy(asc(groups.dateSortDay), asc(groups.id));
}

export type MemorialGroup = Awaited<ReturnType<typeof groupsOfMemorial>>[number];
