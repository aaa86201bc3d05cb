/** sitemaps.org XML: the public pages and every published memorial, with language alternates. */
import { LOCALES } from "../../platform/i18n";
import { isoDate, xmlEscape } from "./xml";

export interface SitemapUrl {
  path: string;
  lastModified?: number;
}

/** Pages without a memorial of their own that search engines should know about. */
export const STATIC_PATHS = ["/", "/browse", "/browse/fate", "/browse/years", "/browse/places", "/browse/a-z", "/map", "/timeline"];

function alternates(origin: string, path: string): string {
  const sep = path.includes("?") ? "&" : "?";
  return LOCALES.map(
    (lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${xmlEscape(`${origin}${path}${sep}lang=${lang}`)}"/>`,
  ).join("");
}

export function urlset(origin: string, urls: SitemapUrl[]): string {
  const items = urls.map(
    (u) =>
      `<url><loc>${xmlEscape(origin + u.path)}</loc>${u.lastModified ? `<lastmod>${isoDate(u.lastModified)}</lastmod>` : ""}${alternates(origin, u.path)}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...items,
    "</urlset>",
    "",
  ].join("\n");
}

export function sitemapIndex(origin: string, paths: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `<sitemap><loc>${xmlEscape(origin + p)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}
