/**
 * One submitting step: the next selected rows become revisions through the submissions feature's
 * own functions (src/editorial/submissions/): a valid document is a pending submission (createSubmission,
 * with an idempotency key per row, so a repeated step stores nothing twice); a document that does
 * not validate becomes a draft the contributor finishes in the form (createDraft). A person who
 * is already a memorial here (the archive's own export) becomes a correction only if the document
 * differs from the published one; otherwise nothing is created ("unchanged"). What the import
 * could not keep goes with the submission (its audit entry), for the moderator's review. Every
 * person sent counts against the contributor's daily import quota.
 */
import type { Quota } from "../../platform/abuse/rate-limit";
import { consumeQuota } from "../../platform/abuse/rate-limit";
import { runBatch, type Database } from "../../platform/db/client";
import { canonical } from "../gedcom/gedcom-fidelity";
import { memorialUuid } from "../gedcom/memorial-uid";
import { sha256Hex } from "../../platform/ids";
import { AppError } from "../../platform/http/errors";
import { personDocumentSchema, toFieldErrors, type PersonDocumentInput } from "../../domain/person-document";
import { plausibilityWarnings } from "../../domain/plausibility";
import { checkDocumentMedia } from "../../media/media.refs";
import { publishedByIds } from "../exports/export.queries";
import { isKeyCollision } from "../../editorial/submissions/idempotency";
import { createDraft, createSubmission, type WriteContext } from "../../editorial/submissions/submission-writes";
import { findIdempotentAnswer, findPublishedMemorial } from "../../editorial/submissions/submissions.queries";
import type { RELATIONSHIPS } from "../../platform/db/schema";
import { gedcomDocument, type GedcomLookup, type Restriction } from "./gedcom-document";
import { ownMemorialId } from "./gedcom-file";
import { referencesOf, type ImportedFamily, type ImportedPerson, type ImportedSource } from "./gedcom-records";
import type { ImportNote } from "../../editorial/revisions/import-notes";
import { jobUpdate, publishedIds, recordsByXref, rowsByXref, rowCounts, selectedRows, setRowResult, type ImportJob, type ImportRow } from "./imports.queries";
import { memorialUrl } from "../../platform/http/site-url";

/**
 * People one contributor may send through imports per day. Higher than the form's 30 new
 * revisions (a researcher's list has dozens of names), low enough to keep the queue humane.
 */
export const IMPORT_QUOTA: Quota = { name: "import-person", limit: 300, windowSeconds: 86_400 };

export const SUBMIT_CHUNK = 20;

export const QUOTA_REACHED = "The daily limit of people sent through imports is reached; the rest follows tomorrow.";

async function gedcomLookup(db: Database, job: ImportJob, people: ImportedPerson[], origin: string): Promise<GedcomLookup> {
  const refs = people.map(referencesOf);
  const families = new Map((await recordsByXref(db, job.id, refs.flatMap((r) => r.families))).map((r) => [r.xref, JSON.parse(r.data) as ImportedFamily]));
  const relatives = [...refs.flatMap((r) => r.people), ...[...families.values()].flatMap((f) => [...f.partners, ...f.children])];
  const familyEvents = [...families.values()].flatMap((f) => (f.events ?? []).flatMap((e) => [...e.sources.flatMap((c) => c.xref ?? []), ...e.notes.flatMap((n) => n.xref ?? [])]));
  const records = new Map((await recordsByXref(db, job.id, [...refs.flatMap((r) => r.records), ...familyEvents])).map((r) => [r.xref, JSON.parse(r.data) as Record<string, unknown>]));
  const repositories = [...records.values()].flatMap((r) => (typeof r.repositoryXref === "string" ? [r.repositoryXref] : []));
  for (const r of await recordsByXref(db, job.id, repositories)) records.set(r.xref, JSON.parse(r.data) as Record<string, unknown>);
  const base = memorialUrl(origin, "");
  const relativeRows = await rowsByXref(db, job.id, relatives);
  const memorialOf = (data: string) => ownMemorialId(JSON.parse(data) as ImportedPerson, base);
  const candidates = relativeRows.flatMap((r) => memorialOf(r.data) ?? []);
  const published = new Set((await publishedIds(db, candidates)).map((r) => r.id));
  const persons = new Map(
    relativeRows.map((r) => {
      const memorialId = memorialOf(r.data);
      return [r.xref!, { name: r.name, ...(memorialId && published.has(memorialId) ? { memorialId } : {}) }];
    }),
  );
  const uids = new Map<string, string>();
  for (const p of people) {
    const id = ownMemorialId(p, base);
    if (id) uids.set(id, await memorialUuid(id));
  }
  return {
    family: (x) => families.get(x),
    source: (x) => records.get(x) as ImportedSource | undefined,
    repository: (x) => records.get(x)?.name as string | undefined,
    note: (x) => {
      const note = records.get(x);
      return typeof note?.text === "string" ? { text: note.text, ...(typeof note.lang === "string" ? { lang: note.lang } : {}) } : undefined;
    },
    person: (x) => persons.get(x),
    memorialBase: base,
    memorialUid: (id) => uids.get(id),
  };
}

interface Built {
  row: ImportRow;
  document: PersonDocumentInput;
  notes: Array<ImportNote | string>;
  correctionOf?: string;
  restriction?: Restriction;
}

