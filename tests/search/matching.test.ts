import { beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { berlinZucker, hamburgZucker, namedPeople, otherName, person, primary } from "./fixtures";

interface Item {
  id: string;
  name: string;
  birth: string | null;
  birth_place: string | null;
  death_place: string | null;
  match: { kind: string; name: string | null; name_kind: string | null; primary: boolean };
}

const ids: Record<string, string> = {};

async function search(q: string): Promise<Item[]> {
  const res = await request(`/api/v1/memorials?q=${encodeURIComponent(q)}&limit=50`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Item[] }).items;
}

/** The match of one memorial in the results of q (undefined: not found). */
async function matchOf(q: string, key: string) {
  return (await search(q)).find((i) => i.id === ids[key])?.match;
}

beforeAll(async () => {
  ids.berlin = (await publishMemorial(berlinZucker())).memorialId;
  ids.hamburg = (await publishMemorial(hamburgZucker())).memorialId;
  for (const [key, doc] of Object.entries(namedPeople)) ids[key] = (await publishMemorial(doc())).memorialId;
});

describe("name search across spellings, scripts and aliases", () => {
  it("ranks an exact name first and tells the two Max Zuckers apart by their dates and places", async () => {
    const items = await search("Цуккер");
    expect(items.map((i) => i.id)).toEqual([ids.berlin, ids.hamburg]);
    expect(items[0]!.match).toMatchObject({ kind: "exact", name: "Макс Цуккер", name_kind: "transliteration", primary: false });
    expect(items[1]).toMatchObject({ birth: "1891", birth_place: "Hamburg", match: { kind: "transliteration", primary: true } });
    expect(items[0]).toMatchObject({ death_place: "Warsaw" });
  });

  it.each([
    ["Thälmann", "thaelmann", "exact"], ["Thalmann", "thaelmann", "folded"], ["Thaelmann", "thaelmann", "folded"],
    ["Süßkind", "suesskind", "folded"], ["Suesskind", "suesskind", "folded"], ["Susskind", "suesskind", "folded"],
    ["Smeral", "smeral", "folded"], ["Lucja Kostrzewa", "kostrzewa", "folded"],
  ])("finds %s regardless of accents, umlauts and ß (%s, %s)", async (q, key, kind) => {
    expect(await matchOf(q, key)).toMatchObject({ kind });
  });

  it.each([
    ["Zucker", "berlin"], ["Koritschoner", "koritschoner"], ["Korichoner", "koritschoner"],
    ["Vinogradov", "winogradow"], ["Виноградов", "winogradow"], ["Trotsky", "trotzki"], ["Троцкий", "trotzki"],
    ["Vyshinsky", "vishinsky"], ["Вышинский", "vishinsky"],
  ])("finds %s by transliteration (%s)", async (q, key) => {
    const match = await matchOf(q, key);
    expect(match?.kind).toMatch(q === "Zucker" ? /exact/ : /transliteration/);
  });

  it("finds a name that only sounds alike", async () => {
    expect(await matchOf("Minzenberg", "muenzenberg")).toMatchObject({ kind: "phonetic", name: "Willi Münzenberg" });
  });

  it("completes a short beginning of a name", async () => {
    expect(await matchOf("Koritsch", "koritschoner")).toBeUndefined();
    expect(await matchOf("Münzen", "muenzenberg")).toMatchObject({ kind: "prefix" });
    expect(await matchOf("Winog", "winogradow")).toMatchObject({ kind: "prefix" });
  });

  it("finds a person by an alias or pseudonym and says so", async () => {
    expect(await matchOf("Hans Bloch", "klein")).toMatchObject({ kind: "exact", name: "Hans Bloch", name_kind: "alias", primary: false });
    expect(await matchOf("Bendas", "bezentakos")).toMatchObject({ name: "Georgi Bendas", name_kind: "pseudonym" });
  });

  it("matches every word of the query, and both parts of a double name", async () => {
    const neumann = (await search("Neumann")).map((i) => i.id);
    expect(neumann).toEqual(expect.arrayContaining([ids.buberNeumann, ids.heinzNeumann]));
    const buber = (await search("Buber-Neumann")).map((i) => i.id);
    expect(buber).toContain(ids.buberNeumann);
    expect(buber).not.toContain(ids.heinzNeumann);
    expect(await matchOf("Margarete Bloch", "klein")).toBeUndefined();
  });

  it("ranks people who bear the whole name before those whose names only share its parts", async () => {
    const whole = (await publishMemorial(person([primary("Hans Rangfeld", "Hans", "Rangfeld")]))).memorialId;
    const parts = (await publishMemorial(person([primary("Fritz Rangfeld", "Fritz", "Rangfeld"), otherName("alias", "Hans Brenner")]))).memorialId;
    const order = (await search("Hans Rangfeld")).map((i) => i.id);
    expect(order.indexOf(whole)).toBe(0);
    expect(order).toContain(parts);
  });

  it("finds places and biographies with lower weight than names", async () => {
    expect(await matchOf("Ravensbruck", "buberNeumann")).toMatchObject({ kind: "text", name: null });
    expect(await matchOf("Warsaw", "berlin")).toMatchObject({ kind: "text" });
    const zucker = await search("Zucker");
    expect(zucker.slice(0, 2).map((i) => i.match.kind)).toEqual(["exact", "exact"]);
  });

  it("ignores initials and finds nothing for names nobody has", async () => {
    expect((await search("M. Zucker")).map((i) => i.id)).toEqual(expect.arrayContaining([ids.berlin, ids.hamburg]));
    expect(await search("Xyzzyq")).toEqual([]);
  });
});

describe("the search page", () => {
  it("shows why each result matched and the life dates and places of namesakes", async () => {
    const res = await request("/search?q=%D0%A6%D1%83%D0%BA%D0%BA%D0%B5%D1%80");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Results for “Цуккер”");
    expect(html).toContain("Exact match: “Макс Цуккер” (transliteration)");
    expect(html).toContain("Transliteration");
    expect(html).toContain("born 1891 in Hamburg");
    expect(html).toContain('<form class="search-form" role="search" action="/search" method="get">');
    expect(html).toContain("2 memorials found");
  });

  it("shows alias matches in German and the form alone without a query", async () => {
    const html = await (await request("/search?q=Hans+Bloch&lang=de")).text();
    expect(html).toContain("Genauer Treffer: „Hans Bloch“ (Deckname)");
    const empty = await request("/search");
    expect(empty.status).toBe(200);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("Search the archive");
    expect(emptyHtml).not.toContain('role="status"');
  });
});
