/**
 * The person document in the reader's words: labels of parts and fields from the catalogue
 * (document.messages.ts), items named as a historian names them ("Arrest · 1937 · Moscow",
 * "Макс Цуккер — transliteration, Russian name form (Cyrillic)"), dates with their wording
 * beside the date the archive reads in it, sources by title, codes by their names. Screens and
 * the API's `label` use these; no code, key or dotted path reaches a reader.
 */
import type { Locale, Translate } from "../i18n";
import { formatEdtf } from "../../domain/dates/date-format";
import type { DiffSection, FieldChange, ItemOf, ListSection } from "../../domain/document-diff";
import { displayNames } from "../../domain/intl";
import { pickLocalized } from "../../codecs/markdown";
import type { DateValue, PersonDocument, Place, Source } from "../../domain/person-document";
import type { Certainty, VERSION_STATUSES } from "../../domain/person-vocabulary";

/** Every field of every list item; the catalogue's `document:fields` must name each one. */
export type FieldName = { [S in ListSection]: keyof ItemOf<S> & string }[ListSection];

export interface DocumentWords {
  t: Translate;
  locale: Locale;
  /** The sources of the documents shown, by key, so that references read as titles. */
  sources: ReadonlyMap<string, Source>;
  /** Names of memorials that relations link to, by id, where known. */
  memorials: ReadonlyMap<string, string>;
}

type DocumentLike = Pick<PersonDocument, "sources"> | null | undefined;

/** Words for documents shown together; a source's title in a later document wins. */
export function documentWords(
  t: Translate,
  locale: Locale,
  documents: DocumentLike[],
  memorials: ReadonlyMap<string, string> = new Map(),
): DocumentWords {
  const sources = new Map<string, Source>();
  for (const doc of documents) for (const s of doc?.sources ?? []) sources.set(s.id, s);
  return { t, locale, sources, memorials };
}

export const sectionLabel = (section: DiffSection, t: Translate) => t(`document:sections.${section}`);
export const fieldLabel = (field: FieldName, t: Translate) => t(`document:fields.${field}`);

