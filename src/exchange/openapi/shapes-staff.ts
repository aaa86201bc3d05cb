/** Answers of the moderator, admin and media routes (see shapes.ts). */
import { z } from "zod";
import { MEDIA_STATUSES, REPORT_KINDS, REVISION_KINDS, REVISION_STATUSES, ROLES, MEMORIAL_STATUSES } from "../../platform/db/schema";
import { mediaRef } from "../../domain/person-document";
import { warningsShape } from "./shapes";

const iso = z.iso.datetime({ offset: true });
const isoOrNull = iso.nullable();

export const queue = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      memorial_id: z.string().nullable(),
      name: z.string(),
      status: z.string(),
      submitted_at: isoOrNull,
      claimed_by: z.string().nullable(),
      claimed_by_name: z.string().nullable(),
      claimed_until: isoOrNull,
      version: z.number().int(),
      kind: z.string(),
      relationship: z.string().nullable(),
      source_count: z.number().int().nullable(),
      report_kind: z.string().nullable(),
      submitted_by: z.string().nullable().describe("The submitter's user id; for a report, the signed-in reporter (null for a visitor)"),
      submitted_by_name: z.string().nullable().describe("Their display name (never an email)"),
      decided_by: z.string().nullable().describe("Who made the last decision on it so far (e.g. asked for changes before a resubmission)"),
      decided_by_name: z.string().nullable(),
      decided_at: isoOrNull,
      warnings: warningsShape.describe(
        "The list (not a count) of plausibility warnings found when the revision was sent; empty for reports and for revisions sent before the checks existed",
      ),
      date_findings: z.number().int().describe("Dates whose words and code disagree, as the date check last found them"),
      by_date_check: z.boolean().describe("A correction the date consistency check opened"),
      age_hours: z.number().int(),
      approvals: z.number().int().nullable().describe("Revisions: approvals standing for the current version (null for reports)"),
      approvals_needed: z.union([z.literal(1), z.literal(2)]).nullable().describe("Revisions: how many approvals publish it (null for reports)"),
      same_client_as_moderator: z
        .boolean()
        .describe("The submitter signed in within 30 days from the same client (address and browser) as a moderator"),
    }),
  ),
  next_cursor: z.string().nullable(),
  counts: z.object({
    new: z.number().int(),
    correction: z.number().int(),
    report: z.number().int(),
    mine: z.number().int(),
    changes_requested: z.number().int(),
  }),
});

const fieldChange = z.object({
  section: z.string(),
  op: z.enum(["added", "removed", "changed"]),
  item: z.string().optional(),
  field: z.string(),
  path: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  label: z
    .string()
    .describe(
      "What the change is about, in words for people, in the language of the request (?lang=, else Accept-Language): part, item and field, e.g. \"Events — Arrest · 1937 · Moscow — Date\". The other fields stay the machine-readable contract.",
    ),
});

export const revisionReview = z.object({
  id: z.string(),
  kind: z.enum(REVISION_KINDS),
  memorial_id: z.string().nullable(),
  based_on_revision_id: z.string().nullable(),
  status: z.enum(REVISION_STATUSES),
  version: z.number().int(),
  submitted_at: isoOrNull,
  submitter: z.object({ name: z.string().nullable(), relationship: z.string().nullable(), note: z.string().nullable() }),
  claimed_by: z.string().nullable(),
  claimed_until: isoOrNull,
  decision: z
    .object({
      at: isoOrNull,
      by: z.string().nullable(),
      reason: z.string().nullable(),
      living_confirmation: z
        .string()
        .nullable()
        .describe(
          "What the approval of a possibly living person rests on: death_confirmed or consent (a moderator's confirmation); for demo memorials the basis instead: death_recorded, born_over_110_years_ago or adult_before_1941",
        ),
    })
    .nullable(),
  possibly_living: z.boolean(),
  warnings: warningsShape.describe("Plausibility warnings of the document as it is"),
  warnings_explanation: z.string().nullable(),
  reopened_from: z.string().nullable(),
  document: z.record(z.string(), z.unknown()),
  memorial_changed_since_base: z.boolean(),
  duplicates: z.array(
    z.object({
      kind: z.enum(["memorial", "pending"]),
      id: z.string(),
      slug: z.string().nullable(),
      name: z.string(),
      birth: z.string().nullable(),
      death: z.string().nullable(),
      matchedName: z.string(),
      dateMatch: z
        .enum(["agree", "close", "unknown", "conflict"])
        .describe("How the candidate's birth and death dates fit this revision's; candidates come best first"),
    }),
  ),
});

