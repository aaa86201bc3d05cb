/**
 * What a visitor sees of the demo memorials, loaded by the real loader: every memorial page in
 * English, German and Russian, its API answer, the map, the places index and the timeline. None
 * of them may carry the converter's bookkeeping (issue 16, ../shared/data/demo-corrections.md):
 * words about the seed data, a place "not named in the text", a train or an unnamed border as a
 * place, one place under two spellings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import demo from "../../src/operations/demo/demo-persons.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import { request, testDb } from "../helpers/app";

const persons = (demo as { persons: DemoPerson[] }).persons;
const LOCALES = ["en", "de", "ru"] as const;

/** The converter's own words, as the historian found them on public pages. */
const CONVERTER_NOTES = [
  /seed data/i,
  /\bseed\b/i,
  /not named in the (?:text|sources)/i,
  /not given in the/i,
  /the border \(not named/i,
];

/** Seed strings that name no place. */
const NOT_PLACES = /^(?:on a train|(?:the )?border\b.*|(?:the )?gulag)$/i;

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** What a reader sees: the text of the page without scripts, styles and markup. */
function visibleText(html: string): string {
  return decode(
    html
      .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
      .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
      .replace(/<[^>]+>/g, " "),
  );
}

function notesIn(text: string): string[] {
  return CONVERTER_NOTES.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`"${match[0]}" in …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`] : [];
  });
}

async function page(path: string): Promise<string> {
  const res = await request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The JSON the map script draws. */
function mapData(html: string): { places: Array<{ name: string; others: string[] }>; markers: Array<{ address: string }> } {
  return JSON.parse(html.match(/<script type="application\/json" id="map-data"[^>]*>(.*?)<\/script>/s)![1]!);
}

beforeAll(async () => {
  await loadDemoMemorials(testDb(), persons);
});

describe("the demo memorials as visitors see them", () => {
  it("carry no converter note on any memorial page, in English, German or Russian", async () => {
    const found: string[] = [];
    for (const person of persons) {
      for (const lang of LOCALES) {
        const path = `/memorials/${person.slug}?lang=${lang}`;
        found.push(...notesIn(visibleText(await page(path))).map((note) => `${path}: ${note}`));
      }
    }
    expect(found).toEqual([]);
  });

  it("carry no converter note and no place that is none in their API answers", async () => {
    const found: string[] = [];
    for (const person of persons) {
      const path = `/api/v1/memorials/${person.id}`;
      const body = (await (await request(path)).json()) as { document: { events: Array<{ place?: { name: string } }> } };
      found.push(...notesIn(JSON.stringify(body)).map((note) => `${path}: ${note}`));
      for (const event of body.document.events) {
        if (event.place && NOT_PLACES.test(event.place.name)) found.push(`${path}: "${event.place.name}" as a place`);
      }
    }
    expect(found).toEqual([]);
  });

  it("put only named places on the map, the places index and the timeline, each under one name", async () => {
    for (const lang of LOCALES) {
      for (const path of [`/map?lang=${lang}`, `/browse/places?lang=${lang}`, `/timeline?lang=${lang}`]) {
        const html = await page(path);
        const text = visibleText(html);
        expect(notesIn(text), path).toEqual([]);
        expect(text, path).not.toMatch(/\bon a train\b/i);
        expect(text, path).not.toContain("Ravensburg");
        expect(text, path).not.toContain("Brest Litovsk");
      }
      const data = mapData(await page(`/map?lang=${lang}`));
      for (const place of data.places) {
        expect(NOT_PLACES.test(place.name), place.name).toBe(false);
        expect(notesIn(JSON.stringify(place)), place.name).toEqual([]);
      }
      // Brest and Ravensbrück: one place each, under one name, however the texts spell them.
      expect(data.places.find((p) => p.name === "Brest, Belarus")?.others).toEqual(["Brest-Litovsk"]);
      expect(data.places.find((p) => p.name.startsWith("Ravensbrück"))?.others).toEqual(["Ravensbrück concentration camp"]);
    }
  });

  it("show P. Miletić's summary with his name, not cut at the initial", async () => {
    const res = await request(`/api/v1/memorials?q=${encodeURIComponent("Miletić")}`);
    const items = ((await res.json()) as { items: Array<{ slug: string; summary: string }> }).items;
    const miletic = items.find((i) => i.slug === "p-miletic");
    expect(miletic?.summary).toMatch(/^P\. Miletić, a former secretary/);
    expect(await page("/memorials/p-miletic")).toContain("autumn 1939");
  });

  it("say on the home page only what the texts say about the handovers, in every language", async () => {
    const home = { en: visibleText(await page("/?lang=en")), de: visibleText(await page("/?lang=de")), ru: visibleText(await page("/?lang=ru")) };
    expect(home.en).toContain("From 1934 the Soviet secret police arrested");
    expect(home.en).toContain("About sixty of them were deported to Nazi Germany in 1937–38");
    expect(home.en).not.toMatch(/Between 1937 and 1941|thousands/);
    expect(home.de).toContain("Ab 1934 verhaftete");
    expect(home.de).not.toMatch(/Zwischen 1937 und 1941|Tausende/);
    expect(home.ru).toContain("С 1934 года");
    expect(home.ru).not.toMatch(/В 1937–1941 годах|тысячи/);
  });
});
