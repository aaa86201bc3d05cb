/**
 * The plausibility warnings of a revision as one notice: for the submitter on the review step
 * (each with a link to the field) and for moderators on the review page (with the submitter's
 * explanation). Warnings never block anything, so this is a notice, not an error summary.
 */
import type { PlausibilityWarning } from "../../../domain/plausibility";
import { useI18n } from "../../../platform/views/i18n";
import { describeWarnings } from "../plausibility-warnings";

export interface PlausibilityWarningsProps {
  warnings: PlausibilityWarning[];
  audience: "submitter" | "moderator";
  /** Where the submitter changes the field at a path. */
  hrefOf?: (path: string) => string;
  /** What the submitter wrote about these dates. */
  explanation?: string | null;
}

export function PlausibilityWarnings({ warnings, audience, hrefOf, explanation }: PlausibilityWarningsProps) {
  const { t, locale } = useI18n();
  if (warnings.length === 0 && !explanation) return null;
  const described = describeWarnings(warnings, t, locale);
  return (
    <section class="notice notice--warning plausibility" aria-labelledby="plausibility-title" data-warnings={String(warnings.length)}>
      <h2 id="plausibility-title">{t("plausibility:title")}</h2>
      {described.length ? (
        <>
          <p>{t(audience === "submitter" ? "plausibility:introSubmitter" : "plausibility:introModerator")}</p>
          <ul>
            {described.map((w) => (
              <li data-code={w.code}>
                {w.message}
                {hrefOf ? (
                  <>
                    {" "}
                    <a href={hrefOf(w.path)}>{t("plausibility:change")}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {explanation && audience === "moderator" ? (
        <>
          <p>
            <strong>{t("plausibility:explained")}</strong>
          </p>
          <p class="thread__body">{explanation}</p>
        </>
      ) : null}
    </section>
  );
}
