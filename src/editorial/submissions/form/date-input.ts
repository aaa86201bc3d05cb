/**
 * The date of an event or marker as the form shows and reads it: the family's words in one
 * field (read by parseDateWording), an optional EDTF code for researchers, and the values shown
 * when the page was drawn, so an untouched date is kept exactly as it was stored.
 */
import type { FormValues } from "../../../platform/http/forms";
import { formatEdtf } from "../../../domain/dates/date-format";
import { parseDateWording } from "../../../domain/dates/date-wording";
import { checkStoredDate, findDateProblems, withDatesFromWords } from "../../../domain/dates/document-dates";
import type { Locale } from "../../../platform/i18n";
import { stringOf, type Draft, type Row } from "./draft";
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
 * The date from the form. The words are what the person wrote, and the code follows them: it is
 * read from the words on every save, unless the person changed the code field itself (compared
 * with the code the page showed). Wording that cannot be read is kept as text without EDTF, so
 * the draft holds what the person wrote and the form asks them to clarify it. A date nobody
 * touched is kept as stored, unless its stored code contradicts its words (docs/dates.md).
 */
export function readDateInput(
  values: FormValues,
  name: string,
  existing: unknown,
): Row | undefined {
  const stored = existing && typeof existing === "object" ? (existing as Row) : undefined;
  const words = textValue(values, name, 300);
  const code = textValue(values, `${name}_edtf`, 100);
  const wordsChanged = (values[name] ?? "").trim() !== (values[`${name}_shown`] ?? "").trim();
  const codeChanged = (code ?? "") !== (values[`${name}_edtf_shown`] ?? "").trim();
  const keep = stored && "calendar" in stored ? { calendar: stored.calendar } : {};
  if (!wordsChanged && !codeChanged && stored) {
    const fromWords = checkStoredDate(stored)?.wordsEdtf;
    return fromWords ? { ...stored, edtf: fromWords } : stored;
  }
  if (codeChanged && code) {
    // Unchanged words that were not stored were the old code in the reader's language.
    const text = wordsChanged ? words : stringOf(stored?.text) || undefined;
    return { edtf: code, ...(text ? { text } : {}), ...keep };
  }
  if (!words) return undefined;
  const parsed = parseDateWording(words);
  if (parsed?.ok)
    return { edtf: parsed.edtf, ...(parsed.text ? { text: parsed.text } : {}), ...keep };
  return { text: words };
}

/**
 * A stored draft whose codes contradict their words (a correction of a memorial published before
 * this rule, or a code typed and then left) gives way to the words on every save of any step —
 * also for dates no step shows (other versions of a disputed fact, files), which the person
 * could not correct and which would otherwise keep the draft from being sent.
 */
export function storedDatesFollowWords(draft: Draft): Draft {
  const findings = findDateProblems(draft);
  return findings.length ? withDatesFromWords(draft, findings).document : draft;
}
