/**
 * What an import could not keep, or kept differently, per person and field: structured (a code,
 * the file's line and tag, the words concerned) so the contributor's results and the moderator's
 * review say it in their own language (import-notes.messages.ts). Stored as JSON on the
 * import row and in the audit entry of the submission it became.
 */
import type { Translate } from "../../platform/i18n";
import { formatEdtf, type DateLocale } from "../../domain/dates/date-format";

export const NOTE_CODES = [
  "date_calendar",
  "date_calendar_inexact",
  "date_calendar_unsupported",
  "date_dual_year",
  "date_dual_invalid",
  "date_inverted",
  "date_no_such_day",
  "date_unreadable",
  "date_words_only",
  "date_early_year",
  "negative_assertion",
  "restricted",
  "restricted_part",
  "restriction_locked",
  "left_out",
  "capped",
  "shortened",
  "missing_record",
  "sex_other",
  "citation_empty",
  "language_unknown",
  "extension_broken",
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** Parts of a person document a cap or a cut applies to (importNotes:parts.*). */
export const NOTE_PARTS = ["names", "events", "sources", "relations", "markers", "external_ids", "nationalities", "organisations", "name", "place", "description", "biography", "citation", "date", "note", "agency", "address", "inscription", "title", "author"] as const;
export type NotePart = (typeof NOTE_PARTS)[number];

export const NOTE_CALENDARS = ["gregorian", "julian", "hebrew", "french_r"] as const;

export interface ImportNote {
  code: NoteCode;
  /** The file's line the note is about (1-based). */
  line?: number;
  /** The GEDCOM tag there (BIRT, NO, RESN …). */
  tag?: string;
  /** The words concerned, as the file has them. */
  value?: string;
  edtf?: string;
  calendar?: (typeof NOTE_CALENDARS)[number];
  part?: NotePart;
  count?: number;
  limit?: number;
}

/** One note in the reader's language, dates in words: "Line 14 (BIRT): … 22 February 1700". */
export function describeNote(note: ImportNote | string, t: Translate, locale: DateLocale): string {
  // CSV rows and older imports stored plain English sentences.
  if (typeof note === "string") return note;
  const text = t(`importNotes:codes.${note.code}`, {
    value: note.value ?? "",
    edtf: note.edtf ? formatEdtf(note.edtf, locale) : "",
    calendar: note.calendar ? t(`importNotes:calendars.${note.calendar}`) : "",
    part: note.part ? t(`importNotes:parts.${note.part}`) : "",
    count: note.count ?? 0,
    limit: note.limit ?? 0,
    dropped: Math.max(0, (note.count ?? 0) - (note.limit ?? 0)),
    tag: note.tag ?? "",
  });
  if (note.line === undefined) return text;
  const where = note.tag ? t("importNotes:whereTag", { line: note.line, tag: note.tag }) : t("importNotes:where", { line: note.line });
  return `${where}: ${text}`;
}

/** Notes as stored (a JSON list of notes or of plain sentences). */
export function readNotes(json: string | null | undefined): Array<ImportNote | string> {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as Array<ImportNote | string>) : [];
  } catch {
    return [];
  }
}
