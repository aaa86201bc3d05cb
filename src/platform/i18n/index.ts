/**
 * The interface's one message catalogue (i18next). Platform registers its own namespaces here;
 * each area registers its namespaces from its `messages.ts` (which also adds their types to
 * `MessageNamespaces`), and src/index.ts calls `registerMessages` for every area, so this module
 * never imports an area. Components translate with `useI18n()` (src/platform/views/i18n.ts).
 */
import i18next, { type TFunction } from "i18next";
import { authMessages } from "../auth/auth.messages";
import { documentMessages } from "../views/document.messages";
import { evidenceMessages } from "../views/evidence.messages";
import { common } from "./common.messages";

export const LOCALES = ["en", "de", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", ru: "Русский" };

/** A feature's catalogue in every interface language (define.ts). */
export interface Catalogue {
  en: object;
  de: object;
  ru: object;
}

/** The English catalogues of some namespaces: the keys the type checker knows. */
export type EnglishOf<T extends Record<string, Catalogue>> = { [N in keyof T]: T[N]["en"] };

const platformMessages = { common, auth: authMessages, document: documentMessages, evidence: evidenceMessages } as const;

/**
 * Every namespace the interface has: platform's here; each area adds its own by augmenting this
 * interface in its messages.ts (`declare module "../platform/i18n"`).
 */
export interface MessageNamespaces extends EnglishOf<typeof platformMessages> {}

export type Namespaces = MessageNamespaces;
type NamespaceList = [keyof Namespaces, ...Array<keyof Namespaces>];

/** A translator that accepts "key" (common) and "namespace:key" for every feature. */
export type Translate = TFunction<NamespaceList>;

function resourcesFor(catalogues: Record<string, Catalogue>, locale: Locale) {
  return Object.fromEntries(Object.entries(catalogues).map(([ns, catalogue]) => [ns, catalogue[locale]]));
}

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LOCALES.map((l) => [l, resourcesFor(platformMessages, l)])),
  lng: "en",
  fallbackLng: "en",
  ns: Object.keys(platformMessages),
  defaultNS: "common",
  initAsync: false,
  returnNull: false,
  // JSX escapes every interpolated value; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false },
});

const namespaceList = Object.keys(platformMessages) as string[];
const translators = new Map<Locale, Translate>();

/** Adds an area's namespaces (src/index.ts does this once for every area, before any request). */
export function registerMessages(catalogues: Record<string, Catalogue>): void {
  for (const [ns, catalogue] of Object.entries(catalogues)) {
    if (namespaceList.includes(ns)) throw new Error(`The message namespace "${ns}" is registered twice.`);
    namespaceList.push(ns);
    for (const locale of LOCALES) instance.addResourceBundle(locale, ns, catalogue[locale]);
  }
  translators.clear();
}

export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = instance.getFixedT(locale, namespaceList as NamespaceList);
    translators.set(locale, t);
  }
  return t;
}

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}
