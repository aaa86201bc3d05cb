/**
 * The date consistency check (docs/operations.md, "Dates whose words and code disagree"). It
 * reads every stored revision, in chunks by id, and records in `date_findings` each one whose
 * dates are wrong by today's rules (src/domain/dates/document-dates.ts); nothing in a revision is
 * rewritten. Moderators see the findings in the queue and on the review page. For a published
 * memorial whose current revision is among them, the check opens one correction for review: a
 * pending revision whose dates follow their words, submitted by the check's own account (which
 * cannot sign in), audited in the same batch. The same chunks serve the local command
 * (`npm run dates:check`) and a deployed archive (POST /api/v1/admin/dates/check).
 */
import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { dateFindings, memorials, revisions, users, writeGuard } from "../../platform/db/schema";
import { findDateProblems, withDatesFromWords, type DateFinding } from "../../domain/dates/document-dates";
import { newId } from "../../platform/ids";
import { personDocumentSchema, primaryName, readStoredDocument } from "../../domain/person-document";
import { publicMediaView } from "../../media/media.visibility";

/** The account corrections opened by the check are submitted by; like the demo accounts, it never signs in. */
export const DATE_CHECK_ACCOUNT = {
  id: "usr_date_check",
  email: "date-check@zeugnis.invalid",
  name: "Date consistency check",
} as const;

export const DEFAULT_CHUNK = 100;
export const MAX_CHUNK = 500;
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
const PER_BATCH = 40;

export interface DateCheckChunk {
  /** Revisions read in this chunk. */
  checked: number;
  /** Of those, revisions with at least one wrong date. */
  found: number;
  correctionsOpened: number;
  /** Send it back to continue; null when every revision was read. */
  nextCursor: string | null;
}

export interface DateCheckOptions {
  /** The last revision id of the previous chunk; null or absent to start. */
  cursor?: string | null;
  limit?: number;
  /** The admin who runs it (the API); null for the local command. */
  actorId: string | null;
  requestId?: string | null;
  now?: number;
}

type PageRow = { id: string; memorialId: string | null; status: string; document: string };

function documentOf(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function groupsOf<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/**
 * One chunk of the check, from `cursor`. Repeating a chunk is harmless: findings are rewritten,
 * and a correction is opened at most once per revision.
 * @example let c = null; do c = (await checkDatesChunk(db, { cursor: c, actorId: null })).nextCursor; while (c);
 */
export async function checkDatesChunk(db: Database, options: DateCheckOptions): Promise<DateCheckChunk> {
  const now = options.now ?? Date.now();
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_CHUNK, 1), MAX_CHUNK);
  const after = options.cursor ?? "";
  const page: PageRow[] = await db
    .select({ id: revisions.id, memorialId: revisions.memorialId, status: revisions.status, document: revisions.document })
    .from(revisions)
    .where(gt(revisions.id, after))
    .orderBy(asc(revisions.id))
    .limit(limit);
  const done = page.length < limit;
  const upTo = done ? undefined : page[page.length - 1]!.id;
  const found = page
    .map((row) => ({ row, findings: findDateProblems(documentOf(row.document)) }))
    .filter((f) => f.findings.length > 0);
  const known = await db
    .select({ revisionId: dateFindings.revisionId, correctionId: dateFindings.correctionId })
    .from(dateFindings)
    .where(and(gt(dateFindings.revisionId, after), upTo ? lte(dateFindings.revisionId, upTo) : undefined));
  const foundIds = new Set(found.map((f) => f.row.id));
  const gone = known.filter((k) => !foundIds.has(k.revisionId)).map((k) => k.revisionId);
  const result: DateCheckChunk = { checked: page.length, found: found.length, correctionsOpened: 0, nextCursor: upTo ?? null };

  const statements: BatchItem[] = [
    ...found.map(({ row, findings }) => upsertFinding(db, row, findings, now)),
    ...groupsOf(gone, PER_BATCH).map((ids) => db.delete(dateFindings).where(inArray(dateFindings.revisionId, ids))),
  ];
  const audit = auditInsert(db, {
    actorId: options.actorId,
    action: "dates.check",
    subjectType: "system",
    subjectId: "date_findings",
    detail: { cursor: options.cursor ?? null, next_cursor: result.nextCursor, checked: result.checked, found: result.found, cleared: gone.length },
    requestId: options.requestId ?? null,
    at: now,
  });
  const batches = groupsOf(statements, PER_BATCH);
  if (batches.length === 0) batches.push([]);
  batches[batches.length - 1]!.push(audit);
  for (const batch of batches) await runBatch(db, batch);

  const opened = new Set(known.filter((k) => k.correctionId).map((k) => k.revisionId));
  const candidates = found.filter(
    ({ row, findings }) => row.status === "approved" && row.memorialId && !opened.has(row.id) && findings.some((f) => f.wordsEdtf),
  );
  const current = await currentRevisions(db, candidates.map((c) => c.row.memorialId!));
  for (const { row, findings } of candidates) {
    if (current.get(row.memorialId!) !== row.id) continue;
    if (await openCorrection(db, row, findings, options, now)) result.correctionsOpened++;
  }
  return result;
}

