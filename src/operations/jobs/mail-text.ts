/** What mail written by a cron job needs: links to the site and dates in the reader's language. */
import { INTL_LOCALE } from "../../editorial/submissions/components/message-thread";
import { isLocale, translator, type Locale } from "../../platform/i18n";

export function readerLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : "en";
}

export function mailDate(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(ms);
}

export function mailTranslator(stored: string | null | undefined) {
  const locale = readerLocale(stored);
  return { locale, t: translator(locale) };
}
