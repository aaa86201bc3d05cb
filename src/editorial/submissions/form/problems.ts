/** Everything that stops a draft from being sent, per step and field, in the submitter's language. */
import type { Translate } from "../../../platform/i18n";
import { personDocumentSchema, type PersonDocument } from "../../../domain/person-document";
import type { RevisionRow } from "../submissions.queries";
import { stringOf, type Draft } from "./draft";
import { localiseIssue, locate, type Problem } from "./field-errors";

export type DraftCheck =
  { ok: true; document: PersonDocument; problems: [] } | { ok: false; problems: Problem[] };

/** The stored wording of the date an issue path points into, if any. */
function dateTextAt(draft: Draft, path: ReadonlyArray<PropertyKey>): string | undefined {
  const at = path.findIndex((p) => p === "date" || p === "installed");
  if (at < 0) return undefined;
  let node: unknown = draft;
  for (const key of path.slice(0, at + 1))
    node =
      node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node && typeof node === "object"
    ? stringOf((node as Record<string, unknown>).text)
    : undefined;
}

export function checkDraft(
  draft: Draft,
  revision: Pick<RevisionRow, "relationship" | "consentPublish">,
  t: Translate,
): DraftCheck {
  const result = personDocumentSchema.safeParse(draft);
  const problems: Problem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        ...locate(issue.path),
        message: localiseIssue(issue, t, dateTextAt(draft, issue.path)),
      }));
  if (!revision.relationship)
    problems.push({
      step: "submitter",
      field: "relationship",
      message: t("submissions:errors.relationship"),
    });
  if (!revision.consentPublish)
    problems.push({
      step: "submitter",
      field: "consent",
      message: t("submissions:errors.consent"),
    });
  if (result.success && problems.length === 0)
    return { ok: true, document: result.data, problems: [] };
  return { ok: false, problems };
}
