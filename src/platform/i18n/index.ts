/**
 * The interface's one message catalogue (i18next), assembled from each feature's messages file.
 * A feature adds its namespace here; components translate with `useI18n()` (src/platform/views/i18n.ts).
 */
import i18next, { type TFunction } from "i18next";
import { common } from "./common.messages";
import { memorialsMessages } from "../../archive/memorials/memorials.messages";
import { homeMessages } from "../../archive/home/home.messages";
import { authMessages } from "../auth/auth.messages";
import { moderationMessages } from "../../editorial/moderation/moderation.messages";
import { reportsMessages } from "../../editorial/reports/reports.messages";
import { adminMessages } from "../../operations/admin/admin.messages";
import { submissionsMessages } from "../../editorial/submissions/submissions.messages";
import { feedsMessages } from "../../exchange/feeds/feeds.messages";
import { browseMessages } from "../../archive/browse/browse.messages";
import { mediaMessages } from "../../media/media.messages";
import { searchMessages } from "../../archive/search/search.messages";
import { importsMessages } from "../../exchange/imports/imports.messages";
import { importNotesMessages } from "../../exchange/imports/import-notes.messages";
import { operationsMessages } from "../../operations/dashboard/operations.messages";
import { plausibilityMessages } from "../../editorial/revisions/plausibility.messages";
import { dateCheckMessages } from "../../operations/dashboard/date-check.messages";
import { documentMessages } from "../views/document.messages";
import { auditMessages } from "../../editorial/moderation/audit.messages";
import { opendataMessages } from "../../exchange/exports/opendata.messages";
import { recordsMessages } from "../../archive/records/records.messages";

export const LOCALES = ["en", "de", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", ru: "Русский" };

const namespaces = {
  common,
  memorials: memorialsMessages,
  home: homeMessages,
  auth: authMessages,
  moderation: moderationMessages,
  reports: reportsMessages,
  admin: adminMessages,
  submissions: submissionsMessages,
  feeds: feedsMessages,
  browse: browseMessages,
  media: mediaMessages,
  search: searchMessages,
  imports: importsMessages,
  importNotes: importNotesMessages,
  operations: operationsMessages,
  plausibility: plausibilityMessages,
  dates: dateCheckMessages,
  document: documentMessages,
  audit: auditMessages,
  opendata: opendataMessages,
  records: recordsMessages,
} as const;

export type Namespaces = { [N in keyof typeof namespaces]: (typeof namespaces)[N]["en"] };
type NamespaceList = [keyof Namespaces, ...Array<keyof Namespaces>];

/** A translator that accepts "key" (common) and "namespace:key" for every feature. */
export type Translate = TFunction<NamespaceList>;

function resourcesFor(locale: Locale) {
  return Object.fromEntries(
    Object.entries(namespaces).map(([ns, catalogue]) => [ns, catalogue[locale]]),
  );
}

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LOCALES.map((l) => [l, resourcesFor(l)])),
  lng: "en",
  fallbackLng: "en",
  ns: Object.keys(namespaces),
  defaultNS: "common",
  initAsync: false,
  returnNull: false,
  // JSX escapes every interpolated value; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false },
});

const namespaceList = Object.keys(namespaces) as NamespaceList;
const translators = new Map<Locale, Translate>(
  LOCALES.map((l) => [l, instance.getFixedT(l, namespaceList)]),
);

export function translator(locale: Locale): Translate {
  return translators.get(locale)!;
}

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}
