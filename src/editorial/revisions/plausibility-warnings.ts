/**
 * Plausibility warnings as the archive passes them on: in words of the reader's language (API,
 * pages, import results), and stored with a revision when it is sent, so that the queue can show
 * them without reading every document (docs/plausibility.md).
 */
import { z } from "zod";
import type { Translate } from "../../platform/i18n";
import type { DateLocale } from "../../domain/dates/date-format";
import { formatEdtf } from "../../domain/dates/date-format";
import {
  PLAUSIBILITY_CODES,
  plausibilityWarnings,
  type PlausibilityCode,
  type PlausibilityInput,
  type PlausibilityWarning,
} from "../../domain/plausibility";

/** A warning as API answers carry it (api.md): `{ path, code, message }`. */
export interface WarningInWords {
  path: string;
  code: PlausibilityCode;
  message: string;
}

/** The answers' schema of a list of warnings (OpenAPI). */
export const warningsShape = z.array(
  z
    .object({
      path: z.string().describe("The field, as validation errors name it: events.2.date"),
      code: z.enum(PLAUSIBILITY_CODES),
      message: z.string().describe("In the language of the request (Accept-Language, ?lang=)"),
    })
    .describe("A date that looks implausible (docs/plausibility.md): never a refusal, a reason to look twice"),
);

function what(warning: PlausibilityWarning, t: Translate): string {
  const { path, params } = warning;
  if (path.startsWith("media.")) return t("plausibility:what.file", { n: Number(path.split(".")[1]) + 1 });
  if (path.startsWith("markers.")) return t(`memorials:markerKinds.${params.markerKind ?? "other"}`);
  const type = t(`memorials:eventTypes.${params.type ?? "other"}`);
  return path.includes(".alternatives.") ? t("plausibility:what.otherVersion", { what: type }) : type;
}

/**
 * One warning in the reader's words.
 * @example describeWarning(w, t, "en").message // "“Death” (1890) is dated before the birth (about 1895): the person died before being born."
 */
export function describeWarning(warning: PlausibilityWarning, t: Translate, locale: DateLocale): WarningInWords {
  const date = (edtf: string | undefined) => (edtf ? formatEdtf(edtf, locale) : t("plausibility:undated"));
  const { params } = warning;
  const message = t(`plausibility:codes.${warning.code}`, {
    what: what(warning, t),
    date: date(params.date),
    other: date(params.other),
    otherWhat: t(`memorials:eventTypes.${params.otherType ?? "other"}`),
  });
  return { path: warning.path, code: warning.code, message };
}

export function describeWarnings(warnings: readonly PlausibilityWarning[], t: Translate, locale: DateLocale): WarningInWords[] {
  return warnings.map((w) => describeWarning(w, t, locale));
}

/** The warnings of a document in words; drafts are checked as far as their dates are valid. */
export function documentWarnings(doc: PlausibilityInput, t: Translate, locale: DateLocale, now = Date.now()): WarningInWords[] {
  return describeWarnings(plausibilityWarnings(doc, now), t, locale);
}

/** The warnings stored with a revision; none for a revision stored before the checks existed. */
export function readStoredWarnings(json: string | null): PlausibilityWarning[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as PlausibilityWarning[]) : [];
}