export const claim = z.object({
  id: z.string(),
  status: z.literal("in_review").optional(),
  claimed_until: iso,
  version: z.number().int(),
});

export const released = z.object({ id: z.string(), status: z.literal("pending") });

export const diff = z.object({
  revision_id: z.string(),
  memorial_id: z.string().nullable(),
  against_revision_id: z
    .string()
    .nullable()
    .describe("The memorial's current revision; for an approved correction, the revision it replaced; null for a new memorial"),
  based_on_revision_id: z.string().nullable(),
  memorial_changed_since_base: z
    .boolean()
    .describe("The correction was based on another revision than against_revision_id: the memorial changed meanwhile (also kept for an approved correction)"),
  changes: z.array(fieldChange).describe("From against_revision_id to this revision"),
  changes_since_base: z
    .array(fieldChange)
    .describe("From based_on_revision_id to against_revision_id, when the memorial changed meanwhile: what approving would overwrite unless kept"),
});

export const decision = z.object({
  id: z.string(),
  status: z.enum(REVISION_STATUSES).describe("`pending` after the first of two approvals: nothing is published yet"),
  version: z.number().int(),
  memorial_id: z.string().nullable(),
  approvals: z.number().int().describe("Approvals standing for the revision after this decision (0 after a rejection or change request)"),
  approvals_needed: z
    .union([z.literal(1), z.literal(2)])
    .describe("2 for a new memorial when the archive requires two moderators (PUBLICATION_NEEDS_TWO_MODERATORS), else 1"),
});

export const messageList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      created_at: iso,
      author_name: z.string().nullable(),
      author_role: z.string().nullable(),
    }),
  ),
});

export const messageSent = z.object({ revision_id: z.string(), status: z.literal("sent") });

export const auditList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: iso,
      actor_id: z.string().nullable(),
      actor_name: z.string().nullable(),
      actor_email: z.string().nullable().optional(),
      action: z.string(),
      subject_type: z.string(),
      subject_id: z.string(),
      subject_version: z.number().int().nullable(),
      subject_label: z.string().nullable(),
      subject_href: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  next_before: z.number().int().nullable(),
  next_cursor: z.string().nullable(),
});

export const memorialAction = z.object({
  id: z.string(),
  status: z.enum(MEMORIAL_STATUSES),
  version: z.number().int(),
  merged_into_id: z.string().optional(),
  merge_id: z.string().optional(),
});

export const memorialAdmin = z.object({
  id: z.string(),
  slug: z.string(),
  status: z.enum(MEMORIAL_STATUSES),
  version: z.number().int(),
  current_revision_id: z.string(),
  merged_into_id: z.string().nullable(),
  withheld_reason: z.string().nullable(),
  revisions: z.array(z.object({ id: z.string(), kind: z.enum(REVISION_KINDS), status: z.enum(REVISION_STATUSES), version: z.number().int() })),
  merges: z.array(
    z.object({ id: z.string(), memorial_id: z.string(), survivor_id: z.string(), merged_at: iso, undone_at: isoOrNull }),
  ),
});

