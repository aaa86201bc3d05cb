/** An Atom (RFC 4287) feed of newly published memorials. */
import { isoDateTime, xmlEscape } from "./xml";
import { memorialUrl } from "../../platform/http/site-url";

export interface FeedEntry {
  id: string;
  slug: string;
  name: string;
  summary: string;
  summaryLang: string | null;
  firstPublishedAt: number;
  updatedAt: number;
}

export interface FeedMeta {
  origin: string;
  lang: string;
  title: string;
  subtitle: string;
}

export function atomFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const { origin } = meta;
  const updated = entries.reduce((latest, e) => Math.max(latest, e.firstPublishedAt), 0);
  const items = entries.map((e) =>
    [
      "<entry>",
      // The id-based address never changes, even when a slug is corrected.
      `<id>${xmlEscape(memorialUrl(origin, e.id))}</id>`,
      `<title>${xmlEscape(e.name)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(memorialUrl(origin, e.slug))}"/>`,
      `<published>${isoDateTime(e.firstPublishedAt)}</published>`,
      `<updated>${isoDateTime(e.updatedAt)}</updated>`,
      e.summary ? `<summary${e.summaryLang ? ` xml:lang="${xmlEscape(e.summaryLang)}"` : ""}>${xmlEscape(e.summary)}</summary>` : "",
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(meta.lang)}">`,
    `<id>${xmlEscape(`${origin}/feed.atom`)}</id>`,
    `<title>${xmlEscape(meta.title)}</title>`,
    `<subtitle>${xmlEscape(meta.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/feed.atom`)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/`)}"/>`,
    `<author><name>${xmlEscape(meta.title)}</name></author>`,
    `<updated>${isoDateTime(updated || Date.UTC(2026, 0, 1))}</updated>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
