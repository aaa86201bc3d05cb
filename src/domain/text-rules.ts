/**
 * What text the archive accepts, and how text leaves it safely (issue 18, item 12; the rules are
 * in docs/submission-form.md, "Text the archive accepts").
 *
 * Refused everywhere: a UTF-16 surrogate without its partner (not a character at all: it made an
 * OAI-PMH page invalid XML and an export invalid JSON), control characters (C0, DEL, C1; tab and
 * line breaks only in multi-line text), noncharacters, the bidi overrides LRO/RLO (they make text
 * read differently from what is stored), and text with nothing visible in it.
 * Refused in one-line text (names, places, titles): every other invisible formatting character —
 * zero-width space, soft hyphen, word joiner, the bidi embeddings and isolates, Hangul fillers,
 * tags — except those real names need: ZWNJ and ZWJ between letters (Persian, Indic scripts),
 * LRM/RLM/ALM, variation selectors, the combining grapheme joiner, Mongolian variation selectors.
 *
 * Writers do not trust the rules alone (old rows, imports, other paths): `wellFormed` turns a lone
 * surrogate into U+FFFD for JSON, and `xmlText` also drops what XML 1.0 cannot carry.
 */
import { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_IN_LINE = /\p{Cc}/u;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const BIDI_OVERRIDE = /[\u202D\u202E]/;
/** Invisible characters a one-line text may hold; ZWNJ/ZWJ only between letters (checked apart). */
const NEEDED_INVISIBLE = /[\u200C\u200D\u200E\u200F\u061C\u034F\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const LOOSE_JOINER = /(?<![\p{L}\p{M}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}])/u;
/** Something a reader sees: a letter, digit, punctuation or symbol that is not itself blank. */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export type TextKind = "line" | "multiline";

/** The messages API clients read; the submission form translates them by these beginnings. */
export const TEXT_MESSAGES = {
  hidden: "contains a character that cannot be stored",
  invisibleOnly: "must contain visible text, not only invisible characters",
} as const;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function firstInvisibleInLine(value: string): string | undefined {
  for (const char of value) {
    if (INVISIBLE.test(char) && !NEEDED_INVISIBLE.test(char)) return char;
  }
  return LOOSE_JOINER.exec(value)?.[0];
}

/**
 * What is wrong with a text under the rules above, in words for API clients; undefined when
 * nothing is. Empty text is the caller's business (`min(1)`).
 * @example textProblem("Max\u200BZucker", "line") // "contains a character that cannot be stored (U+200B, invisible)"
 */
export function textProblem(value: string, kind: TextKind): string | undefined {
  if (value === "") return undefined;
  const lone = value.match(LONE_SURROGATE)?.[0];
  if (lone) return `${TEXT_MESSAGES.hidden} (${codePoint(lone)}, half of a broken character)`;
  const control = (kind === "line" ? CONTROL_IN_LINE : CONTROL_IN_TEXT).exec(value)?.[0];
  if (control) return `${TEXT_MESSAGES.hidden} (${codePoint(control)}, a control character)`;
  const odd = NONCHARACTER.exec(value)?.[0] ?? BIDI_OVERRIDE.exec(value)?.[0];
  if (odd) return `${TEXT_MESSAGES.hidden} (${codePoint(odd)}, invisible)`;
  if (kind === "line") {
    const invisible = firstInvisibleInLine(value);
    if (invisible) return `${TEXT_MESSAGES.hidden} (${codePoint(invisible)}, invisible)`;
  }
  if (!VISIBLE.test(value)) return TEXT_MESSAGES.invisibleOnly;
  return undefined;
}

/** Messages of a form in the reader's language (common `text.*`), instead of the API's. */
export interface TextMessages {
  hidden: string;
  invisibleOnly: string;
}

/** A zod check for `textProblem`, to chain after trim/min/max; an empty text passes. */
export function checkText(kind: TextKind, messages?: TextMessages) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const problem = textProblem(value, kind);
    if (!problem) return;
    const translated = messages && (problem === TEXT_MESSAGES.invisibleOnly ? messages.invisibleOnly : messages.hidden);
    ctx.addIssue({ code: "custom", message: translated ?? problem, input: value });
  };
}

/** The form messages of `checkText` from a translator (common namespace, `text.*`). */
export const textMessages = (t: (key: "text.hidden" | "text.invisibleOnly") => string): TextMessages => ({
  hidden: t("text.hidden"),
  invisibleOnly: t("text.invisibleOnly"),
});

/**
 * Free text as every form and API of the archive takes it: trimmed, not empty, at most `max`
 * characters, and within the rules above. `kind` "multiline" allows tab and line breaks.
 * @example cleanText(300) // a name; cleanText(5_000, "multiline") // a note
 */
export function cleanText(max: number, kind: TextKind = "line", messages: { empty?: string; tooLong?: string } = {}) {
  return z
    .string()
    .trim()
    .min(1, { error: messages.empty ?? "must not be empty" })
    .max(max, { error: messages.tooLong ?? `must be at most ${max} characters` })
    .superRefine(checkText(kind));
}

/** The text with every lone surrogate replaced by U+FFFD, so any JSON parser reads it. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/** Text XML 1.0 can carry: well formed, without the control characters and U+FFFE/U+FFFF it forbids. */
export function xmlText(value: string): string {
  return wellFormed(value).replace(XML_ILLEGAL, "");
}

/** JSON.stringify whose strings are all well formed (`wellFormed`). */
export function wellFormedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? wellFormed(v) : v));
}
