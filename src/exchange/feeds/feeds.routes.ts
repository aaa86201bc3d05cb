/** /sitemap.xml, /feed.atom and /robots.txt: published memorials only, nothing else. */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { siteOrigin } from "../../platform/http/site-url";
import { atomFeed } from "./atom";
import { countPublishedMemorials, newlyPublished, sitemapPage } from "./feeds.queries";
import { robotsTxt } from "./robots";
import { sitemapIndex, STATIC_PATHS, urlset } from "./sitemap";

export const feedRoutes = new Hono<AppEnv>();

/** URLs per sitemap file; the protocol allows 50,000, fewer keep each response small. */
export const SITEMAP_PAGE_SIZE = 10_000;
const FEED_ENTRIES = 50;

// Revalidated on every fetch, so a memorial that leaves public view leaves the feeds at once.
const xml = (type: string) => ({ "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "public, no-cache" });

feedRoutes.get("/sitemap.xml", async (c) => {
  const origin = siteOrigin(c.env);
  const total = await countPublishedMemorials(c.var.db);
  if (total > SITEMAP_PAGE_SIZE) {
    const pages = Array.from({ length: Math.ceil(total / SITEMAP_PAGE_SIZE) }, (_, i) => `/sitemaps/memorials-${i + 1}.xml`);
    return c.body(sitemapIndex(origin, ["/sitemaps/pages.xml", ...pages]), 200, xml("application/xml"));
  }
  const rows = await sitemapPage(c.var.db, SITEMAP_PAGE_SIZE, 0);
  const urls = [...STATIC_PATHS.map((path) => ({ path })), ...rows.map((r) => ({ path: `/memorials/${r.slug}`, lastModified: r.updatedAt }))];
  return c.body(urlset(origin, urls), 200, xml("application/xml"));
});

feedRoutes.get("/sitemaps/pages.xml", (c) =>
  c.body(urlset(siteOrigin(c.env), STATIC_PATHS.map((path) => ({ path }))), 200, xml("application/xml")),
);

feedRoutes.get("/sitemaps/:file{memorials-[0-9]+\\.xml}", async (c) => {
  const page = Number(c.req.param("file").slice("memorials-".length, -".xml".length));
  if (!Number.isSafeInteger(page) || page < 1) throw new AppError("not_found");
  const rows = await sitemapPage(c.var.db, SITEMAP_PAGE_SIZE, (page - 1) * SITEMAP_PAGE_SIZE);
  if (rows.length === 0) throw new AppError("not_found");
  const urls = rows.map((r) => ({ path: `/memorials/${r.slug}`, lastModified: r.updatedAt }));
  return c.body(urlset(siteOrigin(c.env), urls), 200, xml("application/xml"));
});

feedRoutes.get("/feed.atom", async (c) => {
  const entries = await newlyPublished(c.var.db, FEED_ENTRIES);
  const meta = {
    origin: siteOrigin(c.env),
    lang: c.var.locale,
    title: c.var.t("feeds:title"),
    subtitle: c.var.t("feeds:subtitle"),
  };
  return c.body(atomFeed(meta, entries), 200, xml("application/atom+xml"));
});

feedRoutes.get("/robots.txt", (c) =>
  c.body(robotsTxt(siteOrigin(c.env), c.env.ENVIRONMENT), 200, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "public, max-age=3600",
  }),
);
