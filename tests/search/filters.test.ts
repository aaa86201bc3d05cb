import { beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { berlinZucker, hamburgZucker, person, primary } from "./fixtures";

const ids: Record<string, string> = {};

interface Page {
  items: Array<{ id: string; name: string }>;
  next_cursor: string | null;
  facets?: { total: number; fate: Array<[string, number]>; country: Array<[string, number]>; nationality: Array<[string, number]>; marker: Array<[string, number]> };
}

async function api(query: string): Promise<Page> {
  const res = await request(`/api/v1/memorials?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

/** Three "Filterfeld" relatives with different fates, so filters and facets have something to tell apart. */
beforeAll(async () => {
  ids.berlin = (await publishMemorial(berlinZucker())).memorialId;
  ids.hamburg = (await publishMemorial(hamburgZucker())).memorialId;
  ids.anna = (await publishMemorial(person([primary("Anna Filterfeld", "Anna", "Filterfeld")], {
    persecuted_by: ["soviet", "nazi"],
    nationalities: ["German"],
    organisations: ["KPD"],
    events: [
      { type: "birth", date: { edtf: "1905" }, sources: ["s1"] },
      { type: "arrest", date: { edtf: "1937-11" }, place: { name: "Moscow", country: "RU" }, sources: ["s1"] },
      { type: "handover", date: { edtf: "1940-02" }, place: { name: "Brest-Litovsk", modern_name: "Brest", country: "BY" }, sources: ["s1"] },
    ],
  }))).memorialId;
  ids.bruno = (await publishMemorial(person([primary("Bruno Filterfeld", "Bruno", "Filterfeld")], {
    persecuted_by: ["soviet"],
    nationalities: ["Austrian"],
    events: [
      { type: "birth", date: { edtf: "1899" }, sources: ["s1"] },
      { type: "arrest", date: { edtf: "1938-03" }, place: { name: "Leningrad", country: "RU" }, sources: ["s1"] },
      { type: "execution", date: { edtf: "1938-10" }, place: { name: "Butovo", country: "RU" }, sources: ["s1"] },
    ],
  }))).memorialId;
  ids.clara = (await publishMemorial(person([primary("Clara Filterfeld", "Clara", "Filterfeld")], {
    persecuted_by: ["nazi"],
    events: [{ type: "survival", date: { edtf: "1945" }, sources: ["s1"] }],
    markers: [{ kind: "stolperstein", place: { name: "Wien", country: "AT" }, sources: ["s1"] }],
  }))).memorialId;
});

const found = async (query: string) => (await api(`q=Filterfeld&${query}`)).items.map((i) => i.id).sort();

describe("filters", () => {
  it("narrow by fate, persecutor, year of an event, place, country, nationality, organisation and marker", async () => {
    expect(await found("")).toEqual([ids.anna, ids.bruno, ids.clara].sort());
    expect(await found("fate=handover")).toEqual([ids.anna]);
    expect(await found("fate=arrest&fate=execution")).toEqual([ids.bruno]);
    expect(await found("persecutor=nazi")).toEqual([ids.anna, ids.clara].sort());
    expect(await found("event=arrest&from=1937&to=1937")).toEqual([ids.anna]);
    expect(await found("from=1938&to=1938")).toEqual([ids.bruno]);
    expect(await found("place=Brest")).toEqual([ids.anna]);
    expect(await found("place=Brest-Litovsk")).toEqual([ids.anna]);
    expect(await found("country=ru")).toEqual([ids.anna, ids.bruno].sort());
    expect(await found("nationality=austrian")).toEqual([ids.bruno]);
    expect(await found("organisation=KPD")).toEqual([ids.anna]);
    expect(await found("marker=1")).toEqual([ids.clara]);
  });

  it("work without a query too, and on the search page", async () => {
    const items = (await api("fate=handover&limit=100")).items.map((i) => i.id);
    expect(items).toContain(ids.anna);
    expect(items).not.toContain(ids.bruno);
    const html = await (await request("/search?marker=1")).text();
    expect(html).toContain("Clara Filterfeld");
    expect(html).toContain("Max Zucker");
    expect(html).not.toContain("Anna Filterfeld");
  });

  // Without words, facets read candidates from a filter's index (search.queries.ts, filteredDocs).
  it.each([
    "place=Brest",
    "country=ru&nationality=austrian",
    "organisation=KPD",
    "event=arrest&from=1937&to=1937",
    "from=1938&to=1938",
    "to=1900",
    "from=1945",
    "fate=arrest&fate=execution",
    "fate=handover&event=arrest&from=1937&to=1937",
    "fate=handover&from=1937&to=1937",
    "persecutor=nazi&marker=1",
  ])("without a query, count exactly the memorials they list (%s)", async (query) => {
    const { items, facets, next_cursor } = await api(`${query}&facets=1&limit=100`);
    expect(next_cursor).toBeNull();
    expect(items.length).toBeGreaterThan(0);
    expect(facets?.total).toBe(items.length);
  });

  it("count the matches per facet value", async () => {
    const { facets } = await api("q=Filterfeld&facets=1");
    expect(facets?.total).toBe(3);
    expect(facets?.fate).toEqual(expect.arrayContaining([["arrest", 2], ["handover", 1], ["survival", 1]]));
    expect(facets?.country).toEqual(expect.arrayContaining([["RU", 2], ["AT", 1], ["BY", 1]]));
    expect(facets?.nationality).toEqual(expect.arrayContaining([["German", 1], ["Austrian", 1]]));
    const html = await (await request("/search?q=Filterfeld")).text();
    expect(html).toContain('href="/search?q=Filterfeld&amp;fate=handover"');
    expect(html).toContain("3 memorials found");
  });

  it("refuse invalid values with field paths", async () => {
    const res = await request("/api/v1/memorials?q=Filterfeld&fate=beheaded");
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors[0]?.path).toMatch(/^fate/);
    const page = await request("/search?q=Filterfeld&from=year");
    expect(page.status).toBe(422);
    expect(await page.text()).toContain("Some search settings could not be used");
  });
});

describe("pagination", () => {
  it.each(["relevance", "name", "date"])("pages through every match once, in a stable order (%s)", async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await api(`q=Filterfeld&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next_cursor;
    } while (cursor && seen.length < 20);
    const all = (await api(`q=Filterfeld&sort=${sort}&limit=100`)).items.map((i) => i.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("orders by date of birth and answers 400 for a tampered cursor", async () => {
    const byDate = (await api("q=Filterfeld&sort=date")).items.map((i) => i.id);
    expect(byDate).toEqual([ids.bruno, ids.anna, ids.clara]);
    expect((await request("/api/v1/memorials?q=Filterfeld&cursor=bm9wZQ")).status).toBe(400);
  });

  it("leaves the plain list unchanged when nothing is searched", async () => {
    const res = await request("/api/v1/memorials?limit=2");
    const body = (await res.json()) as Page;
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).not.toHaveProperty("match");
  });
});
