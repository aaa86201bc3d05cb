/**
 * Publishing a revision: the statements that make a document the memorial's current public
 * content. Callers (approval, the demo loader) put them in one `db.batch` together with the
 * revision's state change and the audit entry, so the public never sees half of it.
 */
import { eq } from "drizzle-orm";
import type { BatchItem, Database } from "../../platform/db/client";
import { chunkedInserts } from "../../platform/db/chunk";
import {
  memorialEvents,
  memorialExternalIds,
  memorialMarkers,
  memorialNames,
  memorialPlaces,
  memorialRelations,
  memorials,
  memorialSlugs,
  memorialSources,
} from "../../platform/db/schema";
import type { PersonDocument } from "../../domain/person-document";
import { setStatements } from "./memorial-sets";
import { indexStatements, removeStatements } from "../search/search-index";
import { listingColumns, projectionRows } from "./projection";

const READ_TABLES = [
  memorialNames,
  memorialEvents,
  memorialPlaces,
  memorialSources,
  memorialRelations,
  memorialMarkers,
  memorialExternalIds,
] as const;

export interface PublishInput {
  memorialId: string;
  revisionId: string;
  document: PersonDocument;
  now: number;
  /** Set for a memorial's first publication: the memorial row and its slug are created. */
  newSlug?: string;
}

/** Statements that publish `document` as the memorial's current revision. */
export function publishStatements(db: Database, input: PublishInput): BatchItem[] {
  const { memorialId, revisionId, document, now, newSlug } = input;
  const listing = listingColumns(document);
  const statements: BatchItem[] = [];
  if (newSlug) {
    statements.push(
      db.insert(memorials).values({
        id: memorialId,
        slug: newSlug,
        status: "published",
        currentRevisionId: revisionId,
        firstPublishedAt: now,
        updatedAt: now,
        ...listing,
      }),
      db.insert(memorialSlugs).values({ slug: newSlug, memorialId, createdAt: now }),
    );
  } else {
    statements.push(
      db
        .update(memorials)
        .set({ currentRevisionId: revisionId, updatedAt: now, ...listing })
        .where(eq(memorials.id, memorialId)),
    );
  }
  statements.push(...clearReadTables(db, memorialId));
  const rows = projectionRows(memorialId, document);
  statements.push(
    ...chunkedInserts(db, memorialNames, rows.names),
    ...chunkedInserts(db, memorialEvents, rows.events),
    ...chunkedInserts(db, memorialPlaces, rows.places),
    ...chunkedInserts(db, memorialSources, rows.sources),
    ...chunkedInserts(db, memorialRelations, rows.relations),
    ...chunkedInserts(db, memorialMarkers, rows.markers),
    ...chunkedInserts(db, memorialExternalIds, rows.externalIds),
    ...indexStatements(db, memorialId, document),
    // Not a read table: kept when the memorial leaves public view (OAI-PMH deleted records).
    ...setStatements(db, memorialId, document, now),
  );
  return statements;
}

/** Removes a memorial from the read tables and the search index (republished, withheld or merged). */
export function clearReadTables(db: Database, memorialId: string): BatchItem[] {
  return [
    ...READ_TABLES.map((table) => db.delete(table).where(eq(table.memorialId, memorialId))),
    ...removeStatements(db, memorialId),
  ];
}
