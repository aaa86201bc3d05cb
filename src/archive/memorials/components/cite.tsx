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
  /** Somebody who did not choose to be named contributed too: "… and other Zeugnis contributors". */
  othersUnnamed?: boolean;
  /** The version cited; `permanentUrl` is then that version's permanent address. */
  version?: { number: number; publishedAt: number };
  permanentUrl: string;
  /** The entry's own permanent link, which always shows its newest version. */
  entryUrl?: string;
  accessed: Date;
  /** Links to the same citation for reference managers (BibTeX, RIS, CSL-JSON). */
  downloads?: Array<{ label: string; href: string }>;
}

/** The ready citation in the reader's language and their bibliographic custom. */
export function useCitation({ title, authors, othersUnnamed, version, permanentUrl, accessed }: CitationInput): string {
  const { t, locale } = useI18n();
  const format = (at: Date | number) => dateTimeFormat(INTL_LOCALE[locale], { ...ACCESS_DATE[locale], timeZone: "UTC" }).format(at);
  const values = { title, archive: t("memorials:cite.archive"), url: permanentUrl, date: format(accessed) };
  if (version) {
    const names = authors.join(", ");
    // Never one corrector alone as if they wrote the whole entry, and never a name not given for it.
    const author = !names ? t("memorials:cite.contributors") : othersUnnamed ? t("memorials:cite.andOthers", { names }) : names;
    return t("memorials:cite.textVersion", { ...values, author, version: version.number, versionDate: format(version.publishedAt) });
  }
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
        {t(props.version ? "memorials:cite.permanentVersion" : "memorials:cite.permanent")}: <a href={props.permanentUrl}>{props.permanentUrl}</a>
      </p>
      {props.entryUrl && props.entryUrl !== props.permanentUrl ? (
        <p>
          {t("memorials:cite.permanent")}: <a href={props.entryUrl}>{props.entryUrl}</a>
        </p>
      ) : null}
      {props.downloads?.length ? (
        <p class="cite__downloads">
          {t("memorials:cite.downloads")}:{" "}
          {props.downloads.map((d, i) => (
            <>
              {i > 0 ? " · " : ""}
              <a href={d.href} download>
                {d.label}
              </a>
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}
