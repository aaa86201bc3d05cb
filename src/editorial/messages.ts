/** The message namespaces of the editorial area; src/index.ts registers them (src/platform/i18n). */
import type { EnglishOf } from "../platform/i18n";
import { moderationMessages } from "./moderation/moderation.messages";
import { reportsMessages } from "./reports/reports.messages";
import { submissionsMessages } from "./submissions/submissions.messages";
import { plausibilityMessages } from "./revisions/plausibility.messages";
import { dateCheckMessages } from "./date-check/date-check.messages";
import { auditMessages } from "./moderation/audit.messages";
import { importNotesMessages } from "./revisions/import-notes.messages";
import { groupsEditorialMessages } from "./groups/groups-editorial.messages";

export const editorialNamespaces = {
  moderation: moderationMessages,
  reports: reportsMessages,
  submissions: submissionsMessages,
  plausibility: plausibilityMessages,
  dates: dateCheckMessages,
  audit: auditMessages,
  importNotes: importNotesMessages,
  groupProposals: groupsEditorialMessages,
} as const;

declare module "../platform/i18n" {
  interface MessageNamespaces extends EnglishOf<typeof editorialNamespaces> {}
}
