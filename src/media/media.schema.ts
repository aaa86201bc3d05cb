/**
 * What an uploader says about a file: the media reference of the person document without its
 * id (caption per language, credit, EDTF date, source, licence, and the confirmation that they
 * may share it). One schema for the JSON API, the resumable protocol and the HTML form.
 */
import { z } from "zod";
import { languageTag, mediaRef, type MediaRef } from "../lib/person-document";

export const mediaItemSchema = mediaRef.omit({ id: true });
export type MediaItem = z.infer<typeof mediaItemSchema>;

const TRUE_VALUES = new Set(["true", "on", "1", "yes"]);

/**
 * Flat form fields (HTML form or multipart API) as a media item to validate:
 * `caption` (+ `caption_lang`, default the page language) or `caption.<lang>`, `credit`,
 * `date` (EDTF) + `date_text`, `source`, `licence`, `rights_confirmed`.
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
  const edtf = value("date");
  const item: Record<string, unknown> = {
    caption: Object.keys(caption).length ? caption : undefined,
    credit: value("credit"),
    date: edtf ? { edtf, ...(value("date_text") ? { text: value("date_text") } : {}) } : undefined,
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