function upsertFinding(db: Database, row: PageRow, findings: DateFinding[], now: number) {
  const values = { findings: JSON.stringify(findings), count: findings.length, checkedAt: now, memorialId: row.memorialId };
  return db
    .insert(dateFindings)
    .values({ revisionId: row.id, ...values, foundAt: now })
    .onConflictDoUpdate({ target: dateFindings.revisionId, set: values });
}

/** Published memorials among `ids`, with their current revision. */
async function currentRevisions(db: Database, ids: string[]): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  for (const group of groupsOf([...new Set(ids)], PER_BATCH)) {
    const rows = await db
      .select({ id: memorials.id, revisionId: memorials.currentRevisionId })
      .from(memorials)
      .where(and(inArray(memorials.id, group), eq(memorials.status, "published")));
    for (const r of rows) if (r.revisionId) current.set(r.id, r.revisionId);
  }
  return current;
}

/**
 * Opens the correction of a published memorial whose dates follow their words; false when the
 * document needs a person for more than its dates, or when the memorial moved on meanwhile.
 */
async function openCorrection(db: Database, row: PageRow, findings: DateFinding[], options: DateCheckOptions, now: number) {
  const memorialId = row.memorialId!;
  // As a person's correction does, it starts from what the public sees (files rejected since are left out).
  const visible = await publicMediaView(db, memorialId, readStoredDocument(row.document));
  const { document, changed } = withDatesFromWords(visible, findings);
  const parsed = personDocumentSchema.safeParse(document);
  if (!parsed.success) return false;
  const id = newId("rev");
  const dates = findings
    .filter((f) => changed.includes(f.path))
    .map((f) => ({ path: f.path, text: f.text ?? null, from: f.edtf, to: f.wordsEdtf }));
  try {
    await runBatch(db, [
      db
        .insert(users)
        .values({ id: DATE_CHECK_ACCOUNT.id, email: DATE_CHECK_ACCOUNT.email, displayName: DATE_CHECK_ACCOUNT.name, createdAt: now, disabledAt: now })
        .onConflictDoNothing(),
      db
        .insert(writeGuard)
        .select(sql`SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM memorials WHERE id = ${memorialId} AND status = 'published' AND current_revision_id = ${row.id})`),
      db
        .update(dateFindings)
        .set({ correctionId: id })
        .where(and(eq(dateFindings.revisionId, row.id), isNull(dateFindings.correctionId))),
      requireChanged(db),
      db.insert(revisions).values({
        id,
        memorialId,
        kind: "correction",
        basedOnRevisionId: row.id,
        document: JSON.stringify(parsed.data),
        status: "pending",
        version: 1,
        submitterId: DATE_CHECK_ACCOUNT.id,
        relationship: "other",
        submitterNote: correctionNote(dates),
        showName: false,
        consentPublish: true,
        displayName: primaryName(parsed.data).display,
        sourceCount: parsed.data.sources.length,
        createdAt: now,
        updatedAt: now,
        submittedAt: now,
      }),
      auditInsert(db, {
        actorId: options.actorId ?? DATE_CHECK_ACCOUNT.id,
        action: "revision.submit",
        subjectType: "revision",
        subjectId: id,
        subjectVersion: 1,
        detail: { via: "date_check", kind: "correction", memorial_id: memorialId, based_on_revision_id: row.id, dates },
        requestId: options.requestId ?? null,
        at: now,
      }),
    ]);
    return true;
  } catch (error) {
    if (isStaleWrite(error)) return false;
    throw error;
  }
}

/** The record in the revision itself, for anyone who reads it later without the audit log. */
function correctionNote(dates: Array<{ path: string; text: string | null; from: string; to: string | undefined }>): string {
  const lines = dates.map((d) => `${d.path}: “${d.text ?? ""}” — ${d.from} → ${d.to}`);
  return ["Opened by the date consistency check: these stored dates contradicted their own words; here each follows its words.", ...lines].join("\n");
}

export interface DateCheckTotals {
  checked: number;
  found: number;
  correctionsOpened: number;
}

/** The whole check, chunk after chunk (the local command). */
export async function checkAllDates(db: Database, onProgress?: (totals: DateCheckTotals) => void): Promise<DateCheckTotals> {
  const totals: DateCheckTotals = { checked: 0, found: 0, correctionsOpened: 0 };
  let cursor: string | null = null;
  do {
    const chunk: DateCheckChunk = await checkDatesChunk(db, { cursor, actorId: null });
    totals.checked += chunk.checked;
    totals.found += chunk.found;
    totals.correctionsOpened += chunk.correctionsOpened;
    cursor = chunk.nextCursor;
    onProgress?.(totals);
  } while (cursor !== null);
  return totals;
}