async function buildDocuments(db: Database, job: ImportJob, rows: ImportRow[], origin: string): Promise<Built[]> {
  if (job.format === "csv") {
    return rows.map((row) => ({ row, document: (JSON.parse(row.data) as { document: PersonDocumentInput }).document, notes: row.warnings ? (JSON.parse(row.warnings) as string[]) : [] }));
  }
  const people = rows.map((r) => JSON.parse(r.data) as ImportedPerson);
  const lookup = await gedcomLookup(db, job, people, origin);
  return rows.map((row, i) => {
    const built = gedcomDocument(people[i]!, lookup, row.xref);
    return { row, document: built.document, notes: built.notes, ...(built.correctionOf ? { correctionOf: built.correctionOf } : {}), ...(built.restriction ? { restriction: built.restriction } : {}) };
  });
}

export interface SubmitterChoice {
  relationship: (typeof RELATIONSHIPS)[number];
  note?: string;
  show_name: boolean;
}

/** The published memorial a correction would change, if the document differs from it at all. */
async function publishedBase(ctx: WriteContext, memorialId: string | undefined, document: unknown) {
  if (!memorialId) return { base: null, unchanged: false };
  const found = await findPublishedMemorial(ctx.db, memorialId);
  if (!found) return { base: null, unchanged: false };
  // Compared with the memorial as the public (and so the export) sees it.
  const [published] = await publishedByIds(ctx.db, [memorialId]);
  const unchanged = published !== undefined && canonical(published.document) === canonical(document);
  return { base: { id: found.id, revisionId: found.revisionId }, unchanged };
}

/** Sends one person; false when nothing was created (no changes to the memorial), so no quota is used. */
async function submitOne(ctx: WriteContext, job: ImportJob, item: Built, submitter: SubmitterChoice, quota: () => Promise<void>): Promise<boolean> {
  const warnings = JSON.stringify(item.notes);
  const parsed = personDocumentSchema.safeParse(item.document);
  // The results list each person's plausibility warnings; a draft's as far as its dates are valid.
  const plausibility = JSON.stringify(plausibilityWarnings(parsed.success ? parsed.data : item.document));
  const { base, unchanged } = parsed.success ? await publishedBase(ctx, item.correctionOf, parsed.data) : { base: null, unchanged: false };
  if (unchanged) {
    await setRowResult(ctx.db, job.id, item.row.row, { status: "unchanged", revisionId: null, warnings, plausibility });
    return false;
  }
  await quota();
  // Files named in the document (the archive's extension can carry them) must be usable by this
  // contributor, as for any submission: their own uploads or public files.
  const media = parsed.success ? await checkDocumentMedia(ctx.db, ctx.user.id, parsed.data, base?.id ?? null) : undefined;
  if (!parsed.success || media!.errors.length) {
    const problems = parsed.success ? media!.errors : toFieldErrors(parsed.error);
    const draftId = await createDraft(ctx, item.document as Record<string, unknown>, null);
    await setRowResult(ctx.db, job.id, item.row.row, { status: "needs_edit", revisionId: draftId, error: problems.map((e) => `${e.path}: ${e.message}`).join("; ").slice(0, 2000), warnings, plausibility });
    return true;
  }
  const body = { ...(base ? { memorial_id: base.id } : {}), document: media!.document, submitter, consent: { publish: true as const } };
  const claim = { key: `import:${job.id}:${item.row.row}`, requestHash: await sha256Hex(JSON.stringify(body)) };
  // The moderator's review shows these with the submission (src/editorial/moderation/components/import-notes.tsx).
  const detail = { via: "import", import: { job: job.id, file: job.filename, row: item.row.row, line: item.row.line, notes: item.notes, ...(item.restriction ? { restriction: item.restriction } : {}) } };
  let revisionId: string;
  try {
    revisionId = (await createSubmission(ctx, body, base, claim, [], detail)).id;
  } catch (error) {
    // This row was submitted by an earlier step that stopped before recording it.
    const stored = isKeyCollision(error) ? await findIdempotentAnswer(ctx.db, ctx.user.id, claim.key) : undefined;
    if (!stored) throw error;
    revisionId = (JSON.parse(stored.responseBody) as { id: string }).id;
  }
  await setRowResult(ctx.db, job.id, item.row.row, { status: "submitted", revisionId, warnings, plausibility });
  return true;
}

class QuotaReached extends Error {}

/** Submits the next chunk of selected rows; pauses the job when the day's quota is used up. */
export async function submitStep(ctx: WriteContext, job: ImportJob): Promise<void> {
  const submitter = { relationship: job.relationship as SubmitterChoice["relationship"], ...(job.note ? { note: job.note } : {}), show_name: job.showName };
  const rows = await selectedRows(ctx.db, job.id, SUBMIT_CHUNK);
  const built = await buildDocuments(ctx.db, job, rows, ctx.origin);
  const quota = async () => {
    try {
      await consumeQuota(ctx.db, IMPORT_QUOTA, ctx.user.id);
    } catch (error) {
      if (error instanceof AppError && error.code === "too_many_requests") throw new QuotaReached();
      throw error;
    }
  };
  for (const item of built) {
    try {
      await submitOne(ctx, job, item, submitter, quota);
    } catch (error) {
      if (!(error instanceof QuotaReached)) throw error;
      await runBatch(ctx.db, jobUpdate(ctx.db, job, { status: "paused", failure: QUOTA_REACHED }, { requestId: ctx.requestId }));
      return;
    }
  }
  const counts = await rowCounts(ctx.db, job.id);
  const next = counts.selected === 0 ? "done" : "submitting";
  await runBatch(ctx.db, jobUpdate(ctx.db, job, { status: next, failure: job.failure === QUOTA_REACHED ? null : job.failure }, { requestId: ctx.requestId }));
}
