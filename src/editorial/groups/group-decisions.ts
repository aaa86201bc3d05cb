/**
 * Deciding on a group proposal: approve or reject. Like a memorial's revision, the decision
 * carries the version the moderator saw, a moderator never decides on their own proposal, and
 * one batch holds the guarded state change, the publication and the audit entries: when the
 * guard finds the row changed, nothing at all is written.
 */
import { and, eq, sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { isStaleWrite, requireChanged } from "../../platform/db/guard";
import { groupRevisions, groups } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { readStoredGroupDocument } from "../../domain/group-document";
import { groupPublishStatements } from "../../archive/groups/publish-group";
import type { ActorContext } from "../moderation/claims";
import { chooseGroupSlug } from "./group-slugs";

export const GROUP_DECISIONS = ["approve", "reject"] as const;
export type GroupDecision = (typeof GROUP_DECISIONS)[number];

export interface GroupDecisionInput {
  action: GroupDecision;
  version: number;
  reason?: string;
}

type GroupRevisionRow = typeof groupRevisions.$inferSelect;

export async function decideGroupRevision(db: Database, id: string, input: GroupDecisionInput, ctx: ActorContext) {
  const revision = await db.select().from(groupRevisions).where(eq(groupRevisions.id, id)).get();
  if (!revision) throw new AppError("not_found");
  if (revision.submitterId === ctx.moderator.id) {
    throw new AppError("forbidden", "You cannot decide on your own proposal; another moderator must review it.");
  }
  if (revision.status !== "pending" || revision.version !== input.version) {
    throw new AppError("conflict", `The proposal is ${revision.status} at version ${revision.version}; reload it before deciding.`);
  }
  if (input.action === "reject" && !input.reason?.trim()) {
    throw new AppError("validation_failed", "Say why the proposal is rejected.", {
      errors: [{ path: "reason", message: "is required when rejecting" }],
    });
  }
  const status = input.action === "approve" ? "approved" : "rejected";
  const approval = input.action === "approve" ? await approveGroupRevision(db, revision, ctx) : { groupId: revision.groupId, statements: [] };
  const statements: BatchItem[] = [
    db
      .update(groupRevisions)
      .set({
        status,
        version: sql`${groupRevisions.version} + 1`,
        groupId: approval.groupId,
        decidedAt: ctx.now,
        decidedBy: ctx.moderator.id,
        decisionReason: input.reason?.trim() || null,
      })
      .where(and(eq(groupRevisions.id, id), eq(groupRevisions.version, input.version), eq(groupRevisions.status, "pending"))),
    requireChanged(db),
    ...approval.statements,
    auditInsert(db, {
      actorId: ctx.moderator.id,
      action: `group.${input.action}`,
      subjectType: "group_revision",
      subjectId: id,
      subjectVersion: input.version + 1,
      detail: { kind: revision.kind, ...(approval.groupId ? { group_id: approval.groupId } : {}), ...(input.reason ? { reason: input.reason } : {}) },
      requestId: ctx.requestId,
      at: ctx.now,
    }),
  ];
  try {
    await runBatch(db, statements);
  } catch (error) {
    if (isStaleWrite(error)) throw new AppError("conflict", "Someone changed the proposal or the group meanwhile; reload and decide again.");
    throw error;
  }
  return { id, status, version: input.version + 1, group_id: approval.groupId };
}

/**
 * THE place where an approved group proposal becomes public: the group row and its members are
 * (re)published in the decision's batch. Anything that must follow a change of public group
 * pages (an edge-cache purge of /groups, /groups/{slug} and the members' memorial pages) belongs
 * here, next to these statements.
 */
export async function approveGroupRevision(db: Database, revision: GroupRevisionRow, ctx: ActorContext) {
  const document = readStoredGroupDocument(revision.document);
  if (revision.kind === "new") {
    const groupId = newId("grp");
    const newSlug = await chooseGroupSlug(db, document, groupId);
    const statements = [
      ...groupPublishStatements(db, { groupId, revisionId: revision.id, document, now: ctx.now, newSlug }),
      publishAudit(db, "group.publish", groupId, 1, revision.id, ctx),
    ];
    return { groupId, statements };
  }
  const group = revision.groupId ? await db.select().from(groups).where(eq(groups.id, revision.groupId)).get() : undefined;
  if (!group || group.status !== "published") throw new AppError("conflict", "The group this proposal is for is not published.");
  if (group.currentRevisionId !== revision.basedOnRevisionId) {
    throw new AppError("conflict", "The group changed after this proposal was made; reject it and ask for a proposal based on the current group.");
  }
  const statements: BatchItem[] = [
    // The group must still be what the proposal was based on when the batch runs.
    db
      .update(groups)
      .set({ version: sql`${groups.version} + 1` })
      .where(and(eq(groups.id, group.id), eq(groups.version, group.version), eq(groups.currentRevisionId, revision.basedOnRevisionId))),
    requireChanged(db),
    ...groupPublishStatements(db, { groupId: group.id, revisionId: revision.id, document, now: ctx.now }),
    publishAudit(db, "group.update", group.id, group.version + 1, revision.id, ctx),
  ];
  return { groupId: group.id, statements };
}

function publishAudit(db: Database, action: string, groupId: string, version: number, revisionId: string, ctx: ActorContext) {
  return auditInsert(db, {
    actorId: ctx.moderator.id,
    action,
    subjectType: "group",
    subjectId: groupId,
    subjectVersion: version,
    detail: { revision_id: revisionId },
    requestId: ctx.requestId,
    at: ctx.now,
  });
}
