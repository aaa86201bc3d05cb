/** Public, sign-in and contributor operations (api.md), described with the handlers' own schemas. */
import { z } from "zod";
import { loginLinkBody } from "../../platform/auth/auth.routes";
import { personDocumentSchema } from "../../domain/person-document";
import { MEMBER_ROLES } from "../../domain/group-document";
import { listQuery as memorialListQuery } from "../../archive/memorials/memorials.api";
import { reportBody } from "../../editorial/reports/reports.routes";
import { searchParamsSchema } from "../../archive/search/search-params";
import {
  idempotencyKeySchema,
  messageBody,
  reopenBody,
  revisionBody,
  submissionBody,
  withdrawBody,
} from "../../editorial/submissions/submission-body";
import { listQuery as submissionListQuery } from "../../editorial/submissions/submissions.api";
import { TAGS, type Operation } from "./registry";
import * as S from "./shapes";

/** The list's own parameters plus search's: without search criteria the plain list answers. */
const memorialsQuery = searchParamsSchema.extend({
  ...memorialListQuery.shape,
  facets: z.enum(["true", "1"]).optional().describe("With search criteria: facet counts too."),
});

export const memorialDetail = z.object({
  id: z.string(),
  slug: z.string(),
  revision_id: z.string(),
  published_at: z.iso.datetime(),
  document: personDocumentSchema,
  groups: z
    .array(z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.enum(MEMBER_ROLES) }))
    .describe("The published transports, lists and operations the memorial belongs to, with its role in each"),
});

