/** The message namespaces of the operations area; src/index.ts registers them (src/platform/i18n). */
import type { EnglishOf } from "../platform/i18n";
import { adminMessages } from "./admin/admin.messages";
import { operationsMessages } from "./dashboard/operations.messages";

export const operationsNamespaces = {
  admin: adminMessages,
  operations: operationsMessages,
} as const;

declare module "../platform/i18n" {
  interface MessageNamespaces extends EnglishOf<typeof operationsNamespaces> {}
}
