/**
 * Proposals about groups: a new group, a change to a published one, or one membership ("my
 * grandfather was on this train"). Every proposal is stored as the complete document it would
 * publish, pending review; nothing of it is public until a moderator approves it.
 */
import { eq } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type Database } from "../../platform/db/client";
import { groupRevisions, groups, memorials, type GroupRevisionKind } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { newId } from "../../platform/ids";
import { groupDocumentSchema, readStoredGroupDocument, type GroupDocument, type GroupMember } from "../../domain/group-document";
import type { z } from "zod";
import type { source } from "../../domain/person-document";

export interface ProposalContext {
  userId: string;
  now: number;
  requestId: string;
}

export interface ProposalResult {
  id: string;
  status: "pending";
  version: number;
  group_id: string | null;
  kind: GroupRevisionKind;
}

/** The published group a change or membership is based on; 422 at `group_id` when there is none. */
async function publishedGroup(db: Database, groupId: string) {
  const group = await db
    .select({ id: groups.id, revisionId: groups.currentRevisionId, document: groupRevisions.document })
    .from(groups)
    .innerJoin(groupRevisions, eq(groupRevisions.id, groups.currentRevisionId))
    .where(eq(groups.id, groupId))
    .get();
  if (!group) {
    throw new AppError("validation_failed", "Proposals can only be based on a published group.", {
      errors: [{ path: "group_id", message: "no published group has this id" }],
    });
  }
  return { ...group, document: readStoredGroupDocument(group.document) };
}

async function requirePublishedMemorials(db: Database, doc: GroupDocument, pathOf: (index: number) => string) {
  for (const [index, member] of doc.members.entries()) {
    if (!member.memorial_id) continue;
    const row = await db.select({ status: memorials.status }).from(memorials).where(eq(memorials.id, member.memorial_id)).get();
    if (row?.status !== "published") {
      throw new AppError("validation_failed", "A member names a memorial that is not published.", {
        errors: [{ path: pathOf(index), message: "no published memorial has this id" }],
      });
    }
  }
}

async function storeProposal(
  db: Database,
  ctx: ProposalContext,
  p: { kind: GroupRevisionKind; groupId: string | null; basedOn: string | null; document: GroupDocument; note?: string },
): Promise<ProposalResult> {
  const id = newId("grv");
  await runBatch(db, [
    db.insert(groupRevisions).values({
      id,
      groupId: p.groupId,
      kind: p.kind,
      basedOnRevisionId: p.basedOn,
      document: JSON.stringify(p.document),
      status: "pending",
      version: 1,
      submitterId: ctx.userId,
      submitterNote: p.note ?? null,
      createdAt: ctx.now,
      submittedAt: ctx.now,
    }),
    auditInsert(db, {
      actorId: ctx.userId,
      action: "group.submit",
      subjectType: "group_revision",
      subjectId: id,
      subjectVersion: 1,
      detail: { kind: p.kind, ...(p.groupId ? { group_id: p.groupId } : {}) },
      requestId: ctx.requestId,
      at: ctx.now,
    }),
  ]);
  return { id, status: "pending", version: 1, group_id: p.groupId, kind: p.kind };
}

/** A new group, or (with `groupId`) a complete new version of a published one. */
export async function proposeGroup(db: Database, ctx: ProposalContext, input: { groupId?: string; document: GroupDocument; note?: string }) {
  const base = input.groupId ? await publishedGroup(db, input.groupId) : null;
  await requirePublishedMemorials(db, input.document, (i) => `document.members.${i}.memorial_id`);
  return storeProposal(db, ctx, {
    kind: base ? "change" : "new",
    groupId: base?.id ?? null,
    basedOn: base?.revisionId ?? null,
    document: input.document,
    note: input.note,
  });
}

type Source = z.infer<typeof source>;

/**
 * One person added to a published group. The stored proposal is the group's current document
 * with the member (and the member's source, when new) added, so the moderator approves exactly
 * what will be published.
 */
export async function proposeMembership(
  db: Database,
  ctx: ProposalContext,
  input: { groupId: string; member: GroupMember; source?: Source; note?: string },
) {
  const base = await publishedGroup(db, input.groupId);
  const doc = base.document;
  if (input.member.memorial_id && doc.members.some((m) => m.memorial_id === input.member.memorial_id)) {
    throw new AppError("validation_failed", "This memorial is already a member of the group.", {
      errors: [{ path: "member.memorial_id", message: "is already a member of this group" }],
    });
  }
  const sources = input.source && !doc.sources.some((s) => s.id === input.source!.id) ? [...doc.sources, input.source] : doc.sources;
  const member = { ...input.member, sources: input.source ? [...new Set([...input.member.sources, input.source.id])] : input.member.sources };
  const parsed = groupDocumentSchema.safeParse({ ...doc, sources, members: [...doc.members, member] });
  if (!parsed.success) {
    throw new AppError("validation_failed", "The membership does not fit the group.", {
      // The member is the last of the document's members: its problems are the member's.
      errors: parsed.error.issues.map((issue) => ({
        path: (issue.path[0] === "members" ? ["member", ...issue.path.slice(2)] : issue.path).join("."),
        message: issue.message,
      })),
    });
  }
  await requirePublishedMemorials(db, { ...parsed.data, members: [member] } as GroupDocument, () => "member.memorial_id");
  return storeProposal(db, ctx, { kind: "membership", groupId: base.id, basedOn: base.revisionId, document: parsed.data, note: input.note });
}
