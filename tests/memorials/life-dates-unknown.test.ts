import { describe, expect, it } from "vitest";
import { formatLifeDates } from "../../src/domain/dates/date-format";
import { request } from "../helpers/app";
import { decodeEntities } from "../helpers/html";
import { publishMemorial } from "../helpers/memorials";

/** A person the records name, but for whom no birth or death is recorded at all. */
function undatedDocument() {
  return {
    names: [{ primary: true, kind: "other" as const, display: "Erna Ungewiss", given: "Erna", family: "Ungewiss", script: "Latn" }],
    sex: "female" as const,
    events: [{ type: "arrest" as const, place: { name: "Moscow", country: "RU" }, sources: ["s1"] }],
    sources: [{ id: "s1", kind: "archive" as const, citation: "Arrest list, 1938." }],
  };
}

const IN_WORDS = { en: "dates unknown", de: "Lebensdaten unbekannt", ru: "даты жизни неизвестны" } as const;

const page = async (path: string) => decodeEntities(await (await request(path)).text());

describe("people whose life dates nobody knows", () => {
  it("are said to have unknown dates in words, never as 'unknown – unknown'", () => {
    expect(formatLifeDates(null, null, "en")).toBe("dates unknown");
    expect(formatLifeDates(undefined, null, "de")).toBe("Lebensdaten unbekannt");
    expect(formatLifeDates(null, undefined, "ru")).toBe("даты жизни неизвестны");
  });

  it("name the one date that is missing when the other is known", () => {
    expect(formatLifeDates(null, "1941-10-23", "en")).toBe("date of birth unknown – 23 October 1941");
    expect(formatLifeDates("1901", null, "de")).toBe("1901 – Todesdatum unbekannt");
    expect(formatLifeDates("1890~", null, "ru")).toBe("около 1890 г. – дата смерти неизвестна");
    expect(formatLifeDates("1890~", "1941", "en")).toBe("about 1890 – 1941");
  });

  it("read so on the memorial page, in the search hits, in the A–Z index and on the home page, in every language", async () => {
    const { slug } = await publishMemorial(undatedDocument());
    for (const [lang, words] of Object.entries(IN_WORDS)) {
      const pages = {
        memorial: await page(`/memorials/${slug}?lang=${lang}`),
        search: await page(`/search?q=Ungewiss&lang=${lang}`),
        index: await page(`/browse/a-z/u?lang=${lang}`),
        home: await page(`/?lang=${lang}`),
      };
      for (const [where, html] of Object.entries(pages)) {
        expect([lang, where, html.includes(words)]).toEqual([lang, where, true]);
        expect([lang, where, /(unknown|unbekannt|неизвестно) – (unknown|unbekannt|неизвестно)/.test(html)]).toEqual([lang, where, false]);
      }
    }
  });
});
