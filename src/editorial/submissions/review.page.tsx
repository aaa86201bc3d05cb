/** The last step: the whole entry with change links, what is still missing, and the send button. */
import { PlausibilityWarnings } from "../revisions/components/plausibility-warnings";
import type { PlausibilityWarning } from "../../domain/plausibility";
import { DiffView } from "../../platform/views/components/diff-view";
import { useI18n } from "../../platform/views/i18n";
import { TextArea } from "./components/inputs";
import type { CorrectionChanges } from "./correction-changes";
import { MessageThread, type ThreadMessage } from "./components/message-thread";
import { ReviewSummary } from "./components/review-summary";
import { StepList, SubmissionTitle } from "./components/step-layout";
import { STEPS, type Draft } from "./form/draft";
import { locate, type Problem } from "./form/field-errors";
import { fieldId } from "./form/form-values";
import type { RevisionRow } from "./submissions.queries";

export interface ReviewPageProps {
  revision: RevisionRow;
  draft: Draft;
  problems: Problem[];
  messages: ThreadMessage[];
  /** Plausibility warnings: shown, never blocking; the submitter may explain them. */
  warnings: PlausibilityWarning[];
  /** For a correction whose draft reads as a document: the published entry and the draft. */
  changes?: CorrectionChanges | null;
  /** Names of the memorials that relations link to, by id. */
  memorials?: ReadonlyMap<string, string>;
}

export function ReviewPage({ revision, draft, problems, messages, warnings, changes, memorials }: ReviewPageProps) {
  const { t } = useI18n();
  const flagged = new Set(problems.map((p) => p.step));
  const moderatorMessages = messages.filter((m) => m.authorId !== revision.submitterId);
  return (
    <div class="submission">
      <header class="submission__header">
        <p class="submission__count">
          {t("submissions:steps.count", { n: STEPS.length, total: STEPS.length })}
        </p>
        <h1>
          <SubmissionTitle revision={revision} draft={draft} />
        </h1>
      </header>
      <div class="submission__body">
        <h2>{t("submissions:steps.review")}</h2>
        {revision.status === "changes_requested" && moderatorMessages.length ? (
          <div class="notice">
            <p>
              <strong>{t("submissions:review.moderatorSays")}</strong>
            </p>
            <MessageThread messages={moderatorMessages} submitterId={revision.submitterId} />
          </div>
        ) : null}
        <p class="lead">{t("submissions:review.intro")}</p>
        {problems.length ? (
          <div class="error-summary" aria-labelledby="review-problems">
            <h2 id="review-problems">{t("submissions:review.problems")}</h2>
            <ul>
              {problems.map((p) => (
                <li>
                  <a
                    href={`/submit/${revision.id}/${p.step}?check=1#${fieldId(p.field)}`}
                  >{`${t(`submissions:steps.${p.step}`)}: ${p.message}`}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="notice">{t("submissions:review.ready")}</p>
        )}
        <PlausibilityWarnings
          warnings={warnings}
          audience="submitter"
          hrefOf={(path) => {
            const { step, field } = locate(path.split("."));
            return `/submit/${revision.id}/${step}#${fieldId(field)}`;
          }}
        />
        {changes ? (
          <section class="review-changes" aria-labelledby="review-changes">
            <h2 id="review-changes">{t("submissions:review.yourChanges")}</h2>
            <DiffView before={changes.before} after={changes.after} memorials={memorials} />
          </section>
        ) : null}
        <ReviewSummary draft={draft} revision={revision} editable memorials={memorials} />
        <form method="post" action={`/submit/${revision.id}/send`}>
          <input type="hidden" name="version" value={String(revision.version)} />
          {warnings.length || revision.plausibilityNote ? (
            <TextArea
              name="warnings_explanation"
              label={t("plausibility:explanation")}
              hint={t("plausibility:explanationHint")}
              value={revision.plausibilityNote ?? ""}
              rows={3}
            />
          ) : null}
          <button type="submit" class="button button--primary">
            {revision.status === "changes_requested"
              ? t("submissions:actions.sendAgain")
              : t("submissions:actions.send")}
          </button>
        </form>
      </div>
      <StepList current="review" revisionId={revision.id} flagged={flagged} />
    </div>
  );
}
