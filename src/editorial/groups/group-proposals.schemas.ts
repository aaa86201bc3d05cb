/** What a contributor sends to propose a group or a membership, and a moderator to decide. */
import { z } from "zod";
import { groupDocumentSchema, groupMember } from "../../domain/group-document";
import { source } from "../../domain/person-document";
import { cleanText } from "../../domain/text-rules";
import { GROUP_DECISIONS } from "./group-decisions";

export const groupId = z.string().regex(/^grp_[a-z0-9]{8,40}$/, { error: "is not a group id" });
const note = cleanText(4_000, "multiline").optional();

/** A new group, or with `group_id` a complete new version of a published one. */
export const groupProposalBody = z.strictObject({
  kind: z.literal("group"),
  group_id: groupId.optional(),
  document: groupDocumentSchema,
  note,
});

/** One person added to a published group ("my grandfather was on this train"). */
export const membershipProposalBody = z.strictObject({
  group_id: groupId,
  member: groupMember,
  /** The member's source when the group does not list it yet. */
  source: source.optional(),
  note,
});

export const groupDecisionBody = z.strictObject({
  action: z.enum(GROUP_DECISIONS),
  version: z.number().int().positive(),
  reason: cleanText(4_000, "multiline").optional(),
});

export const groupQueueQuery = z.strictObject({
  status: z.enum(["pending", "approved", "rejected"]).default("pending"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
