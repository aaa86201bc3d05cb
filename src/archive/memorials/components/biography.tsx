import { pickLocalized, renderMarkdown } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { LOCALE_NAMES, isLocale } from "../../../platform/i18n";

/** The biography in the reader's language when it exists, otherwise in one that does, marked. */
export function Biography({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  const picked = pickLocalized(doc.biography, locale);
  if (!picked) return null;
  const languageName = isLocale(picked.lang) ? LOCALE_NAMES[picked.lang] : picked.lang;
  return (
    <section class="memorial__section" aria-labelledby="biography">
      <h2 id="biography">{t("memorials:page.biography")}</h2>
      {picked.lang !== locale ? (
        <p class="notice">
          {t("memorials:page.inOtherLanguage")} (<span lang={picked.lang}>{languageName}</span>)
        </p>
      ) : null}
      {/* renderMarkdown escapes all HTML in the source; only Markdown's own markup is produced. */}
      <div class="prose" lang={picked.lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(picked.text) }} />
    </section>
  );
}
