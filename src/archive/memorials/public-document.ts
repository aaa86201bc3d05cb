/**
 * The one rule for what the public sees of a published memorial's document, used by every public
 * output — the page and its JSON-LD, `GET /api/v1/memorials/{id}`, the exports, GEDCOM, OAI-PMH —
 * and by a correction, which starts from what the public sees (docs/open-data.md, "What is public"):
 * - files: only those public and linked to this memorial (src/media/media.visibility.ts);
 * - relations: a link to a memorial that is not published (withheld, merged) is removed, so its
 *   id never shows; the relation keeps the name this document gives. A relation that has no name
 *   of its own says nothing but the link, and is left out.
 * The revision's document keeps everything: once the relative is published again, the link is back.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorials } from "../../platform/db/schema";
import { LIMITS, type PersonDocument, type Relation } from "../../domain/person-document";
import { visibleMediaByMemorial, withVisibleMedia } from "../../media/media.visibility";

/** What the public may see around some memorials: their files, and which linked memorials are published. */
export interface PublicContext {
  media: Map<string, Set<string>>;
  publishedMemorials: Set<string>;
}

/** D1 allows 100 bound parameters per statement. */
const CHUNK = 90;

const linkedIds = (documents: PersonDocument[]) => [
  ...new Set(documents.flatMap((d) => d.relations.flatMap((r) => (r.memorial_id ? [r.memorial_id] : [])))),
];

/** Which of the memorials these documents link to are published. */
export async function readLinkedPublished(db: Database, documents: PersonDocument[]): Promise<Set<string>> {
  const targets = linkedIds(documents);
  const published = new Set<string>();
  for (let i = 0; i < targets.length; i += CHUNK) {
    const rows = await db
      .select({ id: memorials.id })
      .from(memorials)
      .where(and(inArray(memorials.id, targets.slice(i, i + CHUNK)), eq(memorials.status, "published")));
    for (const row of rows) published.add(row.id);
  }
  return published;
}

/** Reads what `publicDocument` needs for these memorials' documents, in a few queries. */
export async function readPublicContext(
  db: Database,
  items: Array<{ memorialId: string; document: PersonDocument }>,
): Promise<PublicContext> {
  const [publishedMemorials, media] = await Promise.all([
    readLinkedPublished(db, items.map((i) => i.document)),
    readVisibleMedia(db, items),
  ]);
  return { media, publishedMemorials };
}

/** The files the public may see on these memorials; no query when their documents name none. */
export async function readVisibleMedia(
  db: Database,
  items: Array<{ memorialId: string; document: PersonDocument }>,
): Promise<Map<string, Set<string>>> {
  const withMedia = items.filter((i) => i.document.media.length > 0 || i.document.markers.some((m) => m.media_id));
  return withMedia.length ? visibleMediaByMemorial(db, withMedia.map((i) => i.memorialId)) : new Map();
}

/** The relations the public sees: links to published memorials kept, others reduced to their name. */
export function publicRelations(relations: Relation[], published: ReadonlySet<string>): Relation[] {
  return relations.flatMap((relation): Relation[] => {
    if (!relation.memorial_id || published.has(relation.memorial_id)) return [relation];
    const { memorial_id: _hidden, ...rest } = relation;
    return rest.name ? [rest] : [];
  });
}

/**
 * A published memorial's document as the public sees it. Pure: the context comes from
 * `readPublicContext`.
 * @example publicDocument(memorialId, document, await readPublicContext(db, [{ memorialId, document }]))
 */
export function publicDocument(memorialId: string, doc: PersonDocument, context: PublicContext): PersonDocument {
  const withMedia = withVisibleMedia(doc, context.media.get(memorialId));
  const hidesLink = doc.relations.some((r) => r.memorial_id && !context.publishedMemorials.has(r.memorial_id));
  return hidesLink ? { ...withMedia, relations: publicRelations(doc.relations, context.publishedMemorials) } : withMedia;
}

/** One memorial's public document (page, API, the start of a correction). */
export async function readPublicDocument(db: Database, memorialId: string, doc: PersonDocument): Promise<PersonDocument> {
  return publicDocument(memorialId, doc, await readPublicContext(db, [{ memorialId, document: doc }]));
}

/**
 * A correction starts from the public document, so it lacks the links the public may not see.
 * Approving it must not remove what its submitter never saw: a hidden link of the current
 * document goes back on the correction's relation of the same type and name, and a relation that
 * was nothing but a hidden link is added again. A relation the submitter changed or removed is
 * left as they sent it.
 * @example keepHiddenRelations(correction.relations, current.relations, published)
 */
export function keepHiddenRelations(correction: Relation[], current: Relation[], published: ReadonlySet<string>): Relation[] {
  const kept = [...correction];
  const hidden = current.filter((r) => r.memorial_id && !published.has(r.memorial_id));
  const linked = new Set(kept.flatMap((r) => (r.memorial_id ? [r.memorial_id] : [])));
  for (const relation of hidden) {
    if (!relation.name) {
      if (!linked.has(relation.memorial_id!) && kept.length < LIMITS.relations) kept.push(relation);
      continue;
    }
    const at = kept.findIndex((r) => !r.memorial_id && r.type === relation.type && r.name === relation.name);
    if (at < 0) continue;
    const { type, ...rest } = kept[at]!;
    kept[at] = { type, memorial_id: relation.memorial_id, ...rest };
  }
  return kept;
}

/** `keepHiddenRelations` on a whole document, reading which of the current links are published. */
export async function withHiddenRelationsKept(db: Database, correction: PersonDocument, current: PersonDocument): Promise<PersonDocument> {
  if (!current.relations.some((r) => r.memorial_id)) return correction;
  const relations = keepHiddenRelations(correction.relations, current.relations, await readLinkedPublished(db, [current]));
  const same = relations.length === correction.relations.length && relations.every((r, i) => r === correction.relations[i]);
  return same ? correction : { ...correction, relations };
}
