/**
 * GET /help/evidence: what the marks beside each fact mean — certainty, kinds of sources,
 * versions, agencies and grounds, last known traces, possible identities. The memorial pages'
 * certainty marks and source kinds link to its anchors (#certainty, #sources, #source-<kind>).
 */
import { CERTAINTIES, SOURCE_KINDS } from "../../domain/person-vocabulary";
import { useI18n } from "../../platform/views/i18n";

export function EvidenceHelpPage() {
  const { t } = useI18n();
  return (
    <article class="prose evidence-help">
      <h1>{t("evidence:help.title")}</h1>
      <p>{t("evidence:help.intro")}</p>
      <section aria-labelledby="certainty">
        <h2 id="certainty">{t("evidence:help.certaintyTitle")}</h2>
        <dl>
          {CERTAINTIES.map((c) => (
            <>
              <dt>{t(`memorials:certainty.${c}`)}</dt>
              <dd>{t(`evidence:help.certainty.${c}`)}</dd>
            </>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{t("evidence:help.sourcesTitle")}</h2>
        <dl>
          {SOURCE_KINDS.map((kind) => (
            <>
              <dt id={`source-${kind}`}>{t(`evidence:sourceKinds.${kind}`)}</dt>
              <dd>{t(`evidence:sourceKindHelp.${kind}`)}</dd>
            </>
          ))}
        </dl>
      </section>
      <section aria-labelledby="versions">
        <h2 id="versions">{t("evidence:help.versionsTitle")}</h2>
        <p>{t("evidence:help.versions")}</p>
      </section>
      <section aria-labelledby="agency">
        <h2 id="agency">{t("evidence:help.agencyTitle")}</h2>
        <p>{t("evidence:help.agency")}</p>
      </section>
      <section aria-labelledby="ends">
        <h2 id="ends">{t("evidence:help.endsTitle")}</h2>
        <p>{t("evidence:help.ends")}</p>
      </section>
      <section aria-labelledby="identity">
        <h2 id="identity">{t("evidence:help.identityTitle")}</h2>
        <p>{t("evidence:help.identity")}</p>
      </section>
    </article>
  );
}