export const reportDetail = z.object({
  id: z.string(),
  memorial: z.object({ id: z.string(), name: z.string().nullable(), slug: z.string().nullable(), status: z.string().nullable() }),
  kind: z.enum(REPORT_KINDS),
  message: z.string(),
  status: z.enum(["open", "resolved"]),
  version: z.number().int(),
  claimed_by: z.string().nullable(),
  created_at: iso,
  resolution_note: z.string().nullable(),
  corrections: z
    .array(z.object({ revision_id: z.string(), status: z.enum(REVISION_STATUSES) }))
    .describe("Corrections opened from this report (newest first); sending one resolves the report"),
});

export const reportClaim = z.object({ id: z.string(), claimed_until: iso, version: z.number().int() });
export const reportResolved = z.object({ id: z.string(), status: z.literal("resolved"), version: z.number().int() });

export const userList = z.object({
  items: z.array(
    z.object({ id: z.string(), email: z.string(), display_name: z.string().nullable(), role: z.enum(ROLES), created_at: iso }),
  ),
});

export const roleChanged = z.object({ id: z.string(), role: z.enum(ROLES), changed: z.boolean() });

export const mediaItem = z.object({
  id: z.string(),
  sha256: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  status: z.enum(MEDIA_STATUSES),
  url: z.string(),
  thumb_url: z.string(),
  medium_url: z.string(),
  metadata_removed: z.array(z.string()),
  rejected_reason: z.string().nullable(),
  created_at: iso,
  ref: mediaRef,
  public: z.boolean().optional(),
});

export const mediaRejected = z.object({
  id: z.string(),
  status: z.enum(MEDIA_STATUSES),
  reason: z.string().nullable(),
  version: z.number().int(),
});

export const upload = z.object({
  upload_id: z.string(),
  status: z.enum(["open", "completed", "aborted"]),
  bytes: z.number().int(),
  part_size: z.number().int(),
  parts_total: z.number().int(),
  parts_received: z.array(z.number().int()),
  parts_missing: z.array(z.number().int()),
  expires_at: iso,
  media_id: z.string().nullable(),
});

export const uploadPart = z.object({ part: z.number().int(), bytes: z.number().int() });

const count = z.number().int().nonnegative();

/** POST /api/v1/admin/dates/check: one chunk of the date consistency check (src/editorial/date-check/date-check.ts). */
export const dateCheckChunk = z.object({
  checked: count.describe("Revisions read in this chunk"),
  found: count.describe("Of those, revisions with a date whose words and code disagree"),
  corrections_opened: count.describe("Corrections opened for published memorials"),
  next_cursor: z.string().nullable().describe("Send it as `cursor` for the next chunk; null when done"),
  done: z.boolean(),
});

/** POST /api/v1/admin/search/rebuild: one chunk of the index rebuild (src/archive/search/search-rebuild.ts). */
export const rebuildChunk = z.object({
  phase: z.enum(["orphans", "memorials"]),
  indexed: count.describe("Memorials reindexed in this chunk"),
  removed: count.describe("Memorials no longer published whose entries were removed"),
  next_cursor: z.string().nullable().describe("Send it as `cursor` for the next chunk; null when done"),
  done: z.boolean(),
});

/** GET /api/v1/admin/operations: the operator's figures (src/operations/dashboard/). */
export const operationsSnapshot = z.object({
  generated_at: iso,
  queue: z.object({
    pending: count,
    in_review: count,
    expired_claims: count,
    open_reports: count,
    changes_requested: count,
    oldest_waiting_revision: isoOrNull,
    oldest_open_report: isoOrNull,
  }),
  drafts: z.object({ total: count, untouched_30_days: count }),
  activity: z.array(z.object({ day: z.iso.date(), submitted: count, resubmitted: count, decided: count, reports: count })),
  sign_ins: z.object({ window_days: count, links_requested: count, completed: count, links_unused: count }),
  mail: z.object({ waiting: count, failed: count, oldest_waiting: isoOrNull }),
  database: z.object({ bytes: count.nullable(), limit_bytes: count }),
  dates: z
    .object({ revisions_with_findings: count, last_checked: isoOrNull })
    .describe("The date consistency check: stored revisions whose dates contradict their words (docs/operations.md)"),
});
