/**
 * Dates whose words and code disagree, in the reader's language: "Death: the words
 * “wahrscheinlich 1942” say 1942 (uncertain), the date code says 1890." Never a field path.
 */
import type { DateFinding, DateOwner } from "../../domain/dates/document-dates";
import { formatEdtf } from "../../domain/dates/date-format";
import { useI18n } from "../../platform/views/i18n";

function useOwner(of: DateOwner | undefined): string {
  const { t } = useI18n();
  if (!of) return t("dates:owners.media");
  const eventType = (type: string) => t(`memorials:eventTypes.${type as "other"}`, { defaultValue: type });
  switch (of.section) {
    case "event":
      return eventType(of.type);
    case "alternative":
      return t("dates:owners.alternative", { type: eventType(of.type) });
    case "marker":
      return t("dates:owners.marker", { kind: t(`memorials:markerKinds.${of.kind as "other"}`, { defaultValue: of.kind }) });
    case "media":
      return t("dates:owners.media");
  }
}

export function DateFindingText({ finding }: { finding: DateFinding }) {
  const { t, locale } = useI18n();
  const what = useOwner(finding.of);
  const words = finding.wordsEdtf ? formatEdtf(finding.wordsEdtf, locale) : "";
  if (finding.kind === "disagrees") {
    return <>{t("dates:finding.disagrees", { what, text: finding.text ?? "", words, code: formatEdtf(finding.edtf, locale) })}</>;
  }
  const reason = t(`dates:reasons.${finding.problem ?? "syntax"}`);
  return finding.wordsEdtf ? (
    <>{t("dates:finding.invalidWords", { what, code: finding.edtf, reason, text: finding.text ?? "", words })}</>
  ) : (
    <>{t("dates:finding.invalid", { what, code: finding.edtf, reason })}</>
  );
}

/** For moderators on the review page: the revision's wrong dates, and whether the check opened it. */
export function DateFindingsNotice({ findings, byCheck }: { findings: DateFinding[]; byCheck: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {byCheck ? <p class="notice" data-date-check="opened">{t("dates:notice.byCheck")}</p> : null}
      {findings.length ? (
        <section class="notice notice--warning" aria-labelledby="date-findings" data-date-check="findings">
          <h2 id="date-findings">{t("dates:notice.title")}</h2>
          <p>{t("dates:notice.intro")}</p>
          <ul>
            {findings.map((finding) => (
              <li>
                <DateFindingText finding={finding} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
