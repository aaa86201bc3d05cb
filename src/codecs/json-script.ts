import { wellFormedJson } from "../domain/text-rules";

/**
 * JSON for an inline `<script type="application/ld+json">`. HTML-escaping would break the JSON,
 * so the characters that could end the script element or confuse a parser are written as JSON
 * unicode escapes instead; the result parses to the same value (a lone surrogate, which is not a
 * character, as U+FFFD).
 * @example jsonForScript({ a: "</script>" }) === '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return wellFormedJson(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
