/**
 * The one-line summary of what a version changed, in visitors' words: "Names: added Макс Цуккер —
 * transliteration, Russian name form (Cyrillic); Events: Arrest · 1937 · Moscow — Date 1937 →
 * March 1938". It reads the same document diff the moderators see (compareDocuments) and names
 * parts, items and fields with the same vocabulary (document-words), so there is no second list
 * of fields to keep in step. Pure.
 */
import { compareDocuments, type FieldChange, type ItemChange, type SectionDiff } from "../../domain/document-diff";
import type { PersonDocument } from "../../domain/person-document";
import type { Locale, Translate } from "../../platform/i18n";
import { valueWords } from "../../platform/views/components/document-values";
import {
  documentWords,
  fieldInLanguage,
  itemLabel,
  languageName,
  LOCALIZED_FIELDS,
  plainValueWords,
  sectionLabel,
  type DocumentWords,
  type FieldName,
} from "../../platform/views/document-words";

/** More than this many changes read as a count, so the summary stays one line. */
const MAX_PHRASES = 5;
const MAX_VALUE = 60;
/** Fields whose old and new text is too long for one line: named, not quoted. */
const LONG_FIELDS = new Set(["note", "citation", "inscription", "source", "title", "sources", "alternatives", "place"]);

const short = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1).trimEnd()}…` : text);

function fieldPhrase(change: ItemChange, field: string, w: DocumentWords): string {
  const fieldName = fieldInLanguage(field as FieldName, undefined, w);
  const before = (change.before as Record<string, unknown> | undefined)?.[field];
  const after = (change.after as Record<string, unknown> | undefined)?.[field];
  if (LONG_FIELDS.has(field) || (LOCALIZED_FIELDS.has(field) && typeof (before ?? after) === "object")) {
    return w.t("versions:summary.fieldChanged", { field: fieldName });
  }
  const [old, now] = [valueWords(change.section, field, before, w), valueWords(change.section, field, after, w)];
  if (!old) return w.t("versions:summary.fieldAdded", { field: fieldName, value: short(now) });
  if (!now) return w.t("versions:summary.fieldRemoved", { field: fieldName });
  return w.t("versions:summary.fieldFromTo", { field: fieldName, before: short(old), after: short(now) });
}

function itemPhrase(change: ItemChange, w: DocumentWords): string {
  const index = change.afterIndex ?? change.beforeIndex ?? 0;
  // A changed item is named as it read before, so "Arrest · 1937 — Date 1937 → March 1938" says what was corrected.
  const item = short(itemLabel(change.section, (change.before ?? change.after)!, w, index));
  if (change.op !== "changed") return w.t(`versions:summary.${change.op}`, { what: item });
  const fields = [...new Set(change.changes.map((c) => c.field.split(".")[0]!))].map((f) => fieldPhrase(change, f, w));
  return w.t("versions:summary.itemChanged", { item, fields: fields.join(", ") });
}

function valuePhrase(change: FieldChange, w: DocumentWords): string {
  if (change.section === "biography") {
    return w.t(`versions:summary.text_${change.op}`, { language: languageName(change.field, w.locale) });
  }
  const [before, after] = [plainValueWords(change.section, change.before, w.t), plainValueWords(change.section, change.after, w.t)];
  if (change.op === "changed") return w.t("versions:summary.valueFromTo", { before: short(before), after: short(after) });
  return w.t(`versions:summary.${change.op}`, { what: short(change.op === "added" ? after : before) });
}

function sectionPhrases(diff: SectionDiff, w: DocumentWords): string[] {
  const section = sectionLabel(diff.section, w.t);
  const phrases = diff.kind === "list" ? diff.items.map((i) => itemPhrase(i as ItemChange, w)) : diff.changes.map((c) => valuePhrase(c, w));
  return phrases.map((phrase) => w.t("versions:summary.inSection", { section, phrase }));
}

/**
 * What `after` changed compared with `before`, in one line of the reader's language;
 * `before` null is the first publication.
 * @example versionSummary(v1, v2, t, "en") === "Names: added Макс Цуккер — transliteration, …; Events: Arrest · 1937 — Date 1937 → March 1938"
 */
export function versionSummary(before: PersonDocument | null, after: PersonDocument, t: Translate, locale: Locale): string {
  if (!before) return t("versions:summary.first");
  const w = documentWords(t, locale, [before, after]);
  const phrases = compareDocuments(before, after).flatMap((diff) => sectionPhrases(diff, w));
  if (phrases.length === 0) return t("versions:summary.none");
  const shown = phrases.slice(0, MAX_PHRASES).join("; ");
  const more = phrases.length - MAX_PHRASES;
  return more > 0 ? t("versions:summary.more", { changes: shown, count: more }) : shown;
}
