/**
 * Transports, lists and operations (issue 20): the public reading of groups, and the moderators'
 * list of group proposals. Proposals and decisions use the shared submission and decision
 * routes; their bodies are described here as named schemas and in those operations' text.
 */
import { z } from "zod";
import { COUNT_STATUSES, GROUP_KINDS, groupDocumentSchema } from "../../domain/group-document";
import { groupListQuery } from "../../archive/groups/groups.routes";
import { GROUP_REVISION_KINDS, GROUP_REVISION_STATUSES } from "../../platform/db/schema";
import { groupQueueQuery } from "../../editorial/groups/group-proposals.schemas";
import { TAGS, type Operation } from "./registry";

const groupListItem = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(GROUP_KINDS),
  name: z.string().describe("The group's name in English"),
  date: z.string().nullable().describe("EDTF"),
  member_count: z.int().describe("Named members plus the people the sources count without naming"),
});

export const groupDetail = z.object({
  id: z.string(),
  slug: z.string(),
  revision_id: z.string(),
  document: groupDocumentSchema.describe(
    "The group document as the public sees it: members whose memorial is not public are left out. " +
      `Every count has its sources; counts that disagree keep a status of ${COUNT_STATUSES.filter((s) => s !== "stated").join(" or ")} and are never averaged.`,
  ),
});

const groupProposal = z.object({
  id: z.string(),
  kind: z.enum(GROUP_REVISION_KINDS),
  group_id: z.string().nullable(),
  name: z.string(),
  status: z.enum(GROUP_REVISION_STATUSES),
  version: z.int(),
  submitted_at: z.iso.datetime(),
  decided_at: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  document: groupDocumentSchema,
});

export const groupOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/groups",
    id: "listGroups",
    tag: TAGS.groups,
    summary: "Published transports, lists and operations, in date order (undated last)",
    description: "`q` finds a group by its name in English, German or Russian; `memorial_id` lists the groups a memorial belongs to.",
    access: "public",
    query: groupListQuery,
    responses: { 200: { description: "A page of groups", schema: z.object({ items: z.array(groupListItem), next_cursor: z.string().nullable() }) } },
    errors: [400, 422],
  },
  {
    method: "get",
    path: "/api/v1/groups/:key",
    id: "getGroup",
    tag: TAGS.groups,
    summary: "One published group with its members, counts and sources",
    access: "public",
    params: { key: "Group id (grp_…) or slug" },
    responses: { 200: { description: "The group", schema: groupDetail } },
    errors: [404],
  },
  {
    method: "get",
    path: "/api/v1/moderation/group-revisions",
    id: "listGroupProposals",
    tag: TAGS.moderation,
    summary: "Proposed groups, group changes and memberships, oldest first",
    description:
      "Proposals are made with POST /api/v1/submissions (`{\"kind\": \"group\", \"group_id\"?, \"document\", \"note\"?}` for a group " +
      "or a complete new version of one; `{\"group_id\", \"member\", \"source\"?, \"note\"?}` for one membership) and decided " +
      "with POST /api/v1/moderation/revisions/{id}/decision on their `grv_…` id (`{\"action\": \"approve\" | \"reject\", \"version\", \"reason\"?}`).",
    access: "moderator",
    query: groupQueueQuery,
    responses: { 200: { description: "A page of proposals", schema: z.object({ items: z.array(groupProposal), next_cursor: z.string().nullable() }) } },
    errors: [400, 422],
  },
];
