/**
 * What the API answers, as zod schemas: the OpenAPI document's response schemas, and what the
 * contract test holds real answers to. Request schemas are not here: the document uses the very
 * schemas the handlers validate with (src/exchange/openapi/operations-*.ts).
 */
import { z } from "zod";
import { REPORT_KINDS, REVISION_KINDS, REVISION_STATUSES, RELATIONSHIPS, ROLES } from "../../platform/db/schema";
import { warningsShape } from "../../editorial/revisions/plausibility-warnings";
import { MATCH_KINDS } from "../../archive/search/search.service";

const iso = z.iso.datetime({ offset: true });
const isoOrNull = iso.nullable();

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  request_id: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const memorialListItem = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  birth: z.string().nullable(),
  death: z.string().nullable(),
  summary: z.string(),
});

const searchHit = memorialListItem.extend({
  birth_place: z.string().nullable(),
  death_place: z.string().nullable(),
  match: z.object({
    kind: z.enum(MATCH_KINDS),
    name: z.string().nullable(),
    name_kind: z.string().nullable(),
    primary: z.boolean(),
  }),
});

const facetCounts = z.array(z.tuple([z.string(), z.number().int()]));

/** GET /api/v1/memorials: the plain list, or search results when search parameters are given. */
export const memorialList = z.object({
  items: z.array(z.union([searchHit, memorialListItem])),
  next_cursor: z.string().nullable(),
  facets: z
    .object({
      total: z.number().int(),
      capped: z.boolean(),
      fate: facetCounts,
      persecutor: facetCounts,
      marker: facetCounts,
      country: facetCounts,
      nationality: facetCounts,
      organisation: facetCounts,
    })
    .optional(),
});

export const accepted = z.object({ status: z.string(), detail: z.string() });

export const me = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string().nullable(),
  role: z.enum(ROLES),
});

export const outbox = z.object({
  messages: z.array(
    z.object({
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      link: z.string().nullable(),
      sent_at: iso,
    }),
  ),
});

export { warningsShape } from "../../editorial/revisions/plausibility-warnings";

export const reportCreated = z.object({ id: z.string(), status: z.literal("open") });

export const submissionState = z.object({
  id: z.string(),
  status: z.enum(REVISION_STATUSES),
  version: z.number().int(),
  kind: z.enum(REVISION_KINDS).optional(),
  memorial_id: z.string().nullable().optional(),
  warnings: warningsShape
    .optional()
    .describe("On submitting and revising: the plausibility warnings of the document sent (sent all the same)"),
  reopened_from: z.string().optional().describe("On reopening: the revision this draft reopens"),
});

export const submissionList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      memorial_id: z.string().nullable(),
      kind: z.enum(REVISION_KINDS),
      name: z.string(),
      status: z.enum(REVISION_STATUSES),
      version: z.number().int(),
      created_at: iso,
      updated_at: iso,
      submitted_at: isoOrNull,
    }),
  ),
  next_cursor: z.string().nullable(),
});

const threadMessage = z.object({
  id: z.string(),
  body: z.string(),
  created_at: iso,
  author_role: z.string(),
  author_name: z.string().nullable(),
});

export const submissionDetail = z.object({
  id: z.string(),
  memorial_id: z.string().nullable(),
  kind: z.enum(REVISION_KINDS),
  based_on_revision_id: z.string().nullable(),
  status: z.enum(REVISION_STATUSES),
  version: z.number().int(),
  /** A draft's document may still be incomplete. */
  document: z.record(z.string(), z.unknown()),
  submitter: z.object({
    relationship: z.enum(RELATIONSHIPS).nullable(),
    note: z.string().nullable(),
    show_name: z.boolean(),
  }),
  consent: z.object({ publish: z.boolean() }),
  warnings: warningsShape.describe("Plausibility warnings of the document as it is now (a draft: as far as its dates are valid)"),
  warnings_explanation: z.string().nullable().describe("The submitter's explanation of the dates the warnings question"),
  reopened_from: z.string().nullable().describe("The rejected or returned revision this one reopens; its thread stays there"),
  decision_reason: z.string().nullable(),
  created_at: iso,
  updated_at: iso,
  submitted_at: isoOrNull,
  decided_at: isoOrNull,
  messages: z.array(threadMessage),
});

export const created = z.object({ status: z.literal("created") });
