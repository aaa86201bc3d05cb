import { useI18n } from "../../../platform/views/i18n";
import type { Locale } from "../../../platform/i18n";
import { dateTimeFormat } from "../../../domain/intl";

const ACCESS_DATE: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { dateStyle: "long" },
  de: { dateStyle: "long" },
  // Russian bibliographic practice (GOST R 7.0.100) writes the access date as 22.11.2026.
  ru: { day: "2-digit", month: "2-digit", year: "numeric" },
};

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE", ru: "ru-RU" };

export interface CitationInput {
  title: string;
  authors: string[];
  permanentUrl: string;
  accessed: Date;
}

/** The ready citation in the reader's language and their bibliographic custom. */
export function useCitation({ title, authors, permanentUrl, accessed }: CitationInput): string {
  const { t, locale } = useI18n();
  const date = dateTimeFormat(INTL_LOCALE[locale], { ...ACCESS_DATE[locale], timeZone: "UTC" }).format(accessed);
  const values = { title, archive: t("memorials:cite.archive"), url: permanentUrl, date };
  return authors.length > 0
    ? t("memorials:cite.text", { ...values, author: authors.join(", ") })
    : t("memorials:cite.textAnonymous", values);
}

/** "How to cite": the citation in a read-only field to copy, and the permanent link by id. */
export function HowToCite(props: CitationInput) {
  const { t } = useI18n();
  const citation = useCitation(props);
  return (
    <section class="memorial__section cite" aria-labelledby="cite">
      <h2 id="cite">{t("memorials:cite.title")}</h2>
      <p>{t("memorials:cite.intro")}</p>
      <label for="citation-text" class="visually-hidden">
        {t("memorials:cite.label")}
      </label>
      <textarea id="citation-text" class="cite__text" readonly rows={3}>
        {citation}
      </textarea>
      <p class="no-print">
        <button type="button" class="button" data-copy="citation-text" data-copied={t("memorials:cite.copied")} hidden>
          {t("memorials:cite.copy")}
        </button>{" "}
        <span class="cite__status" role="status"></span>
      </p>
      <p>
        {t("memorials:cite.permanent")}: <a href={props.permanentUrl}>{props.permanentUrl}</a>
      </p>
    </section>
  );
}
