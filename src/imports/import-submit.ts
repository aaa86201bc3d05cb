/**
 * One submitting step: the next selected rows become revisions through the submissions feature's
 * own functions (src/submissions/): a valid document is a pending submission (createSubmission,
 * with an idempotency key per row, so a repeated step stores nothing twice); a document that does
 * not validate becomes a draft the contributor finishes in the form (createDraft). Every person
 * counts against the contributor's daily import quota.
 */
import type { Quota } from "../abuse/rate-limit";
import { consumeQuota } from "../abuse/rate-limit";
import { runBatch, type Database } from "../db/client";
import { sha256Hex } from "../lib/ids";
import { AppError } from "../lib/errors";
import { personDocumentSchema, toFieldErrors, type PersonDocumentInput } from "../lib/person-document";
import { plausibilityWarnings } from "../lib/plausibility";
import { isKeyCollision } from "../submissions/idempotency";
import { createDraft, createSubmission, type WriteContext } from "../submissions/submission-writes";
import { findIdempotentAnswer, findPublishedMemorial } from "../submissions/submissions.queries";
import type { RELATIONSHIPS } from "../db/schema";
import { gedcomDocument, type GedcomLookup } from "./gedcom-document";
import type { ImportedFamily, ImportedPerson, ImportedSource } from "./gedcom-records";
import { jobUpdate, publishedIds, recordsByXref, rowsByXref, rowCounts, selectedRows, setRowResult, type ImportJob, type ImportRow } from "./imports.queries";

/**
 * People one contributor may send through imports per day. Higher than the form's 30 new
 * revisions (a researcher's list has dozens of names), low enough to keep the queue humane.
 */
export const IMPORT_QUOTA: Quota = { name: "import-person", limit: 300, windowSeconds: 86_400 };

export const SUBMIT_CHUNK = 20;

export const QUOTA_REACHED = "The daily limit of people sent through imports is reached; the rest follows tomorrow.";

async function gedcomLookup(db: Database, job: ImportJob, people: ImportedPerson[], origin: string): Promise<GedcomLookup> {
  const familyXrefs = people.flatMap((p) => [...p.fams, ...p.famc]);
  const families = new Map((await recordsByXref(db, job.id, familyXrefs)).map((r) => [r.xref, JSON.parse(r.data) as ImportedFamily]));
  const relatives = [...families.values()].flatMap((f) => [...f.partners, ...f.children]);
  const citations = people.flatMap((p) => [...p.sources, ...p.events.flatMap((e) => e.sources)]).flatMap((c) => c.xref ?? []);
  const notes = people.flatMap((p) => p.notes.flatMap((n) => /^@([^@]+)@$/.exec(n.trim())?.[1] ?? []));
  const records = new Map((await recordsByXref(db, job.id, [...citations, ...notes])).map((r) => [r.xref, JSON.parse(r.data) as Record<string, unknown>]));
  const base = `${origin}/memorials/`;
  const relativeRows = await rowsByXref(db, job.id, relatives);
  const memorialOf = (data: string) => (JSON.parse(data) as ImportedPerson).exids.find((x) => x.type === base && /^mem_/.test(x.value))?.value;
  const candidates = relativeRows.flatMap((r) => memorialOf(r.data) ?? []);
  const published = new Set((await publishedIds(db, candidates)).map((r) => r.id));
  const persons = new Map(
    relativeRows.map((r) => {
      const memorialId = memorialOf(r.data);
      return [r.xref!, { name: r.name, ...(memorialId && published.has(memorialId) ? { memorialId } : {}) }];
    }),
  );
  return {
    family: (x) => families.get(x),
    source: (x) => records.get(x) as ImportedSource | undefined,
    note: (x) => records.get(x)?.text as string | undefined,
    person: (x) => persons.get(x),
    memorialBase: base,
  };
}

interface Built {
  row: ImportRow;
  document: PersonDocumentInput;
  correctionOf?: string;
}

async function buildDocuments(db: Database, job: ImportJob, rows: ImportRow[], origin: string): Promise<Built[]> {
  if (job.format === "csv") return rows.map((row) => ({ row, document: (JSON.parse(row.data) as { document: PersonDocumentInput }).document }));
  const people = rows.map((r) => JSON.parse(r.data) as ImportedPerson);
  const lookup = await gedcomLookup(db, job, people, origin);
  return rows.map((row, i) => {
    const built = gedcomDocument(people[i]!, lookup, row.xref);
    return { row, document: built.document, ...(built.correctionOf ? { correctionOf: built.correctionOf } : {}) };
  });
}

export interface SubmitterChoice {
  relationship: (typeof RELATIONSHIPS)[number];
  note?: string;
  show_name: boolean;
}

async function submitOne(ctx: WriteContext, job: ImportJob, item: Built, submitter: SubmitterChoice) {
  const parsed = personDocumentSchema.safeParse(item.document);
  // The results list each person's plausibility warnings; a draft's as far as its dates are valid.
  const plausibility = JSON.stringify(plausibilityWarnings(parsed.success ? parsed.data : item.document));
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error).map((e) => `${e.path}: ${e.message}`);
    const draftId = await createDraft(ctx, item.document as Record<string, unknown>, null);
    await setRowResult(ctx.db, job.id, item.row.row, { status: "needs_edit", revisionId: draftId, error: errors.join("; ").slice(0, 2000), plausibility });
    return;
  }
  const found = item.correctionOf ? await findPublishedMemorial(ctx.db, item.correctionOf) : undefined;
  const base = found ? { id: found.id, revisionId: found.revisionId } : null;
  const body = { ...(base ? { memorial_id: base.id } : {}), document: parsed.data, submitter, consent: { publish: true as const } };
  const claim = { key: `import:${job.id}:${item.row.row}`, requestHash: await sha256Hex(JSON.stringify(body)) };
  let revisionId: string;
  try {
    revisionId = (await createSubmission(ctx, body, base, claim)).id;
  } catch (error) {
    // This row was submitted by an earlier step that stopped before recording it.
    const stored = isKeyCollision(error) ? await findIdempotentAnswer(ctx.db, ctx.user.id, claim.key) : undefined;
    if (!stored) throw error;
    revisionId = (JSON.parse(stored.responseBody) as { id: string }).id;
  }
  await setRowResult(ctx.db, job.id, item.row.row, { status: "submitted", revisionId, plausibility });
}

/** Submits the next chunk of selected rows; pauses the job when the day's quota is used up. */
export async function submitStep(ctx: WriteContext, job: ImportJob): Promise<void> {
  const submitter = { relationship: job.relationship as SubmitterChoice["relationship"], ...(job.note ? { note: job.note } : {}), show_name: job.showName };
  const rows = await selectedRows(ctx.db, job.id, SUBMIT_CHUNK);
  const built = await buildDocuments(ctx.db, job, rows, ctx.origin);
  for (const item of built) {
    try {
      await consumeQuota(ctx.db, IMPORT_QUOTA, ctx.user.id);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "too_many_requests") throw error;
      await runBatch(ctx.db, jobUpdate(ctx.db, job, { status: "paused", failure: QUOTA_REACHED }, { requestId: ctx.requestId }));
      return;
    }
    await submitOne(ctx, job, item, submitter);
  }
  const counts = await rowCounts(ctx.db, job.id);
  const next = counts.selected === 0 ? "done" : "submitting";
  await runBatch(ctx.db, jobUpdate(ctx.db, job, { status: next, failure: job.failure === QUOTA_REACHED ? null : job.failure }, { requestId: ctx.requestId }));
}
