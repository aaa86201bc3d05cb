/**
 * Keeping the search index in step with what is public. `indexStatements` belong in the approval
 * batch (publishStatements adds them), `removeStatements` wherever a memorial leaves public view
 * (clearReadTables adds them): the index never holds pending text, and a withheld or merged
 * memorial disappears from search in the same transaction that hides its page.
 */
import { eq, sql } from "drizzle-orm";
import type { BatchItem, Database } from "../../platform/db/client";
import { searchDocs } from "../../platform/db/schema";
import type { PersonDocument } from "../../domain/person-document";
import { searchDocumentRow, searchKeys, searchText } from "./search-document";
import { searchKeysTable, searchTextTable } from "./search-tables";

const docOf = (memorialId: string) => sql`(SELECT doc FROM search_docs WHERE memorial_id = ${memorialId})`;

/** Statements that (re)index a memorial; run after `removeStatements` for a republished one. */
export function indexStatements(db: Database, memorialId: string, document: PersonDocument): BatchItem[] {
  // Keys travel as one JSON parameter, so D1's limit of 100 bound parameters never applies.
  // (db.run(sql) cannot go into a D1 batch with parameters, hence the query builders.)
  const keys = JSON.stringify(searchKeys(document));
  return [
    db.insert(searchDocs).values({ memorialId, ...searchDocumentRow(document) }),
    db
      .insert(searchKeysTable)
      .select(sql`SELECT value ->> 0, ${docOf(memorialId)}, value ->> 1, value ->> 2 FROM json_each(${keys})`),
    db.insert(searchTextTable).values({ rowid: docOf(memorialId), body: searchText(document) }),
  ];
}

/** Statements that remove a memorial from the index (withheld, merged, or about to be reindexed). */
export function removeStatements(db: Database, memorialId: string): BatchItem[] {
  return [
    db.delete(searchTextTable).where(eq(searchTextTable.rowid, docOf(memorialId))),
    db.delete(searchKeysTable).where(eq(searchKeysTable.doc, docOf(memorialId))),
    db.delete(searchDocs).where(eq(searchDocs.memorialId, memorialId)),
  ];
}
