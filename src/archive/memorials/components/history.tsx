import type { Locale } from "../../../platform/i18n";
import { useI18n } from "../../../platform/views/i18n";
import type { EntryVersion } from "../memorial-page.queries";
import { dateTimeFormat } from "../../../domain/intl";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE", ru: "ru-RU" };

/** A publication date in the reader's language, with a machine-readable <time>. */
export function PublishedDate({ at }: { at: number }) {
  const { locale } = useI18n();
  const date = new Date(at);
  return (
    <time datetime={date.toISOString().slice(0, 10)}>
      {dateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(date)}
    </time>
  );
}

/** Last updated, and when each approved version was published — dates and kinds only; the full history is a page of its own. */
export function EntryHistorySection({ versions, updatedAt, historyUrl }: { versions: EntryVersion[]; updatedAt: number; historyUrl: string }) {
  const { t } = useI18n();
  return (
    <section class="memorial__section history" aria-labelledby="history">
      <h2 id="history">{t("memorials:history.title")}</h2>
      <p class="memorial__updated">
        {t("memorials:page.lastUpdated")}: <PublishedDate at={updatedAt} />
      </p>
      <ol class="history__list">
        {versions.map((v) => (
          <li>
            {t(`memorials:history.${v.kind}`)}: <PublishedDate at={v.publishedAt} />
          </li>
        ))}
      </ol>
      <p class="muted">{t("memorials:history.intro")}</p>
      <p>
        <a href={historyUrl}>{t("memorials:history.link")}</a>
      </p>
    </section>
  );
}
