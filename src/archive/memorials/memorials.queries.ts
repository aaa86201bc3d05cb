/** Reading published memorials. Only `status = 'published'` rows are ever returned as content. */
import { and, asc, count, desc, eq, gt, inArray, or } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorials, memorialSlugs, revisions } from "../../platform/db/schema";
import { readStoredDocument, type PersonDocument } from "../../domain/person-document";
import { toEntryHistory, type EntryHistory } from "./memorial-page.queries";
import { versionsQuery } from "../versions/versions.queries";

export type MemorialRow = typeof memorials.$inferSelect;

export type ResolvedMemorial =
  | { kind: "found"; memorial: MemorialRow; document: PersonDocument }
  | { kind: "redirect"; memorial: MemorialRow }
  | { kind: "gone"; memorial: MemorialRow }
  | { kind: "missing" };

const MAX_MERGE_HOPS = 5;

/**
 * A memorial by id or by any slug it ever had. Old slugs and merged memorials resolve to a
 * redirect to the surviving memorial's current slug; withheld memorials are "gone".
 */
/** The memorial under its current slug or id, with its published document: the common case. */
function directQuery(db: Database, idOrSlug: string) {
  return db
    .select({ memorial: memorials, document: revisions.document })
    .from(memorials)
    .leftJoin(revisions, and(eq(revisions.id, memorials.currentRevisionId), eq(revisions.status, "approved")))
    .where(keyCondition(idOrSlug));
}

const keyCondition = (idOrSlug: string) => (idOrSlug.startsWith("mem_") ? eq(memorials.id, idOrSlug) : eq(memorials.slug, idOrSlug));

export async function resolveMemorial(db: Database, idOrSlug: string): Promise<ResolvedMemorial> {
  // The memorial and its published document in one round trip, for the common case.
  const [direct] = await directQuery(db, idOrSlug);
  return resolveFrom(db, idOrSlug, direct);
}

/**
 * What a memorial page needs from D1 before it knows anything else — the memorial, its document
 * and its entry history — in one round trip: the history is selected by the same key.
 */
export async function resolveMemorialPage(db: Database, idOrSlug: string): Promise<{ resolved: ResolvedMemorial; history: EntryHistory }> {
  const memorialId = db.select({ id: memorials.id }).from(memorials).where(keyCondition(idOrSlug));
  // `= (subquery)`, not IN: with IN, SQLite reads every approved revision (`status = ?` looks
  // narrow to it) and filters them; with `=` it reads this memorial's revisions by its index.
  const [[direct], historyRows] = await db.batch([directQuery(db, idOrSlug), versionsQuery(db, memorialId)]);
  return { resolved: await resolveFrom(db, idOrSlug, direct), history: toEntryHistory(historyRows) };
}

async function resolveFrom(
  db: Database,
  idOrSlug: string,
  direct: { memorial: MemorialRow; document: string | null } | undefined,
): Promise<ResolvedMemorial> {
  if (direct?.memorial.status === "published") {
    return direct.document === null ? { kind: "missing" } : { kind: "found", memorial: direct.memorial, document: readStoredDocument(direct.document) };
  }
  // Renamed, merged, withheld or unknown: rare, so these may cost more round trips.
  let memorial = direct?.memorial ?? (await findByOldSlug(db, idOrSlug));
  if (!memorial) return { kind: "missing" };
  let redirected = !idOrSlug.startsWith("mem_") && memorial.slug !== idOrSlug;
  for (let hop = 0; memorial.status === "merged" && memorial.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) {
    const survivor = await db.select().from(memorials).where(eq(memorials.id, memorial.mergedIntoId)).get();
    if (!survivor) return { kind: "missing" };
    memorial = survivor;
    redirected = true;
  }
  if (memorial.status === "withheld") return { kind: "gone", memorial };
  if (memorial.status !== "published") return { kind: "missing" };
  if (redirected) return { kind: "redirect", memorial };
  const revision = await db
    .select({ document: revisions.document })
    .from(revisions)
    .where(and(eq(revisions.id, memorial.currentRevisionId), eq(revisions.status, "approved")))
    .get();
  if (!revision) return { kind: "missing" };
  return { kind: "found", memorial, document: readStoredDocument(revision.document) };
}

/** A memorial by a slug it had before a rename. */
async function findByOldSlug(db: Database, key: string): Promise<MemorialRow | undefined> {
  if (key.startsWith("mem_")) return undefined;
  const old = await db
    .select({ memorial: memorials })
    .from(memorialSlugs)
    .innerJoin(memorials, eq(memorials.id, memorialSlugs.memorialId))
    .where(eq(memorialSlugs.slug, key))
    .get();
  return old?.memorial;
}

/** One page of published memorials in name order; `after` is the last item's [sortName, id]. */
export function listPublished(db: Database, limit: number, after?: [string, string]) {
  const published = eq(memorials.status, "published");
  const afterCursor = after
    ? or(gt(memorials.sortName, after[0]), and(eq(memorials.sortName, after[0]), gt(memorials.id, after[1])))
    : undefined;
  return db
    .select()
    .from(memorials)
    .where(afterCursor ? and(published, afterCursor) : published)
    .orderBy(asc(memorials.sortName), asc(memorials.id))
    .limit(limit);
}

/** The most recently published or updated memorials, for the home page and feeds. */
export function recentlyPublished(db: Database, limit: number) {
  return db
    .select()
    .from(memorials)
    .where(eq(memorials.status, "published"))
    .orderBy(desc(memorials.updatedAt), desc(memorials.id))
    .limit(limit);
}

export async function countPublished(db: Database): Promise<number> {
  const row = await db.select({ n: count() }).from(memorials).where(eq(memorials.status, "published")).get();
  return row?.n ?? 0;
}

/** Slugs and names of the published memorials a document links to. */
export async function linkedMemorials(db: Database, ids: string[]) {
  const linked = new Map<string, { slug: string; name: string }>();
  const unique = [...new Set(ids)];
  // A document may link up to 100 relatives; D1 binds at most 100 parameters.
  for (let i = 0; i < unique.length; i += 90) {
    const rows = await db
      .select({ id: memorials.id, slug: memorials.slug, name: memorials.displayName })
      .from(memorials)
      .where(and(inArray(memorials.id, unique.slice(i, i + 90)), eq(memorials.status, "published")));
    for (const r of rows) linked.set(r.id, { slug: r.slug, name: r.name });
  }
  return linked;
}