export const coreOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/memorials",
    id: "listMemorials",
    tag: TAGS.memorials,
    summary: "List or search published memorials",
    description:
      "Without search parameters: published memorials in name order. With `q` or a filter: search " +
      "across spellings and scripts; items then say why they matched.",
    access: "public",
    query: memorialsQuery,
    responses: { 200: { description: "A page of memorials", schema: S.memorialList } },
    errors: [400, 422],
  },
  {
    method: "get",
    path: "/api/v1/memorials/:key",
    id: "getMemorial",
    tag: TAGS.memorials,
    summary:
      "One published memorial with its person document as the public sees it (files rejected after publication left out; a relation to a memorial that is not public keeps its name but not the link, or is left out when it has no name); it round-trips as a correction's document",
    access: "public",
    params: { key: "Memorial id (mem_…) or any slug it ever had" },
    responses: {
      200: { description: "The memorial", schema: memorialDetail },
      301: { description: "An old slug or a merged memorial: Location names the current one" },
    },
    errors: [404, 410],
  },
  {
    method: "post",
    path: "/api/v1/reports",
    id: "createReport",
    tag: TAGS.reports,
    summary: "Report a problem with a published memorial",
    access: "public",
    body: reportBody,
    responses: { 202: { description: "The report is in the moderation queue", schema: S.reportCreated } },
    errors: [404, 415, 422, 429],
  },
  {
    method: "post",
    path: "/api/v1/auth/login-link",
    id: "requestLoginLink",
    tag: TAGS.auth,
    summary: "Mail a one-time sign-in link",
    description: "Always 202: the answer never tells whether the address has an account.",
    access: "public",
    body: loginLinkBody,
    responses: { 202: { description: "Accepted", schema: S.accepted } },
    errors: [415, 422, 429],
  },
  {
    method: "post",
    path: "/api/v1/auth/logout",
    id: "logout",
    tag: TAGS.auth,
    summary: "End the session",
    access: "contributor",
    responses: { 204: { description: "Signed out" } },
  },
  {
    method: "get",
    path: "/api/v1/me",
    id: "getMe",
    tag: TAGS.auth,
    summary: "The signed-in user",
    access: "contributor",
    responses: { 200: { description: "The user", schema: S.me } },
  },
  {
    method: "get",
    path: "/api/v1/dev/outbox",
    id: "devOutbox",
    tag: TAGS.auth,
    summary: "Development only: mail the archive would have sent",
    access: "development",
    query: z.object({ to: z.string().optional() }),
    responses: { 200: { description: "Newest first", schema: S.outbox } },
    errors: [404],
  },
  {
    method: "post",
    path: "/api/v1/submissions",
    id: "createSubmission",
    tag: TAGS.submissions,
    summary: "Submit a new memorial or a correction",
    access: "contributor",
    body: submissionBody,
    headers: [
      {
        name: "Idempotency-Key",
        description: "A retry with the same key returns the first answer and stores nothing new.",
        schema: idempotencyKeySchema,
      },
    ],
    description:
      "The answer lists the document's plausibility warnings (`warnings`: a death before the birth, an act " +
      "after the death, an age over 110…). They are never a refusal: the submission is stored and pending " +
      "all the same; `warnings_explanation` tells the moderators why the dates are right. A body with " +
      "`\"kind\": \"group\"` proposes a transport, list or operation (or with `group_id` a new version of one), a body " +
      "with `group_id` and `member` proposes one membership; both answer 201 `{id, status, version, group_id, kind}` " +
      "(listGroupProposals says more).",
    responses: { 201: { description: "Pending review, with the plausibility warnings of the document", schema: S.submissionState } },
    errors: [413, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/submissions",
    id: "listSubmissions",
    tag: TAGS.submissions,
    summary: "The caller's own revisions",
    access: "contributor",
    query: submissionListQuery,
    responses: { 200: { description: "Newest first", schema: S.submissionList } },
    errors: [400, 422],
  },
  {
    method: "get",
    path: "/api/v1/submissions/:id",
    id: "getSubmission",
    tag: TAGS.submissions,
    summary: "One own revision (any, for moderators), with the thread",
    access: "contributor",
    params: { id: "Revision id (rev_…)" },
    responses: { 200: { description: "The revision", schema: S.submissionDetail } },
    errors: [404],
  },
  {
    method: "put",
    path: "/api/v1/submissions/:id",
    id: "reviseSubmission",
    tag: TAGS.submissions,
    summary: "Revise a submission while changes are requested, or send a draft (e.g. a reopened submission)",
    access: "contributor",
    params: { id: "Revision id" },
    body: revisionBody,
    responses: { 200: { description: "Pending (again), with the plausibility warnings of the document", schema: S.submissionState } },
    errors: [404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/submissions/:id/withdraw",
    id: "withdrawSubmission",
    tag: TAGS.submissions,
    summary: "Withdraw an own submission",
    access: "contributor",
    params: { id: "Revision id" },
    body: withdrawBody,
    bodyOptional: true,
    responses: { 200: { description: "Withdrawn", schema: S.submissionState } },
    errors: [404, 409, 422],
  },
  {
    method: "post",
    path: "/api/v1/submissions/:id/reopen",
    id: "reopenSubmission",
    tag: TAGS.submissions,
    summary: "Reopen a rejected or returned submission as a new draft holding everything it held",
    description:
      "The new draft (`reopened_from` names the old revision, whose thread stays readable there) holds the " +
      "document, relationship, note and explanation of the old one; send it with PUT /api/v1/submissions/{id}. " +
      "A returned (changes requested) revision is withdrawn in favour of the draft; a rejected one stays " +
      "rejected. 409 when the state does not allow it, when `version` is stale, or while a draft reopened " +
      "from it is still open. Counts against the daily limit of new submissions.",
    access: "contributor",
    params: { id: "Revision id" },
    body: reopenBody,
    bodyOptional: true,
    responses: { 201: { description: "The new draft; Location names it", schema: S.submissionState } },
    errors: [404, 409, 415, 422, 429],
  },
  {
    method: "post",
    path: "/api/v1/submissions/:id/messages",
    id: "answerModerators",
    tag: TAGS.submissions,
    summary: "Write to the moderators about an own submission",
    access: "contributor",
    params: { id: "Revision id" },
    body: messageBody,
    responses: { 201: { description: "Sent", schema: S.created } },
    errors: [404, 409, 422],
  },
];
