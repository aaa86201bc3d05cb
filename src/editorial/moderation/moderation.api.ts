/** The moderators' JSON API (api.md, "Moderators"). Every route needs the moderator role. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { readJson, validate } from "../../platform/http/json-body";
import { messageSchema, decisionBody, queueQuery } from "./moderation.schemas";
import { claimRevision, releaseRevision } from "./claims";
import { decideRevision } from "./decisions";
import { purgePublicPages } from "../../platform/cache/purge";
import { approvalsNeeded } from "./agreements";
import { loadQueuePage, type QueueItem } from "./queue.queries";
import { compareRevision, linkedMemorialNames, loadRevision, loadRevisionReview } from "./review.queries";
import { postModeratorMessage } from "./thread";
import { listRevisionMessages } from "../revisions/revision-messages";
import { describeWarnings, readStoredWarnings } from "../revisions/plausibility-warnings";
import { eq } from "drizzle-orm";
import { memorials } from "../../platform/db/schema";
import type { FieldChange } from "../../domain/document-diff";
import { type PersonDocument } from "../../domain/person-document";
import { changeLabel, documentWords } from "../../platform/views/document-words";
import { actor } from "./actor";
export const moderationApi = new Hono<AppEnv>();


const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function queueItemJson(c: Context<AppEnv>, item: QueueItem, now: number, twoModerators: boolean) {
  return {
    id: item.id,
    memorial_id: item.memorial_id,
    name: item.name,
    status: item.status,
    submitted_at: iso(item.submitted_at),
    claimed_by: item.claimed_by,
    claimed_by_name: item.claimed_by_name,
    claimed_until: iso(item.claimed_until),
    version: item.version,
    kind: item.kind,
    relationship: item.relationship,
    source_count: item.source_count,
    report_kind: item.report_kind,
    submitted_by: item.submitted_by,
    submitted_by_name: item.submitted_by_name,
    decided_by: item.decided_by,
    decided_by_name: item.decided_by_name,
    decided_at: iso(item.decided_at),
    warnings: describeWarnings(readStoredWarnings(item.plausibility), c.var.t, c.var.locale),
    date_findings: item.date_findings,
    by_date_check: item.by_date_check === 1,
    age_hours: Math.floor((now - item.submitted_at) / 3_600_000),
    approvals: item.approvals,
    approvals_needed: item.kind === "report" ? null : approvalsNeeded(item, { twoModerators }),
    same_client_as_moderator: item.same_client_as_moderator,
  };
}

moderationApi.get("/api/v1/moderation/queue", async (c) => {
  const { now, moderator, twoModerators } = actor(c);
  const query = validate(queueQuery, c.req.query());
  const { items, counts, nextCursor } = await loadQueuePage(c.var.db, moderator.id, query, now);
  return c.json({ items: items.map((i) => queueItemJson(c, i, now, twoModerators)), next_cursor: nextCursor, counts });
});

moderationApi.get("/api/v1/moderation/revisions/:id", async (c) => {
  const { now } = actor(c);
  const review = await loadRevisionReview(c.var.db, c.req.param("id"), now);
  const { revision } = review;
  return c.json({
    id: revision.id,
    kind: revision.kind,
    memorial_id: revision.memorialId,
    based_on_revision_id: revision.basedOnRevisionId,
    status: revision.status,
    version: revision.version,
    submitted_at: iso(revision.submittedAt),
    submitter: { name: review.submitterName, relationship: revision.relationship, note: revision.submitterNote },
    claimed_by: revision.claimedBy,
    claimed_until: iso(revision.claimedUntil),
    decision: revision.decidedAt ? { at: iso(revision.decidedAt), by: review.decidedByName, reason: revision.decisionReason, living_confirmation: revision.livingConfirmation } : null,
    possibly_living: review.possiblyLiving,
    warnings: describeWarnings(review.plausibility, c.var.t, c.var.locale),
    warnings_explanation: revision.plausibilityNote,
    reopened_from: revision.reopenedFrom,
    document: review.document,
    memorial_changed_since_base: review.comparison.memorialChangedSinceBase,
    duplicates: review.duplicates,
  });
});

moderationApi.post("/api/v1/moderation/revisions/:id/claim", async (c) => {
  const claim = await claimRevision(c.var.db, c.req.param("id"), actor(c));
  return c.json({ id: c.req.param("id"), status: "in_review", claimed_until: iso(claim.claimedUntil), version: claim.version });
});

moderationApi.post("/api/v1/moderation/revisions/:id/release", async (c) => {
  await releaseRevision(c.var.db, c.req.param("id"), actor(c));
  return c.json({ id: c.req.param("id"), status: "pending" });
});

moderationApi.get("/api/v1/moderation/revisions/:id/diff", async (c) => {
  actor(c);
  const revision = await loadRevision(c.var.db, c.req.param("id"));
  const memorial = revision.memorialId
    ? await c.var.db.select().from(memorials).where(eq(memorials.id, revision.memorialId)).get()
    : undefined;
  const comparison = await compareRevision(c.var.db, revision, memorial);
  const { against, base, proposed: document } = comparison;
  // Each change also says in words what it is about, in the reader's language (?lang=, Accept-Language).
  const w = documentWords(c.var.t, c.var.locale, [base, against, document], await linkedMemorialNames(c.var.db, [base, against, document]));
  const labelled = (changes: FieldChange[], from: PersonDocument | null, to: PersonDocument) =>
    changes.map((change) => ({ ...change, label: changeLabel(change, from, to, w) }));
  return c.json({
    revision_id: revision.id,
    memorial_id: revision.memorialId,
    against_revision_id: comparison.againstRevisionId,
    based_on_revision_id: revision.basedOnRevisionId,
    memorial_changed_since_base: comparison.memorialChangedSinceBase,
    changes: labelled(comparison.changes, against, document),
    changes_since_base: against ? labelled(comparison.changesSinceBase, base, against) : [],
  });
});

moderationApi.post("/api/v1/moderation/revisions/:id/decision", async (c) => {
  const ctx = actor(c);
  const body = await readJson(c, decisionBody);
  const result = await decideRevision(
    c.var.db,
    c.req.param("id"),
    { action: body.action, version: body.version, reason: body.reason, livingConfirmation: body.living_confirmation, conflictConfirmed: body.conflict_confirmed },
    ctx,
  );
  if (body.action === "approve") await purgePublicPages(c, { kind: "approval", subjectId: result.memorialId });
  return c.json({
    id: result.id,
    status: result.status,
    version: result.version,
    memorial_id: result.memorialId,
    approvals: result.approvals,
    approvals_needed: result.approvalsNeeded,
  });
});

moderationApi.get("/api/v1/moderation/revisions/:id/messages", async (c) => {
  actor(c);
  const revision = await loadRevision(c.var.db, c.req.param("id"));
  const messages = await listRevisionMessages(c.var.db, revision.id);
  return c.json({
    items: messages.map((m) => ({ id: m.id, body: m.body, created_at: iso(m.createdAt), author_name: m.authorName, author_role: m.authorRole })),
  });
});

moderationApi.post("/api/v1/moderation/revisions/:id/messages", async (c) => {
  const ctx = actor(c);
  const { body } = await readJson(c, messageSchema("must not be empty"));
  await postModeratorMessage(c.var.db, c.req.param("id"), body, ctx);
  return c.json({ revision_id: c.req.param("id"), status: "sent" }, 201);
});
