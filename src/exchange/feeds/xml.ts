import { xmlText } from "../../domain/text-rules";

/**
 * Text for XML documents (sitemaps, Atom, OAI-PMH): only characters XML 1.0 allows (a lone
 * surrogate becomes U+FFFD, forbidden control characters are dropped: `xmlText`), and the five
 * predefined entities.
 */
export function xmlEscape(value: string): string {
  return xmlText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