function displayName(locale: Locale, type: "language" | "script" | "region", code: string): string {
  try {
    return displayNames(locale, type).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English", "Deutsch" … for a language tag, in the reader's language. */
export const languageName = (tag: string, locale: Locale) => displayName(locale, "language", tag);
/** "Cyrillic", "Kyrillisch", "кириллица" for an ISO 15924 code. */
export const scriptName = (code: string, locale: Locale) => displayName(locale, "script", code);

const ELLIPSIS_AT = 160;
const shorten = (text: string) => (text.length > ELLIPSIS_AT ? `${text.slice(0, ELLIPSIS_AT - 1).trimEnd()}…` : text);

/**
 * A date as the evidence gives it: the words beside the date the archive reads in them.
 * @example dateWithReading({ edtf: "1942?", text: "probably 1942" }, w) === "“probably 1942” → 1942 (uncertain)"
 */
export function dateWithReading(date: Partial<DateValue> | undefined, w: Pick<DocumentWords, "t" | "locale">): string {
  if (!date) return "";
  const reading = date.edtf ? formatEdtf(date.edtf, w.locale) : w.t("document:values.notRead");
  const words =
    date.text && date.text !== reading ? w.t("document:values.dateWithWords", { words: date.text, date: reading }) : reading;
  return date.calendar === "julian" ? `${words} (${w.t("memorials:page.julian")})` : words;
}

/** The place as the source names it, with today's name: "Stalinsk (today Novokuznetsk)". */
export function placeName(place: Partial<Place> | undefined, t: Translate): string {
  if (!place?.name) return "";
  const modern = place.modern_name && place.modern_name !== place.name ? place.modern_name : undefined;
  return modern ? `${place.name} (${t("memorials:page.placeModern", { name: modern })})` : place.name;
}

/** Everything a place holds, for a field that changed: name, country, coordinates, references. */
export function placeWords(place: Place | undefined, w: DocumentWords): string {
  if (!place) return "";
  return [
    placeName(place, w.t),
    place.country ? displayName(w.locale, "region", place.country) : "",
    place.lat !== undefined ? w.t("document:values.coordinates", { lat: place.lat, lon: place.lon ?? "" }) : "",
    place.precision ? w.t(`evidence:precisions.${place.precision}`) : "",
    place.geonames_id ? w.t("document:values.geonames", { id: place.geonames_id }) : "",
    place.wikidata_id ? w.t("document:values.wikidata", { id: place.wikidata_id }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** A source by its title, else its citation (shortened). */
export const sourceTitle = (source: Pick<Source, "title" | "citation">) => shorten(source.title ?? source.citation);

/** A cited source by title, whatever key the document uses for it. */
export function sourceRefWords(id: string, w: DocumentWords): string {
  const source = w.sources.get(id);
  return source ? sourceTitle(source) : w.t("document:values.unknownSource");
}

/** The name of a code in the reader's language: kinds, types, certainty, licence, scheme … */
export function codeWords(section: ListSection | "alternatives", field: string, code: string, t: Translate): string {
  const key = `${section}.${field}`;
  switch (key) {
    case "names.kind":
      return t(`memorials:nameKinds.${code as ItemOf<"names">["kind"]}`);
    case "events.type":
      return t(`memorials:eventTypes.${code as ItemOf<"events">["type"]}`);
    case "events.certainty":
    case "names.certainty":
    case "relations.certainty":
    case "markers.certainty":
      return t(`memorials:certainty.${code as Certainty}`);
    case "events.agency":
      return t(`evidence:agencies.${code as NonNullable<ItemOf<"events">["agency"]>}`);
    case "events.sentencing_body":
      return t(`evidence:sentencingBodies.${code as NonNullable<ItemOf<"events">["sentencing_body"]>}`);
    case "alternatives.status":
      return t(`evidence:versionStatuses.${code as (typeof VERSION_STATUSES)[number]}`);
    case "sources.kind":
      return t(`evidence:sourceKinds.${code as Source["kind"]}`);
    case "relations.type":
      return t(`memorials:relationTypes.${code as ItemOf<"relations">["type"]}`);
    case "markers.kind":
      return t(`memorials:markerKinds.${code as ItemOf<"markers">["kind"]}`);
    case "media.licence":
      return t(`memorials:licences.${code as ItemOf<"media">["licence"]}`);
    case "external_ids.scheme":
      return t(`memorials:schemes.${code as ItemOf<"external_ids">["scheme"]}`);
    default:
      return code;
  }
}

/** Words of a plain-valued part: sex, who persecuted, a nationality or organisation. */
export function plainValueWords(section: DiffSection, value: unknown, t: Translate): string {
  if (typeof value !== "string") return "";
  if (section === "sex") return t(`submissions:sexes.${value as NonNullable<PersonDocument["sex"]>}`);
  if (section === "persecuted_by") return t(`search:persecutors.${value as NonNullable<PersonDocument["persecuted_by"]>[number]}`);
  if (section === "persecution_grounds") return t(`evidence:grounds.${value as NonNullable<PersonDocument["persecution_grounds"]>[number]}`);
  return value;
}

/** "Russian name form (Cyrillic)": the language and script of a name, as far as they are given. */
export function nameForm(name: Pick<ItemOf<"names">, "lang" | "script">, w: Pick<DocumentWords, "t" | "locale">): string {
  const language = name.lang ? w.t("document:values.nameLanguage", { language: languageName(name.lang, w.locale) }) : "";
  const script = name.script && name.script !== "Latn" ? scriptName(name.script, w.locale) : "";
  return language && script ? `${language} (${script})` : language || script;
}

/**
 * How an item is named in a heading: a name by its kind and script, an event by type, date and
 * place, a source by title, a relation by type and person, a marker by kind and address.
 * `index` numbers files without a caption.
 */
export function itemLabel<S extends ListSection>(section: S, item: ItemOf<S>, w: DocumentWords, index = 0): string {
  const { t } = w;
  const parts = (...list: Array<string | undefined>) => list.filter(Boolean).join(" · ");
  switch (section) {
    case "names": {
      const n = item as ItemOf<"names">;
      const about = [codeWords("names", "kind", n.kind, t), nameForm(n, w), n.primary ? t("document:values.primary") : ""];
      return `${n.display} — ${about.filter(Boolean).join(", ")}`;
    }
    case "events": {
      const e = item as ItemOf<"events">;
      return parts(codeWords("events", "type", e.type, t), e.date ? formatEdtf(e.date.edtf, w.locale) : "", placeName(e.place, t));
    }
    case "sources": {
      const s = item as Source;
      return `${sourceTitle(s)} (${codeWords("sources", "kind", s.kind, t)})`;
    }
    case "relations": {
      const r = item as ItemOf<"relations">;
      const who = r.name ?? (r.memorial_id ? w.memorials.get(r.memorial_id) : undefined) ?? t("document:values.linkedMemorial");
      return `${codeWords("relations", "type", r.type, t)}: ${who}`;
    }
    case "markers": {
      const m = item as ItemOf<"markers">;
      return parts(codeWords("markers", "kind", m.kind, t), m.address, placeName(m.place, t));
    }
    case "media": {
      const m = item as ItemOf<"media">;
      return pickLocalized(m.caption, w.locale)?.text ?? t("document:values.file", { n: index + 1 });
    }
    case "external_ids": {
      const x = item as ItemOf<"external_ids">;
      return `${codeWords("external_ids", "scheme", x.scheme, t)}: ${x.value}`;
    }
  }
  return "";
}

/** A field's label, with the language for one language of a text: "Description (German)". */
export function fieldInLanguage(field: FieldName, lang: string | undefined, w: Pick<DocumentWords, "t" | "locale">): string {
  const label = fieldLabel(field, w.t);
  return lang ? w.t("document:values.inLanguage", { field: label, language: languageName(lang, w.locale) }) : label;
}

/** Fields whose value is text per language ({ en: "…", de: "…" }); a name's or source's note is plain text. */
export const LOCALIZED_FIELDS: ReadonlySet<string> = new Set(["description", "note", "caption"]);

/**
 * The human label of one field change of the API diff, in the reader's language:
 * "Events — Arrest · 1937 · Moscow — Date", "Biography — German".
 */
export function changeLabel(change: FieldChange, before: PersonDocument | null, after: PersonDocument, w: DocumentWords): string {
  const section = sectionLabel(change.section, w.t);
  const [, index, field, lang] = change.path.split(".");
  if (change.section === "biography") return `${section} — ${languageName(change.field, w.locale)}`;
  if (index === undefined || !/^\d+$/.test(index)) return section;
  const listSection = change.section as ListSection;
  // A whole item removed is found in the old document; everything else in the new one.
  const doc = change.op === "removed" && change.field === "" ? before : after;
  const item = doc?.[listSection]?.[Number(index)];
  const itemWords = item ? itemLabel(listSection, item, w, Number(index)) : (change.item ?? "");
  if (!field) return `${section} — ${itemWords}`;
  const fieldWords = fieldInLanguage(field as FieldName, LOCALIZED_FIELDS.has(field) ? lang : undefined, w);
  return `${section} — ${itemWords} — ${fieldWords}`;
}
