/**
 * Values of the person document as a reader sees them — dates with their wording, places,
 * sources by title, codes by name, links where a value points somewhere — and the marks of a
 * change: before/now, words struck out and put in. Shared by the moderator's comparison and the
 * whole entry under review (src/editorial/moderation/components/).
 */
import type { ItemOf, ListSection } from "../../../domain/document-diff";
import type { Source } from "../../../domain/person-document";
import { diffWords } from "../../../domain/word-diff";
import {
  codeWords,
  dateWithReading,
  fieldInLanguage,
  fieldLabel,
  languageName,
  LOCALIZED_FIELDS,
  placeName,
  placeWords,
  scriptName,
  sourceRefWords,
  sourceTitle,
  type DocumentWords,
  type FieldName,
} from "../document-words";

type Texts = Record<string, string>;
type Alternative = NonNullable<ItemOf<"events">["alternatives"]>[number];

/** Fields the item's heading already names (itemLabel), left out of its details. */
const IN_HEADING: Record<ListSection, ReadonlySet<string>> = {
  names: new Set(["display", "kind", "primary", "lang", "script"]),
  events: new Set(["type"]),
  sources: new Set(["kind", "id"]),
  relations: new Set(["type", "name"]),
  markers: new Set(["kind"]),
  media: new Set(["id"]),
  external_ids: new Set(["scheme", "value"]),
};

function alternativeWords(alt: Alternative, n: number, w: DocumentWords): string {
  const head = `${w.t("document:values.otherVersion", { n })} (${codeWords("alternatives", "status", alt.status ?? "other_version", w.t)})`;
  const text = alt.description ? Object.values(alt.description).join(" / ") : "";
  const why = alt.note ? `${w.t("evidence:page.why")} ${Object.values(alt.note).join(" / ")}` : "";
  const parts = [dateWithReading(alt.date, w), placeName(alt.place, w.t), text, why, alt.sources.map((id) => sourceRefWords(id, w)).join("; ")];
  return `${head}: ${parts.filter(Boolean).join(" · ")}`;
}

/** A plain-text rendering of any field value (links and texts per language get their own views). */
export function valueWords(section: ListSection, field: string, value: unknown, w: DocumentWords): string {
  if (value === undefined || value === null) return "";
  switch (field) {
    case "date":
    case "installed":
      return dateWithReading(value as ItemOf<"events">["date"], w);
    case "place":
      return placeWords(value as ItemOf<"events">["place"], w);
    case "sources":
      return Array.isArray(value) ? value.map((id) => sourceRefWords(String(id), w)).join("; ") : "";
    case "alternatives":
      return Array.isArray(value) ? (value as Alternative[]).map((alt, i) => alternativeWords(alt, i + 1, w)).join(" | ") : "";
    case "primary":
      return w.t(value === true ? "document:values.primary" : "document:values.notPrimary");
    case "rights_confirmed":
      return w.t(value === true ? "document:values.confirmed" : "document:values.notConfirmed");
    case "lang":
      return languageName(String(value), w.locale);
    case "script":
      return scriptName(String(value), w.locale);
    case "memorial_id":
      return w.memorials.get(String(value)) ?? w.t("document:values.linkedMemorial");
    case "media_id":
      return fieldLabel("media_id", w.t);
  }
  if (LOCALIZED_FIELDS.has(field) && typeof value === "object") {
    return Object.entries(value as Texts)
      .map(([lang, text]) => `${languageName(lang, w.locale)}: ${text}`)
      .join(" / ");
  }
  if (typeof value === "string") return codeWords(section, field, value, w.t);
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** A field value, as a link where it points to something the moderator can open. */
export function FieldValue({ section, field, value, w }: { section: ListSection; field: string; value: unknown; w: DocumentWords }) {
  const words = valueWords(section, field, value, w);
  if (field === "url" && typeof value === "string") return <a href={value} rel="nofollow noopener">{value}</a>;
  if (field === "memorial_id" && typeof value === "string") return <a href={`/memorials/${encodeURIComponent(value)}`}>{words}</a>;
  if (field === "media_id" && typeof value === "string") return <a href={`/media/${encodeURIComponent(value)}`}>{words}</a>;
  return <>{words}</>;
}

/** Every field of an item that its heading does not already say, label and value. */
export function ItemDetails<S extends ListSection>({ section, item, w }: { section: S; item: ItemOf<S>; w: DocumentWords }) {
  const record = item as Record<string, unknown>;
  // A source without a title is named by its citation already; say it once.
  const named = (field: string) =>
    IN_HEADING[section].has(field) || (section === "sources" && field === "citation" && !record.title && sourceTitle(item as Source) === record.citation);
  const rows = Object.entries(record).filter(
    ([field, value]) => !named(field) && value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  if (rows.length === 0) return null;
  return (
    <dl class="doc-fields">
      {rows.flatMap(([field, value]) =>
        LOCALIZED_FIELDS.has(field) && value && typeof value === "object"
          ? Object.entries(value as Texts).map(([lang, text]) => (
              <>
                <dt>{fieldInLanguage(field as FieldName, lang, w)}</dt>
                <dd lang={lang}>{text}</dd>
              </>
            ))
          : [
              <>
                <dt>{fieldLabel(field as FieldName, w.t)}</dt>
                <dd>
                  <FieldValue section={section} field={field} value={value} w={w} />
                </dd>
              </>,
            ],
      )}
    </dl>
  );
}

/** "before: … now: …", each side left out when it did not exist. */
export function BeforeAfter({ before, after, w }: { before: unknown; after: unknown; w: Pick<DocumentWords, "t"> }) {
  const has = (value: unknown) => value !== undefined && value !== null && value !== "";
  return (
    <>
      {has(before) ? (
        <span class="diff__side">
          <span class="diff__when">{w.t("document:changes.before")}:</span> <del>{before as string}</del>
        </span>
      ) : null}
      {has(before) && has(after) ? " " : null}
      {has(after) ? (
        <span class="diff__side">
          <span class="diff__when">{w.t("document:changes.now")}:</span> <ins>{after as string}</ins>
        </span>
      ) : null}
    </>
  );
}

/** A plain text with the words taken out struck through and the words put in marked. */
export function TextChanges({ before, after, w }: { before: string; after: string; w: Pick<DocumentWords, "t"> }) {
  return (
    <>
      {diffWords(before, after).map((segment) =>
        segment.op === "same" ? (
          segment.text
        ) : segment.op === "added" ? (
          <ins>
            <span class="visually-hidden">{w.t("document:changes.inserted")} </span>
            {segment.text}
          </ins>
        ) : (
          <del>
            <span class="visually-hidden">{w.t("document:changes.deleted")} </span>
            {segment.text}
          </del>
        ),
      )}
    </>
  );
}
