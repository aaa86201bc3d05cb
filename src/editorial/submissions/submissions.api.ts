/** The contributor API (api.md, "Contributors"): submit, list, read, revise, withdraw. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { isQuotaExceeded, quotaInBatch, refuseWhenQuotaExceeded } from "../../platform/abuse/rate-limit";
import { requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { decodeCursor, encodeCursor } from "../../platform/http/cursor";
import { readJson, validate } from "../../platform/http/json-body";
import { checkDocumentMedia } from "../../media/media.refs";
import type { PersonDocument } from "../../domain/person-document";
import { AppError } from "../../platform/http/errors";
import { documentWarnings } from "../revisions/plausibility-warnings";
import { listRevisionMessages } from "../revisions/revision-messages";
import { readDraft } from "./form/draft";
import { revisionDetail, revisionListItem } from "./api-shapes";
import { idempotencyClaim, isKeyCollision, previousAnswer } from "./idempotency";
import { acceptingOlderDocuments, messageBody, reopenBody, revisionBody, submissionBody, withdrawBody } from "./submission-body";
import { reopenRevision } from "./submission-reopen";
import { ownRevision, readableRevision } from "./submission-access";
import { SUBMISSION_QUOTA } from "./submission-quota";
import { addSubmitterMessage, submitRevision, withdrawRevision } from "./submission-transitions";
import { createSubmission, EDITABLE, WITHDRAWABLE } from "./submission-writes";
import { findPublishedMemorial, listOwnRevisions } from "./submissions.queries";
import { writeContext } from "./write-context";
export const submissionsApi = new Hono<AppEnv>();


async function baseMemorial(c: Context<AppEnv>, memorialId: string | undefined) {
  if (!memorialId) return null;
  const memorial = await findPublishedMemorial(c.var.db, memorialId);
  if (!memorial) {
    throw new AppError(
      "validation_failed",
      "Corrections can only be based on a published memorial.",
      {
        errors: [{ path: "memorial_id", message: "no published memorial has this id" }],
      },
    );
  }
  return { id: memorial.id, revisionId: memorial.revisionId };
}

/**
 * Every file a document names must be the submitter's own upload or already public, and a marker
 * photo one of its listed files (422 otherwise). Returns the document to store: in a correction,
 * files of the published document that are no longer public are dropped (src/media/media.refs.ts).
 */
async function requireUsableMedia(
  c: Context<AppEnv>,
  userId: string,
  document: PersonDocument,
  memorialId: string | null,
): Promise<PersonDocument> {
  const checked = await checkDocumentMedia(c.var.db, userId, document, memorialId);
  if (checked.errors.length) {
    throw new AppError("validation_failed", "Some files cannot be used in this submission.", {
      errors: checked.errors.map((e) => ({ ...e, path: `document.${e.path}` })),
    });
  }
  return checked.document;
}

submissionsApi.post("/api/v1/submissions", async (c) => {
  const user = requireUser(c);
  const body = await readJson(c, acceptingOlderDocuments(submissionBody));
  const document = await requireUsableMedia(c, user.id, body.document, body.memorial_id ?? null);
  const claim = await idempotencyClaim(c, body);
  const base = await baseMemorial(c, body.memorial_id);
  const quota = await quotaInBatch(c.var.db, SUBMISSION_QUOTA, user.id);
  try {
    // Optimistic: the stored key is only looked up when the batch says it exists, so a first
    // request (nearly all of them) costs one write and no read; a retry's batch rolls back whole.
    return c.json(await createSubmission(writeContext(c), { ...body, document }, base, claim, [...quota.statements]), 201);
  } catch (error) {
    // A retry, or two requests with the same key at once (the loser answers what the winner
    // stored); a retry after the day's quota is used up still gets its first answer.
    const stored = claim && (isKeyCollision(error) || isQuotaExceeded(error)) ? await previousAnswer(c, user.id, claim) : null;
    if (stored) return c.json(stored.body, stored.status as 201);
    refuseWhenQuotaExceeded(error, quota.retryAfterSeconds);
  }
});

