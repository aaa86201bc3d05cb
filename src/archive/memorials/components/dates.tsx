import { formatEdtf } from "../../../domain/dates/date-format";
import type { DateValue } from "../../../domain/person-document";
import type { DateVoice } from "../../../domain/dates/date-voice";
export { voiceOf, type DateVoice } from "../../../domain/dates/date-voice";
import { useI18n } from "../../../platform/views/i18n";

const VOICE_KEYS = {
  family: "memorials:page.inFamilyWords",
  source: "memorials:page.asWritten",
  given: "memorials:page.asGiven",
} as const;

/**
 * A date as the evidence gives it, in words, with the EDTF value machine-readable. The original
 * wording is added, saying whose it is, when it says more than the formatted date (in another
 * language than the page, or in other words).
 */
export function EvidenceDate({ date, voice = "given" }: { date: DateValue | undefined; voice?: DateVoice }) {
  const { t, locale } = useI18n();
  if (!date) return <span class="date date--unknown">{formatEdtf(null, locale)}</span>;
  const words = formatEdtf(date.edtf, locale);
  return (
    <span class="date">
      <EdtfTime edtf={date.edtf}>{words}</EdtfTime>
      {/* The EDTF of a date of another calendar is its Gregorian equivalent; the words are the source's. */}
      {date.calendar && date.calendar !== "gregorian" ? <span class="date__note"> ({t(`memorials:page.${date.calendar}`)})</span> : null}
      {date.text && date.text !== words ? (
        <span class="date__note"> — {t(VOICE_KEYS[voice], { text: date.text })}</span>
      ) : null}
    </span>
  );
}

/**
 * The words of a date inside `<time datetime>` when there is a machine-readable form, otherwise
 * in a plain span (a `<time>` without datetime must itself be machine-readable).
 */
export function EdtfTime({ edtf, children }: { edtf: string; children: string }) {
  const machine = machineDate(edtf);
  return machine ? (
    <time datetime={machine} data-edtf={edtf}>
      {children}
    </time>
  ) : (
    <span data-edtf={edtf}>{children}</span>
  );
}

/** `<time datetime>` accepts plain years, months and days only; qualified dates fall back to the year. */
export function machineDate(edtf: string): string | undefined {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(edtf) ? edtf : (edtf.match(/^\d{4}/)?.[0] ?? undefined);
}
