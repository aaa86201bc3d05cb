import { describe, expect, it } from "vitest";
import { atomFeed } from "../../src/exchange/feeds/atom";
import { robotsTxt } from "../../src/exchange/feeds/robots";
import { sitemapIndex } from "../../src/exchange/feeds/sitemap";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { buberNeumannDocument, cyrillicDocument } from "../helpers/public-documents";
import { mergeMemorial, withholdMemorial } from "../helpers/public-states";

describe("the sitemap", () => {
  it("lists the public pages and every published memorial with its last change and language versions", async () => {
    const a = await publishMemorial(zuckerDocument());
    const b = await publishMemorial(cyrillicDocument());
    const res = await request("/sitemap.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect(xml).toContain("<loc>https://zeugnis.test/</loc>");
    expect(xml).toContain("<loc>https://zeugnis.test/timeline</loc>");
    expect(xml).toMatch(new RegExp(`<loc>https://zeugnis.test/memorials/${a.slug}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="https://zeugnis.test/memorials/${b.slug}?lang=ru"/>`);
  });

  it("leaves out withheld and merged memorials", async () => {
    const kept = await publishMemorial(zuckerDocument());
    const withheld = await publishMemorial(buberNeumannDocument(), { slug: "withheld-person-sitemap" });
    const merged = await publishMemorial(zuckerDocument(), { slug: "merged-person-sitemap" });
    await withholdMemorial(withheld.memorialId);
    await mergeMemorial(merged.memorialId, kept.memorialId);
    const xml = await (await request("/sitemap.xml")).text();
    expect(xml).toContain(kept.slug);
    expect(xml).not.toContain("withheld-person-sitemap");
    expect(xml).not.toContain("merged-person-sitemap");
  });

  it("becomes an index of smaller sitemaps for a large archive", () => {
    const xml = sitemapIndex("https://zeugnis.test", ["/sitemaps/pages.xml", "/sitemaps/memorials-1.xml"]);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<sitemap><loc>https://zeugnis.test/sitemaps/memorials-1.xml</loc></sitemap>");
  });

  it("serves the memorial pages of a large archive page by page, and 404 past the end", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    expect(await (await request("/sitemaps/memorials-1.xml")).text()).toContain(slug);
    expect((await request("/sitemaps/memorials-999.xml")).status).toBe(404);
    expect((await request("/sitemaps/memorials-0.xml")).status).toBe(404);
  });
});

describe("the Atom feed", () => {
  it("lists newly published memorials, newest first, with permanent ids and marked summary language", async () => {
    const older = await publishMemorial(buberNeumannDocument());
    const newer = await publishMemorial(cyrillicDocument());
    const res = await request("/feed.atom?lang=de");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(xml).toContain("<title>Zeugnis: neu veröffentlichte Gedenkeinträge</title>");
    expect(xml).toContain(`<id>https://zeugnis.test/memorials/${newer.memorialId}</id>`);
    expect(xml.indexOf(newer.memorialId)).toBeLessThan(xml.indexOf(older.memorialId));
    expect(xml).toContain('<summary xml:lang="ru">Эрих Шульц был арестован в Ленинграде.</summary>');
  });

  it("leaves out withheld and merged memorials and escapes every name", async () => {
    const hostile = zuckerDocument();
    hostile.names[0]!.display = "Max <Zucker> & \"Co\"";
    const kept = await publishMemorial(hostile);
    const gone = await publishMemorial(buberNeumannDocument());
    await withholdMemorial(gone.memorialId);
    const xml = await (await request("/feed.atom")).text();
    expect(xml).toContain(kept.memorialId);
    expect(xml).toContain("<title>Max &lt;Zucker&gt; &amp; &quot;Co&quot;</title>");
    expect(xml).not.toContain(gone.memorialId);
  });

  it("is well-formed even when empty", () => {
    const xml = atomFeed({ origin: "https://zeugnis.test", lang: "en", title: "T", subtitle: "S" }, []);
    expect(xml).toContain("<updated>2026-01-01T00:00:00Z</updated>");
    expect(xml.trim().endsWith("</feed>")).toBe(true);
  });
});

describe("robots.txt", () => {
  it("keeps crawlers off everything outside production", async () => {
    const res = await request("/robots.txt");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("User-agent: *\nDisallow: /\n");
  });

  it("in production opens the archive, closes forms, accounts and the API, and names the sitemap", () => {
    const txt = robotsTxt("https://zeugnis.example", "production");
    expect(txt).toContain("Disallow: /api/");
    expect(txt).toContain("Disallow: /moderation");
    expect(txt).not.toMatch(/^Disallow: \/$/m);
    expect(txt).toContain("Sitemap: https://zeugnis.example/sitemap.xml");
  });
});