export const listQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

submissionsApi.get("/api/v1/submissions", async (c) => {
  const user = requireUser(c);
  const query = validate(listQuery, c.req.query());
  const after = query.cursor
    ? (decodeCursor(query.cursor, ["number", "string"]) as [number, string])
    : undefined;
  const rows = await listOwnRevisions(c.var.db, user.id, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return c.json({
    items: page.map(revisionListItem),
    next_cursor: rows.length > query.limit && last ? encodeCursor([last.updatedAt, last.id]) : null,
  });
});

submissionsApi.get("/api/v1/submissions/:id", async (c) => {
  const revision = await readableRevision(c, c.req.param("id"));
  const warnings = documentWarnings(readDraft(revision.document), c.var.t, c.var.locale);
  return c.json(revisionDetail(revision, await listRevisionMessages(c.var.db, revision.id), warnings));
});

submissionsApi.put("/api/v1/submissions/:id", async (c) => {
  const revision = await ownRevision(c, c.req.param("id"));
  const body = await readJson(c, acceptingOlderDocuments(revisionBody));
  const document = await requireUsableMedia(c, revision.submitterId, body.document, revision.memorialId);
  if (body.memorial_id !== undefined && body.memorial_id !== revision.memorialId) {
    throw new AppError("validation_failed", "A revision stays with the memorial it was made for.", {
      errors: [{ path: "memorial_id", message: "cannot be changed" }],
    });
  }
  // A draft (a reopened submission, or one begun in the form) is sent the same way.
  if (!EDITABLE.includes(revision.status)) {
    throw new AppError(
      "conflict",
      `A submission can be revised only while changes are requested or it is a draft; this one is ${revision.status}.`,
    );
  }
  const result = await submitRevision(writeContext(c), {
    revisionId: revision.id,
    version: body.version,
    from: [revision.status],
    document,
    submitter: {
      relationship: body.submitter.relationship,
      note: body.submitter.note,
      showName: body.submitter.show_name,
    },
    warningsExplanation: body.warnings_explanation,
    via: "api",
  });
  return c.json(result);
});

/** A body that may be left out entirely (no Content-Type, no length). */
function hasBody(c: Context<AppEnv>): boolean {
  return (c.req.header("content-length") ?? "0") !== "0" || c.req.header("content-type") !== undefined;
}

submissionsApi.post("/api/v1/submissions/:id/withdraw", async (c) => {
  const revision = await ownRevision(c, c.req.param("id"));
  const body = hasBody(c) ? await readJson(c, withdrawBody) : {};
  if (revision.status === "withdrawn")
    return c.json({ id: revision.id, status: revision.status, version: revision.version });
  if (!WITHDRAWABLE.includes(revision.status)) {
    throw new AppError(
      "conflict",
      `A submission that is ${revision.status} can no longer be withdrawn.`,
    );
  }
  await withdrawRevision(writeContext(c), revision.id, body.version ?? revision.version);
  return c.json({
    id: revision.id,
    status: "withdrawn",
    version: (body.version ?? revision.version) + 1,
  });
});

submissionsApi.post("/api/v1/submissions/:id/messages", async (c) => {
  const revision = await ownRevision(c, c.req.param("id"));
  const body = await readJson(c, messageBody);
  if (!["pending", "in_review", "changes_requested"].includes(revision.status)) {
    throw new AppError(
      "conflict",
      "Messages can be written while a submission is with the moderators.",
    );
  }
  await addSubmitterMessage(writeContext(c), revision.id, body.body);
  return c.json({ status: "created" }, 201);
});

submissionsApi.post("/api/v1/submissions/:id/reopen", async (c) => {
  const revision = await ownRevision(c, c.req.param("id"));
  const body = hasBody(c) ? await readJson(c, reopenBody) : {};
  const answer = await reopenRevision(writeContext(c), revision, body.version);
  c.header("Location", `/api/v1/submissions/${answer.id}`);
  return c.json(answer, 201);
});
