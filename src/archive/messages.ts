/** The message namespaces of the archive area; src/index.ts registers them (src/platform/i18n). */
import type { EnglishOf } from "../platform/i18n";
import { memorialsMessages } from "./memorials/memorials.messages";
import { homeMessages } from "./home/home.messages";
import { browseMessages } from "./browse/browse.messages";
import { searchMessages } from "./search/search.messages";
import { recordsMessages } from "./records/records.messages";
import { groupsMessages } from "./groups/groups.messages";
import { versionsMessages } from "./versions/versions.messages";

export const archiveNamespaces = {
  memorials: memorialsMessages,
  home: homeMessages,
  browse: browseMessages,
  search: searchMessages,
  records: recordsMessages,
  groups: groupsMessages,
  versions: versionsMessages,
} as const;

declare module "../platform/i18n" {
  interface MessageNamespaces extends EnglishOf<typeof archiveNamespaces> {}
}
