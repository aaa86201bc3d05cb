import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { groups } from "../../platform/db/schema";
import { slugify } from "../../domain/names/transliterate";
import type { GroupDocument } from "../../domain/group-document";

/**
 * The URL name of a new group: its English name, or — when another group has it — the name plus
 * a piece of the group's random id.
 * @example await chooseGroupSlug(db, doc, "grp_k3j5x2m4p7") // "new-year-train-1939-40"
 */
export async function chooseGroupSlug(db: Database, doc: GroupDocument, groupId: string): Promise<string> {
  const base = slugify(doc.name.en).slice(0, 80) || groupId;
  const taken = await db.select({ id: groups.id }).from(groups).where(eq(groups.slug, base)).get();
  return taken ? `${base}-${groupId.slice(4, 9)}` : base;
}
