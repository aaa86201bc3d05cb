/** The message namespaces of the media area; src/index.ts registers them (src/platform/i18n). */
import type { EnglishOf } from "../platform/i18n";
import { mediaMessages } from "./media.messages";

export const mediaNamespaces = {
  media: mediaMessages,
} as const;

declare module "../platform/i18n" {
  interface MessageNamespaces extends EnglishOf<typeof mediaNamespaces> {}
}
