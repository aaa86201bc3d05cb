import { useI18n } from "../../../platform/views/i18n";

/** Every page invites corrections and reports; the forms belong to submissions and moderation. */
export function HelpImprove({ memorialId, slug }: { memorialId: string; slug: string }) {
  const { t } = useI18n();
  return (
    <section class="memorial__section help no-print" aria-labelledby="help">
      <h2 id="help">{t("memorials:help.title")}</h2>
      <p>{t("memorials:help.text")}</p>
      <p class="help__actions">
        <a class="button" href={`/submit?correct=${encodeURIComponent(memorialId)}`}>
          {t("memorials:help.suggest")}
        </a>{" "}
        <a class="button" href={`/memorials/${encodeURIComponent(slug)}/report`}>
          {t("memorials:help.report")}
        </a>
      </p>
    </section>
  );
}
