/**
 * Everything a moderator needs beside a revision: the document, the published revision it
 * would replace and the field-level diff, whether the memorial moved on since the correction
 * was based on it, possible duplicates, the thread and the history.
 */
import { desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { memorials, revisions, users } from "../db/schema";
import { diffDocuments, type FieldChange } from "../lib/document-diff";
import { AppError } from "../lib/errors";
import { isPossiblyLiving } from "../lib/possibly-living";
import { readStoredDocument, type PersonDocument } from "../lib/person-document";
import { withHiddenRelationsKept } from "../memorials/public-document";
import { listRevisionMessages } from "../revisions/revision-messages";
import { findPossibleDuplicates, type DuplicateCandidate } from "../search/duplicates";
import { lifeDatesOf } from "../search/life-dates";
import { listAudit, type AuditView } from "./audit.queries";

export type RevisionRow = typeof revisions.$inferSelect;
export type MemorialRow = typeof memorials.$inferSelect;

export interface RevisionComparison {
  /** The memorial's current published revision, compared against. */
  againstRevisionId: string | null;
  changes: FieldChange[];
  /** The memorial's current revision is not the one the correction started from. */
  memorialChangedSinceBase: boolean;
  /** What changed on the memorial between the correction's base and now. */
  changesSinceBase: FieldChange[];
}

async function documentOf(db: Database, revisionId: string | null): Promise<PersonDocument | null> {
  if (!revisionId) return null;
  const row = await db.select({ document: revisions.document }).from(revisions).where(eq(revisions.id, revisionId)).get();
  return row ? readStoredDocument(row.document) : null;
}

export async function loadRevision(db: Database, revisionId: string) {
  const revision = await db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  // Drafts are the submitter's private work: not in the queue, not reviewable.
  if (!revision || revision.status === "draft") throw new AppError("not_found");
  return revision;
}

export async function compareRevision(db: Database, revision: RevisionRow, memorial: MemorialRow | undefined): Promise<RevisionComparison> {
  const document = readStoredDocument(revision.document);
  // An approved correction is compared with what it replaced; anything else with what is public now.
  const againstRevisionId =
    revision.kind === "correction"
      ? revision.status === "approved"
        ? revision.basedOnRevisionId
        : (memorial?.currentRevisionId ?? null)
      : null;
  const published = await documentOf(db, againstRevisionId);
  // Compared as it would be approved: with the links its submitter could not see (approval.ts).
  const proposed = revision.kind === "correction" && revision.status !== "approved" && published
    ? await withHiddenRelationsKept(db, document, published)
    : document;
  const base = revision.basedOnRevisionId ?? null;
  const memorialChangedSinceBase =
    revision.kind === "correction" && revision.status !== "approved" && base !== null && againstRevisionId !== base;
  const changesSinceBase = memorialChangedSinceBase && published ? diffDocuments(await documentOf(db, base), published) : [];
  return { againstRevisionId, changes: diffDocuments(published, proposed), memorialChangedSinceBase, changesSinceBase };
}

export interface RevisionReview {
  revision: RevisionRow;
  document: PersonDocument;
  submitterName: string | null;
  decidedByName: string | null;
  claimedByName: string | null;
  memorial: MemorialRow | undefined;
  comparison: RevisionComparison;
  possiblyLiving: boolean;
  duplicates: DuplicateCandidate[];
  messages: Awaited<ReturnType<typeof listRevisionMessages>>;
  history: AuditView[];
}

export async function loadRevisionReview(db: Database, revisionId: string, now = Date.now()): Promise<RevisionReview> {
  const revision = await loadRevision(db, revisionId);
  const document = readStoredDocument(revision.document);
  const memorial = revision.memorialId
    ? await db.select().from(memorials).where(eq(memorials.id, revision.memorialId)).get()
    : undefined;
  const people = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [revision.submitterId, revision.decidedBy ?? "", revision.claimedBy ?? ""]));
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  const [comparison, duplicates, messages, history] = await Promise.all([
    compareRevision(db, revision, memorial),
    findPossibleDuplicates(db, {
      names: document.names.map((n) => n.display),
      life: lifeDatesOf(document),
      includePending: true,
      excludeMemorialId: revision.memorialId ?? undefined,
      excludeRevisionId: revision.id,
    }),
    listRevisionMessages(db, revision.id),
    listAudit(db, revision.id, { limit: 100 }),
  ]);
  return {
    revision,
    document,
    submitterName: nameOf(revision.submitterId),
    decidedByName: nameOf(revision.decidedBy),
    claimedByName: nameOf(revision.claimedBy),
    memorial,
    comparison,
    possiblyLiving: isPossiblyLiving(document, now),
    duplicates,
    messages,
    history,
  };
}

/** Every revision of a memorial, newest first, for its history page. */
export function listMemorialRevisions(db: Database, memorialId: string) {
  return db
    .select({
      id: revisions.id,
      kind: revisions.kind,
      status: revisions.status,
      version: revisions.version,
      submittedAt: revisions.submittedAt,
      decidedAt: revisions.decidedAt,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .where(eq(revisions.memorialId, memorialId))
    .orderBy(desc(revisions.createdAt), desc(revisions.id));
}
