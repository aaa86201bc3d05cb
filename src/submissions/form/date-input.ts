/**
 * The date of an event or marker as the form shows and reads it: the family's words in one
 * field (read by parseDateWording), an optional EDTF code for researchers, and the values shown
 * when the page was drawn, so an untouched date is kept exactly as it was stored.
 */
import type { FormValues } from "../../http/forms";
import { formatEdtf } from "../../lib/date-format";
import { parseDateWording } from "../../lib/date-wording";
import type { Locale } from "../../i18n";
import { stringOf, type Row } from "./draft";
import { textValue } from "./form-values";

/** What the date field shows: the stored words, or the EDTF date in the reader's language. */
export function dateWords(date: unknown, locale: Locale): string {
  const value = date as Row | undefined;
  const text = stringOf(value?.text);
  const edtf = stringOf(value?.edtf);
  return text || (edtf ? formatEdtf(edtf, locale) : "");
}

export function dateCode(date: unknown): string {
  return stringOf((date as Row | undefined)?.edtf);
}

/**
 * The date from the form. Wording that cannot be read is kept as text without EDTF, so the
 * draft holds what the person wrote and the form asks them to clarify it.
 */
export function readDateInput(
  values: FormValues,
  name: string,
  existing: unknown,
): Row | undefined {
  const words = textValue(values, name, 300);
  const code = textValue(values, `${name}_edtf`, 100);
  const untouched =
    (values[name] ?? "").trim() === (values[`${name}_shown`] ?? "").trim() &&
    (code ?? "") === (values[`${name}_edtf_shown`] ?? "");
  if (untouched && existing && typeof existing === "object") return existing as Row;
  const keep =
    existing && typeof existing === "object" && "calendar" in existing
      ? { calendar: (existing as Row).calendar }
      : {};
  if (code) return { edtf: code, ...(words ? { text: words } : {}), ...keep };
  if (!words) return undefined;
  const parsed = parseDateWording(words);
  if (parsed?.ok)
    return { edtf: parsed.edtf, ...(parsed.text ? { text: parsed.text } : {}), ...keep };
  return { text: words };
}
