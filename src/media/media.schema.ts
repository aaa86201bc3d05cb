/**
 * What an uploader says about a file: the media reference of the person document without its
 * id (caption per language, credit, EDTF date, source, licence, and the confirmation that they
 * may share it). One schema for the JSON API, the resumable protocol and the HTML form.
 */
import { z } from "zod";
import { parseDateWording } from "../domain/dates/date-wording";
import { isValidEdtf } from "../domain/dates/edtf";
import { dateValue, languageTag, mediaRef, type MediaRef } from "../domain/person-document";

export const mediaItemSchema = mediaRef.omit({ id: true });
export type MediaItem = z.infer<typeof mediaItemSchema>;

/**
 * A file's date as an uploader gives it: the date object of the person document, or one string
 * read as every date field of the archive reads it — EDTF ("1938-05"), or words in English,
 * German or Russian ("about 1935", "Mai 1938", "около 1935"), whose wording is kept.
 */
const mediaDate = z
  .union([z.string().trim().max(300), dateValue])
  .transform((value, ctx) => {
    if (typeof value !== "string") return value;
    if (isValidEdtf(value)) return { edtf: value };
    const read = parseDateWording(value);
    if (read?.ok) return { edtf: read.edtf, ...(read.text ? { text: read.text } : {}) };
    // At "date.edtf", where clients have always found a date the archive could not read.
    ctx.addIssue({
      code: "custom",
      path: ["edtf"],
      message: "is neither EDTF nor a date in words the archive can read (write 1938, 1938-05, May 1938, about 1935 or 17.05.1938)",
      params: { wording: read?.problem ?? "unrecognised" },
    });
    return z.NEVER;
  })
  .pipe(dateValue);

/** What uploaders send (form, multipart and JSON API); it becomes a `MediaItem`. */
export const mediaItemInput = mediaItemSchema.extend({ date: mediaDate.optional() });

const TRUE_VALUES = new Set(["true", "on", "1", "yes"]);

/**
 * Flat form fields (HTML form or multipart API) as a media item to validate:
 * `caption` (+ `caption_lang`, default the page language) or `caption.<lang>`, `credit`,
 * `date` (EDTF or words; with `date_text`, the wording, it must be EDTF), `source`, `licence`,
 * `rights_confirmed`.
 */
export function itemFromFields(
  fields: Record<string, string>,
  defaultLang: string,
): Record<string, unknown> {
  const value = (name: string) => {
    const v = fields[name]?.trim();
    return v ? v : undefined;
  };
  const caption: Record<string, string> = {};
  const plain = value("caption");
  if (plain) caption[value("caption_lang") ?? defaultLang] = plain;
  for (const [name, text] of Object.entries(fields)) {
    const lang = /^caption[.[]([^\]]+)\]?$/.exec(name)?.[1];
    if (lang && text.trim()) caption[lang] = text.trim();
  }
  const date = value("date");
  const item: Record<string, unknown> = {
    caption: Object.keys(caption).length ? caption : undefined,
    credit: value("credit"),
    date: date && value("date_text") ? { edtf: date, text: value("date_text") } : date,
    source: value("source"),
    licence: value("licence"),
    rights_confirmed: TRUE_VALUES.has((fields.rights_confirmed ?? "").toLowerCase())
      ? true
      : undefined,
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

/** Form field name for an error path of the item schema ("date.edtf" is the `date` field). */
export function formFieldFor(path: string): string {
  if (path.startsWith("date")) return "date";
  if (path.startsWith("caption")) return "caption";
  return path || "file";
}

/** The reference a submission's `document.media` needs for this file. */
export function toMediaRef(id: string, item: MediaItem): MediaRef {
  return { id, ...item };
}

export const captionLang = languageTag;
