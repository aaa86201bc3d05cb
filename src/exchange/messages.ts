/** The message namespaces of the exchange area; src/index.ts registers them (src/platform/i18n). */
import type { EnglishOf } from "../platform/i18n";
import { feedsMessages } from "./feeds/feeds.messages";
import { importsMessages } from "./imports/imports.messages";
import { opendataMessages } from "./exports/opendata.messages";

export const exchangeNamespaces = {
  feeds: feedsMessages,
  imports: importsMessages,
  opendata: opendataMessages,
} as const;

declare module "../platform/i18n" {
  interface MessageNamespaces extends EnglishOf<typeof exchangeNamespaces> {}
}
