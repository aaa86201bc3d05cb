import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { buberNeumannDocument } from "../helpers/public-documents";
import { translator } from "../../src/platform/i18n";

const htmlLang = async (path: string, headers: Record<string, string> = {}) =>
  (await (await request(path, { headers })).text()).match(/<html lang="([a-z]+)">/)?.[1];

describe("choosing the interface language", () => {
  it("follows Accept-Language, preferring the highest-weighted language we have", async () => {
    expect(await htmlLang("/browse", { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" })).toBe("ru");
    expect(await htmlLang("/browse", { "accept-language": "fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5" })).toBe("de");
    expect(await htmlLang("/browse", { "accept-language": "pl,fr" })).toBe("en");
    expect(await htmlLang("/browse")).toBe("en");
  });

  it("lets the switcher override it, and remembers the choice in a cookie", async () => {
    const res = await request("/timeline?lang=ru", { headers: { "accept-language": "de" } });
    expect((await res.text()).includes("Хронология передач и депортаций")).toBe(true);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/lang=ru/);
    expect(await htmlLang("/map", { cookie: cookie.split(";")[0]!, "accept-language": "de" })).toBe("ru");
    expect(await htmlLang("/map?lang=klingon", { "accept-language": "de" })).toBe("de");
  });

  it("remembers only a language the visitor chose: a plain visit sets no cookie, so public pages stay cacheable", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    for (const path of ["/", "/browse", `/memorials/${slug}`, "/feed.atom"]) {
      const res = await request(path, { headers: { "accept-language": "de-DE,de;q=0.9" } });
      expect([path, res.status, res.headers.get("set-cookie")]).toEqual([path, 200, null]);
    }
    // The browser's language changed since the last visit, and nothing was chosen: it is followed.
    expect(await htmlLang("/browse", { "accept-language": "ru" })).toBe("ru");
    // A choice already remembered is not set again.
    const again = await request("/browse?lang=de", { headers: { cookie: "lang=de", "accept-language": "ru" } });
    expect(again.headers.get("set-cookie")).toBeNull();
    expect((await again.text()).match(/<html lang="([a-z]+)">/)?.[1]).toBe("de");
  });

  it("offers the same page in every language from the switcher, keeping the address", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const html = await (await request(`/memorials/${slug}?lang=de`)).text();
    expect(html).toContain(`<a href="/memorials/${slug}?lang=ru" hreflang="ru" lang="ru">Русский</a>`);
    expect(html).toContain('aria-current="true">Deutsch</a>');
    expect(html).toContain(`<link rel="alternate" hreflang="ru" href="https://zeugnis.test/memorials/${slug}?lang=ru"/>`);
  });

  it("formats dates and numbers per language", async () => {
    await publishMemorial(buberNeumannDocument());
    expect(await (await request("/timeline?lang=de")).text()).toContain("8. Februar 1940");
    expect(await (await request("/timeline?lang=ru")).text()).toContain("8 февраля 1940 г.");
    expect(await (await request("/timeline?lang=en")).text()).toContain("8 February 1940");
    expect(translator("en")("browse:count", { count: 1234 })).toBe("1,234 memorials");
    expect(translator("de")("browse:count", { count: 1234 })).toBe("1.234 Gedenkeinträge");
    expect(translator("ru")("browse:count", { count: 1234 })).toBe("1\u00a0234 записи");
    expect(translator("ru")("browse:count", { count: 5 })).toBe("5 записей");
    expect(translator("ru")("browse:count", { count: 21 })).toBe("21 запись");
  });
});
