import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { decodeEntities } from "../helpers/html";
import { publishMemorial } from "../helpers/memorials";

const page = async (path: string) => {
  const res = await request(path);
  return { status: res.status, html: decodeEntities(await res.text()) };
};

const HEADINGS = {
  en: ["Open data", "What there is", "Licence", "How to cite", "Examples"],
  de: ["Offene Daten", "Was es gibt", "Lizenz", "Zitierweise", "Beispiele"],
  ru: ["Открытые данные", "Что есть", "Лицензия", "Как цитировать", "Примеры"],
};

describe("the open data page", () => {
  it("is linked from the footer of every page, in every language", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    for (const path of ["/", "/browse", `/memorials/${slug}`, "/search?q=Zucker", "/no-such-page"]) {
      for (const [lang, [title]] of Object.entries(HEADINGS)) {
        const { html } = await page(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        const footer = html.slice(html.indexOf('<footer class="site-footer">'));
        expect([path, lang, footer.includes(`<a href="/open-data">${title}</a>`)]).toEqual([path, lang, true]);
      }
    }
  });

  it("says what there is, under which licence and how to cite, in English, German and Russian", async () => {
    await publishMemorial(zuckerDocument());
    for (const [lang, headings] of Object.entries(HEADINGS)) {
      const { status, html } = await page(`/open-data?lang=${lang}`);
      expect(status).toBe(200);
      for (const heading of headings) expect([lang, heading, html.includes(`>${heading}</h`)]).toEqual([lang, heading, true]);
      expect(html).toContain('<a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">');
      for (const path of ["/api/docs", "/api/v1/openapi.json", "/api/v1/export.jsonl", "/api/v1/export.csv", "/api/v1/export.jsonld", "/oai?verb=Identify", "/feed.atom", "/sitemap.xml"]) {
        expect([lang, path, html.includes(`href="${path}"`)]).toEqual([lang, path, true]);
      }
      expect(html).toContain("/api/v1/memorials/{id}/gedcom");
    }
  });

  it("cites a published memorial by its permanent address on this archive's public site", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const site = new URL(env.SITE_URL).origin;
    const { html } = await page("/open-data?lang=en");
    expect(html).toMatch(new RegExp(`“[^”]+”\\. In: Zeugnis memorial archive\\. ${site}/memorials/mem_\\w+ \\(accessed \\d`));
    expect(html).toContain(`Zeugnis memorial archive: data export (JSON Lines). ${site}/api/v1/export.jsonl (downloaded `);
    expect(html).toContain(`curl -o person.ged "${site}/api/v1/memorials/`);
    expect(memorialId).toMatch(/^mem_/);
  });

  it("gives curl lines with the archive's own address that all answer", async () => {
    await publishMemorial(zuckerDocument());
    const site = new URL(env.SITE_URL).origin;
    const { html } = await page("/open-data?lang=de");
    const commands = [...html.matchAll(/<pre><code>([^<]+)<\/code><\/pre>/g)].map((m) => m[1]!);
    expect(commands.length).toBe(6);
    for (const command of commands) {
      expect(command.startsWith("curl ")).toBe(true);
      const url = command.match(/"([^"]+)"/)![1]!;
      expect(url.startsWith(`${site}/`)).toBe(true);
      const res = await request(url.slice(site.length));
      expect([command, res.status]).toEqual([command, 200]);
      await res.body?.cancel();
    }
  });
});
