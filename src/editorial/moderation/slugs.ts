import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialSlugs } from "../../platform/db/schema";
import { primaryName, type PersonDocument } from "../../domain/person-document";
import { slugify } from "../../domain/names/transliterate";

export async function isSlugTaken(db: Database, slug: string): Promise<boolean> {
  const row = await db.select({ slug: memorialSlugs.slug }).from(memorialSlugs).where(eq(memorialSlugs.slug, slug)).get();
  return row !== undefined;
}

/**
 * The URL name of a new memorial: its primary name, or — when another memorial already has
 * it, namesakes being common — the name plus a piece of the memorial's random id.
 * @example await chooseSlug(db, doc, "mem_k3j5x2m4p7") // "max-zucker" or "max-zucker-k3j5x"
 */
export async function chooseSlug(db: Database, doc: PersonDocument, memorialId: string): Promise<string> {
  const base = slugify(primaryName(doc).display);
  return (await isSlugTaken(db, base)) ? `${base}-${memorialId.slice(4, 9)}` : base;
}
