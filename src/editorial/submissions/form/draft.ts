/**
 * A draft is a person document still being written: any part may be missing or incomplete
 * until the submitter sends it, when `personDocumentSchema` decides. The form edits the parts
 * it knows and keeps every other property of a row as it was (a correction starts from a
 * published document that may hold more than the form shows).
 */
import type { LifeEvent } from "../../../domain/person-document";

export type Row = Record<string, unknown>;

export interface Draft {
  names?: Row[];
  sex?: string;
  events?: Row[];
  biography?: Record<string, string>;
  sources?: Row[];
  relations?: Row[];
  markers?: Row[];
  [other: string]: unknown;
}

export const STEPS = [
  "person",
  "fate",
  "biography",
  "sources",
  "relations",
  "markers",
  "media",
  "submitter",
  "review",
] as const;
export type StepId = (typeof STEPS)[number];

export function isStep(value: string): value is StepId {
  return (STEPS as readonly string[]).includes(value);
}

export function stepAfter(step: StepId, by: 1 | -1): StepId {
  const index = Math.min(Math.max(STEPS.indexOf(step) + by, 0), STEPS.length - 1);
  return STEPS[index]!;
}

/** A stored draft document; drafts are stored exactly as the form wrote them. */
export function readDraft(json: string): Draft {
  const value: unknown = JSON.parse(json);
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Draft)
    : {};
}

/** Sets `key` to `value`, or removes it when the value is empty, so drafts hold no blank strings. */
export function assign(row: Row, key: string, value: unknown): void {
  if (value === undefined || value === null || value === "") delete row[key];
  else row[key] = value;
}

export function stringOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function rowsOf(value: unknown): Row[] {
  return Array.isArray(value)
    ? value.filter((r): r is Row => r !== null && typeof r === "object")
    : [];
}

/** Text of a localized field in one language: `{ en: "…" }` → "…". */
export function localized(value: unknown, lang: string): string {
  return value && typeof value === "object"
    ? stringOf((value as Record<string, unknown>)[lang])
    : "";
}

/** Sets the text of one language and keeps the others; removes the field when nothing is left. */
export function setLocalized(row: Row, key: string, lang: string, text: string | undefined): void {
  const current =
    row[key] && typeof row[key] === "object" ? { ...(row[key] as Record<string, string>) } : {};
  if (text) current[lang] = text;
  else delete current[lang];
  assign(row, key, Object.keys(current).length ? current : undefined);
}

/** Languages of a localized field other than `lang`, to tell the submitter they are kept. */
export function otherLanguages(value: unknown, lang: string): string[] {
  return value && typeof value === "object" ? Object.keys(value).filter((l) => l !== lang) : [];
}

/** The writing system of a name, guessed from its letters: Latn, Cyrl, Hebr or Grek. */
export function detectScript(text: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(text)) return "Cyrl";
  if (/\p{Script=Hebrew}/u.test(text)) return "Hebr";
  if (/\p{Script=Greek}/u.test(text)) return "Grek";
  if (/\p{Script=Latin}/u.test(text)) return "Latn";
  return undefined;
}

/** The name a draft is known by in lists and titles. */
export function draftName(draft: Draft): string {
  const names = rowsOf(draft.names);
  const primary = names.find((n) => n.primary === true) ?? names[0];
  return stringOf(primary?.display);
}

export type DraftEvent = Partial<LifeEvent>;
