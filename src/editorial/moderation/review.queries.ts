/**
 * Everything a moderator needs beside a revision: the document, the published revision it
 * would replace and the field-level diff, whether the memorial moved on since the correction
 * was based on it, possible duplicates, the thread and the history.
 */
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorials, revisions, users } from "../../platform/db/schema";
import { diffDocuments, type FieldChange } from "../../domain/document-diff";
import { AppError } from "../../platform/http/errors";
import { isPossiblyLiving } from "../../domain/possibly-living";
import { plausibilityWarnings, type PlausibilityWarning } from "../../domain/plausibility";
import { readStoredDocument, type PersonDocument } from "../../domain/person-document";
import { withHiddenRelationsKept } from "../../archive/memorials/public-document";
import { listRevisionMessages } from "../revisions/revision-messages";
import { findPossibleDuplicates, type DuplicateCandidate } from "../../archive/search/duplicates";
import { lifeDatesOf } from "../../archive/search/life-dates";
import { moderatorsOnSameClient } from "../../platform/auth/sign-in-clients";
import { standingAgreements } from "./agreements";
import { listAudit, type AuditView } from "./audit.queries";

export type RevisionRow = typeof revisions.$inferSelect;
export type MemorialRow = typeof memorials.$inferSelect;

export interface RevisionComparison {
  /**
   * What the revision is compared against: the memorial's current revision, or for an approved
   * correction the revision it replaced.
   */
  againstRevisionId: string | null;
  against: PersonDocument | null;
  /** The document as approving it would publish it (a correction keeps links its submitter could not see). */
  proposed: PersonDocument;
  changes: FieldChange[];
  /** The revision the correction started from is not the one it is compared against. */
  memorialChangedSinceBase: boolean;
  /** The document the correction started from, when the memorial changed since. */
  base: PersonDocument | null;
  /** What changed on the memorial between the correction's base and `against`. */
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

/** The approved revision of the memorial decided last before this one: what approving it replaced. */
async function replacedRevisionId(db: Database, revision: RevisionRow): Promise<string | null> {
  if (!revision.memorialId || revision.decidedAt === null) return null;
  const row = await db
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.memorialId, revision.memorialId), eq(revisions.status, "approved"), lt(revisions.decidedAt, revision.decidedAt)))
    .orderBy(desc(revisions.decidedAt))
    .limit(1)
    .get();
  return row?.id ?? null;
}

export async function compareRevision(db: Database, revision: RevisionRow, memorial: MemorialRow | undefined): Promise<RevisionComparison> {
  const document = readStoredDocument(revision.document);
  const baseId = revision.kind === "correction" ? (revision.basedOnRevisionId ?? null) : null;
  // An approved correction is compared with what it replaced; anything else with what is public now.
  const againstRevisionId =
    revision.kind !== "correction"
      ? null
      : revision.status === "approved"
        ? ((await replacedRevisionId(db, revision)) ?? baseId)
        : (memorial?.currentRevisionId ?? null);
  const against = await documentOf(db, againstRevisionId);
  // Compared as it would be approved: with the links its submitter could not see (approval.ts).
  const proposed =
    revision.kind === "correction" && revision.status !== "approved" && against ? await withHiddenRelationsKept(db, document, against) : document;
  const memorialChangedSinceBase = baseId !== null && againstRevisionId !== null && againstRevisionId !== baseId;
  const base = memorialChangedSinceBase ? await documentOf(db, baseId) : null;
  return {
    againstRevisionId,
    against,
    proposed,
    changes: diffDocuments(against, proposed),
    memorialChangedSinceBase,
    base,
    changesSinceBase: memorialChangedSinceBase && against ? diffDocuments(base, against) : [],
  };
}

/** Names of the memorials that relations in these documents link to, by id. */
export async function linkedMemorialNames(db: Database, documents: Array<PersonDocument | null>): Promise<Map<string, string>> {
  const ids = [...new Set(documents.flatMap((doc) => doc?.relations.flatMap((r) => (r.memorial_id ? [r.memorial_id] : [])) ?? []))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: memorials.id, name: memorials.displayName })
    .from(memorials)
    .where(and(inArray(memorials.id, ids.slice(0, 90)), eq(memorials.status, "published")));
  return new Map(rows.map((r) => [r.id, r.name]));
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
  /** Plausibility warnings of the document as it is (docs/plausibility.md). */
  plausibility: PlausibilityWarning[];
  duplicates: DuplicateCandidate[];
  messages: Awaited<ReturnType<typeof listRevisionMessages>>;
  history: AuditView[];
  /** Names of memorials the relations link to, by id. */
  memorialNames: Map<string, string>;
  /** Moderators whose approval stands for the current version (agreements.ts). */
  agreedBy: Array<{ id: string; name: string | null }>;
  /** Moderators who signed in from a client the submitter signed in from (sign-in-clients.ts). */
  sameClientModerators: Array<{ id: string; name: string | null }>;
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
  const [comparison, duplicates, messages, history, agreedBy, sameClient] = await Promise.all([
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
    agreementsWithNames(db, revision),
    moderatorsOnSameClient(db, [revision.submitterId], now),
  ]);
  const memorialNames = await linkedMemorialNames(db, [document, comparison.against, comparison.base]);
  return {
    revision,
    document,
    submitterName: nameOf(revision.submitterId),
    decidedByName: nameOf(revision.decidedBy),
    claimedByName: nameOf(revision.claimedBy),
    memorial,
    comparison,
    possiblyLiving: isPossiblyLiving(document, now),
    plausibility: plausibilityWarnings(document, now),
    duplicates,
    messages,
    history,
    memorialNames,
    agreedBy,
    sameClientModerators: sameClient.get(revision.submitterId) ?? [],
  };
}

async function agreementsWithNames(db: Database, revision: RevisionRow) {
  const ids = await standingAgreements(db, revision);
  if (ids.length === 0) return [];
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return ids.map((id) => ({ id, name: rows.find((r) => r.id === id)?.name ?? null }));
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
