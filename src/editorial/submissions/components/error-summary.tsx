/** The problems of a step at the top of the page, each linking to its field. */
import { useI18n } from "../../../platform/views/i18n";
import type { StepId } from "../form/draft";
import type { Problem } from "../form/field-errors";
import { fieldId } from "../form/form-values";

const ROW_LABELS = {
  names: "person.nameN",
  events: "fate.eventN",
  sources: "sources.sourceN",
  relations: "relations.relationN",
  markers: "markers.markerN",
} as const;

/** "Event 3: Please fill in this field." — which row a message belongs to. */
function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  const [top, index] = problem.field.split(".");
  const key = ROW_LABELS[top as keyof typeof ROW_LABELS];
  if (!key || index === undefined || !/^\d+$/.test(index)) return <>{problem.message}</>;
  return <>{`${t(`submissions:${key}`, { n: Number(index) + 1 })}: ${problem.message}`}</>;
}

export function ErrorSummary({
  problems,
  otherSteps,
  revisionId,
}: {
  problems: Problem[];
  otherSteps: StepId[];
  revisionId: string;
}) {
  const { t } = useI18n();
  if (problems.length === 0 && otherSteps.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("submissions:summary.title")}</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={`#${fieldId(p.field)}`}>
              <ProblemText problem={p} />
            </a>
          </li>
        ))}
        {otherSteps.map((s) => (
          <li>
            <a href={`/submit/${revisionId}/${s}?check=1`}>{t(`submissions:steps.${s}`)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
