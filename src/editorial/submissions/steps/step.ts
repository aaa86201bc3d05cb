import type { Child } from "hono/jsx";
import type { FormValues } from "../../../platform/http/forms";
import type { Locale } from "../../../platform/i18n";
import type { Draft } from "../form/draft";
import type { DraftChanges } from "../submission-writes";
import type { RevisionRow } from "../submissions.queries";

export interface StepProps {
  draft: Draft;
  revision: RevisionRow;
  /** Messages by form field name, e.g. { "events.0.date": "…" }. */
  errors: Record<string, string>;
}

/** What saving a step changes: the draft document and, for the last step, revision columns. */
export interface StepResult {
  draft: Draft;
  changes?: Omit<DraftChanges, "document" | "draftStep">;
}

/** One step of the form: its fields, and how its submitted values change the draft. */
export interface StepModule {
  Fields: (props: StepProps) => Child;
  apply: (draft: Draft, values: FormValues, locale: Locale) => StepResult;
}
