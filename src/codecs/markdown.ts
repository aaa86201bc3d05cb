/**
 * Biographies are Markdown written by contributors. micromark renders CommonMark with raw HTML
 * disabled (every "<" is escaped) and drops dangerous link protocols (javascript:, data: …), so
 * no markup from a contributor reaches the page — only what Markdown itself produces.
 */
import { micromark } from "micromark";

/** @example renderMarkdown("*Born* 1901") === "<p><em>Born</em> 1901</p>" */
export function renderMarkdown(source: string): string {
  return micromark(source, { allowDangerousHtml: false, allowDangerousProtocol: false });
}

/** Localised text picked for a reader: their language, else English, else any; with its language. */
export function pickLocalized(
  texts: Record<string, string> | undefined,
  locale: string,
): { text: string; lang: string } | null {
  if (!texts) return null;
  for (const lang of [locale, "en", ...Object.keys(texts)]) {
    const text = texts[lang];
    if (text) return { text, lang };
  }
  return null;
}
