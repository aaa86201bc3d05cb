/** Step 3: the biography, one text per language (the reader's language first). */
import type { Locale } from "../../../platform/i18n";
import { LOCALES } from "../../../platform/i18n";
import { useI18n } from "../../../platform/views/i18n";
import { TextArea } from "../components/inputs";
import type { Draft } from "../form/draft";
import { textValue } from "../form/form-values";
import type { StepModule, StepProps } from "./step";

/** The reader's language, then every language the biography already has. */
function biographyLanguages(draft: Draft, locale: Locale): string[] {
  return [...new Set([locale, ...Object.keys(draft.biography ?? {})])];
}

function languageName(lang: string, t: ReturnType<typeof useI18n>["t"]): string {
  return (LOCALES as readonly string[]).includes(lang)
    ? t(`submissions:languages.${lang as Locale}`)
    : lang;
}

function Fields({ draft, errors }: StepProps) {
  const { t, locale } = useI18n();
  return (
    <>
      <p class="lead">{t("submissions:biography.intro")}</p>
      {biographyLanguages(draft, locale).map((lang) => (
        <TextArea
          name={`biography.${lang}`}
          label={t("submissions:biography.inLanguage", { language: languageName(lang, t) })}
          hint={t("submissions:biography.hint")}
          value={draft.biography?.[lang] ?? ""}
          lang={lang}
          rows={12}
          error={errors[`biography.${lang}`]}
        />
      ))}
    </>
  );
}

export const biographyStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const biography: Record<string, string> = {};
    for (const lang of biographyLanguages(draft, locale)) {
      const text = textValue(values, `biography.${lang}`, 30_000);
      if (text) biography[lang] = text;
      // A language not in this form (it was added meanwhile) is kept.
      else if (!(`biography.${lang}` in values) && draft.biography?.[lang])
        biography[lang] = draft.biography[lang];
    }
    const next: Draft = { ...draft, biography };
    if (Object.keys(biography).length === 0) delete next.biography;
    return { draft: next };
  },
};
