/** Revisions as the contributor API shows them (api.md): snake_case, ISO times, no emails. */
import type { WarningInWords } from "../revisions/plausibility-warnings";
import type { listRevisionMessages } from "../revisions/revision-messages";
import type { OwnRevisionItem, RevisionRow } from "./submissions.queries";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function revisionListItem(r: OwnRevisionItem) {
  return {
    id: r.id,
    memorial_id: r.memorialId,
    kind: r.kind,
    name: r.name,
    status: r.status,
    version: r.version,
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    submitted_at: iso(r.submittedAt),
  };
}

type Message = Awaited<ReturnType<typeof listRevisionMessages>>[number];

/** `warnings`: the plausibility warnings of the document as it is now (docs/plausibility.md). */
export function revisionDetail(r: RevisionRow, messages: Message[], warnings: WarningInWords[]) {
  return {
    id: r.id,
    memorial_id: r.memorialId,
    kind: r.kind,
    based_on_revision_id: r.basedOnRevisionId,
    status: r.status,
    version: r.version,
    // A draft's document is still incomplete; it is validated when the draft is submitted.
    document: JSON.parse(r.document) as unknown,
    submitter: { relationship: r.relationship, note: r.submitterNote, show_name: r.showName },
    consent: { publish: r.consentPublish },
    warnings,
    warnings_explanation: r.plausibilityNote,
    reopened_from: r.reopenedFrom,
    decision_reason: r.decisionReason,
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    submitted_at: iso(r.submittedAt),
    decided_at: iso(r.decidedAt),
    messages: messages.map((m) => ({
      id: m.id,
      body: m.body,
      created_at: iso(m.createdAt),
      author_role: m.authorId === r.submitterId ? "submitter" : m.authorRole,
      author_name: m.authorName,
    })),
  };
}
