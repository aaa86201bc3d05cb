/**
 * What is public of a group: its document with every member whose memorial is not public left
 * out, so a withheld memorial disappears from group pages, the API and exports alike.
 */
import type { Database } from "../../platform/db/client";
import type { GroupDocument, GroupMember } from "../../domain/group-document";
import { publicMemorialLinks, type PublicMemorialLink } from "./groups.queries";

export interface PublicGroup {
  document: GroupDocument;
  links: Map<string, PublicMemorialLink>;
}

export async function publicGroup(db: Database, document: GroupDocument): Promise<PublicGroup> {
  const ids = document.members.flatMap((m) => (m.memorial_id ? [m.memorial_id] : []));
  const links = await publicMemorialLinks(db, ids);
  const visible = (m: GroupMember) => !m.memorial_id || links.has(m.memorial_id);
  return { document: { ...document, members: document.members.filter(visible) }, links };
}
