/**
 * What a correction changes in the published entry it started from, for the submitter's review
 * step: both documents, once the draft is complete enough to be read as a document.
 */
import type { Database } from "../../platform/db/client";
import { personDocumentSchema, readStoredDocument, type PersonDocument } from "../../domain/person-document";
import { rowsOf, stringOf, type Draft } from "./form/draft";
import { findApprovedDocument, type RevisionRow } from "./submissions.queries";

export interface CorrectionChanges {
  before: PersonDocument;
  after: PersonDocument;
}

export async function correctionChanges(db: Database, revision: RevisionRow, draft: Draft): Promise<CorrectionChanges | null> {
  if (revision.kind !== "correction" || !revision.basedOnRevisionId) return null;
  const after = personDocumentSchema.safeParse(draft);
  if (!after.success) return null;
  const published = await findApprovedDocument(db, revision.basedOnRevisionId);
  return published ? { before: readStoredDocument(published), after: after.data } : null;
}

/** The memorials that relations of the draft and of the entry it corrects link to, named on the review step. */
export function linkedMemorialIds(draft: Draft, published?: PersonDocument): string[] {
  const ids = [...rowsOf(draft.relations), ...(published?.relations ?? [])].map((r) => stringOf(r.memorial_id));
  return [...new Set(ids.filter(Boolean))];
}
