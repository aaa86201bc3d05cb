/** The feeds read published memorials only: every query filters on status = 'published'. */
import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { archiveCounts, memorials } from "../../platform/db/schema";

const published = eq(memorials.status, "published");

/** How many sitemap entries there are: the count triggers keep, not a count of every memorial. */
export async function countPublishedMemorials(db: Database): Promise<number> {
  return (await db.select({ n: archiveCounts.memorials }).from(archiveCounts).where(eq(archiveCounts.id, 1)).get())?.n ?? 0;
}

/** One sitemap page of published memorials, in a stable order. */
export function sitemapPage(db: Database, limit: number, offset: number) {
  return db
    .select({ id: memorials.id, slug: memorials.slug, updatedAt: memorials.updatedAt })
    .from(memorials)
    .where(published)
    .orderBy(asc(memorials.id))
    .limit(limit)
    .offset(offset);
}

/** The newest first publications, for the Atom feed. */
export function newlyPublished(db: Database, limit: number) {
  return db
    .select({
      id: memorials.id,
      slug: memorials.slug,
      name: memorials.displayName,
      summary: memorials.summary,
      summaryLang: memorials.summaryLang,
      firstPublishedAt: memorials.firstPublishedAt,
      updatedAt: memorials.updatedAt,
    })
    .from(memorials)
    .where(published)
    .orderBy(desc(memorials.firstPublishedAt), desc(memorials.id))
    .limit(limit);
}
