/**
 * The frame of every step: title, the list of steps, the problems of this step with links to
 * their fields, the step's fields and the save buttons. The step list comes after the form in
 * the page so that pressing Enter in a field means "Save and continue"; CSS shows it first.
 */
import type { Child } from "hono/jsx";
import { useI18n } from "../../../platform/views/i18n";
import { draftName, STEPS, type Draft, type StepId } from "../form/draft";
import type { Problem } from "../form/field-errors";
import { ErrorSummary } from "./error-summary";
import type { RevisionRow } from "../submissions.queries";

export function SubmissionTitle({
  revision,
  draft,
}: {
  revision: Pick<RevisionRow, "kind">;
  draft: Draft;
}) {
  const { t } = useI18n();
  const name = draftName(draft);
  if (!name) return <>{t("submissions:titles.unnamed")}</>;
  return (
    <>
      {t(
        revision.kind === "correction" ? "submissions:titles.correction" : "submissions:titles.new",
        { name },
      )}
    </>
  );
}

/** Steps as buttons of the form (saving on the way) or, on the review page, as links. */
export function StepList({
  current,
  revisionId,
  flagged,
  formId,
}: {
  current: StepId;
  revisionId: string;
  flagged: Set<StepId>;
  formId?: string;
}) {
  const { t } = useI18n();
  return (
    <nav class="step-list" aria-label={t("submissions:steps.label")}>
      <ol>
        {STEPS.map((step) => {
          const label = (
            <>
              {t(`submissions:steps.${step}`)}
              {flagged.has(step) ? (
                <span class="step-list__flag"> {t("submissions:steps.problem")}</span>
              ) : null}
            </>
          );
          if (step === current) {
            return (
              <li class="step-list__current" aria-current="step">
                {label}
                <span class="visually-hidden"> {t("submissions:steps.current")}</span>
              </li>
            );
          }
          return (
            <li>
              {formId ? (
                <button
                  type="submit"
                  form={formId}
                  name="action"
                  value={`goto:${step}`}
                  class="link-button"
                >
                  {label}
                </button>
              ) : (
                <a href={`/submit/${revisionId}/${step}`}>{label}</a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export interface StepFrameProps {
  revision: RevisionRow;
  draft: Draft;
  step: StepId;
  problems: Problem[];
  /** Whether problems are shown (after "Save and continue" or sending failed), not on a first visit. */
  checking: boolean;
  children: Child;
}

export function StepFrame({ revision, draft, step, problems, checking, children }: StepFrameProps) {
  const { t } = useI18n();
  const shown = checking ? problems : [];
  const here = shown.filter((p) => p.step === step);
  const flagged = new Set(shown.map((p) => p.step));
  const others = [...flagged].filter((s) => s !== step && s !== "review");
  return (
    <div class="submission">
      <header class="submission__header">
        <p class="submission__count">
          {t("submissions:steps.count", { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
        </p>
        <h1>
          <SubmissionTitle revision={revision} draft={draft} />
        </h1>
      </header>
      <div class="submission__body">
        <ErrorSummary problems={here} otherSteps={others} revisionId={revision.id} />
        <form id="step-form" method="post" action={`/submit/${revision.id}/${step}`} novalidate>
          <h2>{t(`submissions:steps.${step}`)}</h2>
          {children}
          <div class="form-actions">
            <button type="submit" name="action" value="continue" class="button button--primary">
              {t("submissions:actions.continue")}
            </button>
            {step !== "person" ? (
              <button type="submit" name="action" value="back" class="button">
                {t("submissions:actions.back")}
              </button>
            ) : null}
            <button type="submit" name="action" value="later" class="button">
              {t("submissions:actions.later")}
            </button>
          </div>
        </form>
      </div>
      <StepList current={step} revisionId={revision.id} flagged={flagged} formId="step-form" />
    </div>
  );
}
