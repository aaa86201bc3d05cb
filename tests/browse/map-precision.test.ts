import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import TOWNS from "../../public/vendor/basemap-places.json";
import ALIASES from "../../src/archive/browse/basemap-aliases.json";
import { derivedPrecision, findTown, locate } from "../../src/archive/browse/map-points";
import { ORIGIN } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";

/** The map page as served where no tile server is configured (the default of wrangler.toml). */
async function mapWithoutTiles(query = ""): Promise<string> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(new URL(`/map${query}`, ORIGIN)), { ...env, TILE_URL: "", TILE_ATTRIBUTION: "" }, ctx);
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(200);
  return res.text();
}

interface MapData {
  attribution: string | null;
  basemap: { water: string; towns: string } | null;
  places: Array<{ name: string; lat: number; lon: number; precision: string; townCentre: boolean }>;
  markers: Array<{ address: string; href: string; lat: number; lon: number; precision: string; note: string | null }>;
}
const mapData = (html: string) => JSON.parse(html.match(/id="map-data"[^>]*>(.*?)<\/script>/s)![1]!) as MapData;

describe("the archive's own base map", () => {
  it("knows the towns of the archive's geography in English, German and Russian spellings", () => {
    const engels = findTown("Engels", "RU");
    expect(engels?.lat).toBeCloseTo(51.5, 0);
    expect(engels?.lon).toBeCloseTo(46.1, 0);
    expect(findTown("Караганда")).toEqual(findTown("Karaganda"));
    expect(findTown("Workuta")).toEqual(findTown("Vorkuta"));
    expect(findTown("Stalinsk (now Novokuznetsk)")).toEqual(findTown("Novokuznetsk"));
    expect(findTown("Brest", "BY")?.lon).toBeCloseTo(23.7, 0);
    expect(findTown("Brest", "FR")?.lon).toBeCloseTo(-4.5, 0);
    expect(findTown("Nowhere-upon-Nothing")).toBeNull();
  });

  it("finds a town by its other and former names, but a town's own name comes first", () => {
    expect(findTown("Wien")).toEqual(findTown("Vienna"));
    expect(findTown("Stalinsk")).toEqual(findTown("Novokuznetsk"));
    expect(findTown("Сталинск")).toEqual(findTown("Novokuznetsk"));
    // Pokrovsk is a town in Ukraine today, and was Engels' name until 1931.
    expect(findTown("Pokrovsk")?.lon).toBeCloseTo(37.2, 0);
    expect(findTown("Pokrovsk", "RU")).toEqual(findTown("Engels", "RU"));
  });

  it("can find every town it draws, and knows each town's other names", () => {
    expect(ALIASES).toHaveLength(TOWNS.length);
    const lost = (TOWNS as Array<[string, string, string, string]>).filter(([name, , , country]) => findTown(name, country) === null);
    expect(lost).toEqual([]);
  });

  it("says how precise a point is: a stone's own coordinates are exact, a town's name only its centre", () => {
    expect(derivedPrecision({ kind: "marker", lat: 52.5, lon: 13.4, address: "Hauptstraße 5", names: ["Berlin"] })).toBe("exact");
    expect(derivedPrecision({ kind: "place", lat: 55.75, lon: 37.62, names: ["Moscow"] })).toBe("town");
    expect(locate({ kind: "marker", lat: null, lon: null, address: "Hauptstraße 5", names: ["Wien"] })).toMatchObject({ precision: "town", townCentre: true });
    expect(locate({ kind: "marker", lat: null, lon: null, names: ["Nowhere-upon-Nothing"] })).toBeNull();
    // Issue 19 will store a precision: the drawing takes it as given.
    expect(locate({ kind: "marker", lat: 52.5, lon: 13.4, names: [] }, "street")).toMatchObject({ precision: "street", townCentre: false });
  });

  it("draws towns, rivers and borders without a tile server, and marks points placed at a town's centre", async () => {
    const doc = zuckerDocument();
    doc.events!.push({ type: "exile", date: { edtf: "1941" }, place: { name: "Engels", country: "RU" }, sources: ["s1"] });
    doc.markers = [
      { kind: "stolperstein", address: "Heinrich-Dernburg-Straße 5", place: { name: "Berlin", country: "DE", lat: 52.4735, lon: 13.3581 } },
      { kind: "plaque", address: "Praterstraße 1", place: { name: "Wien" } },
      { kind: "plaque", address: "Heinrich Dernburg Street", place: { name: "West Berlin", modern_name: "Berlin", country: "DE" } },
      { kind: "other", address: "Somewhere", place: { name: "Nowhere-upon-Nothing" } },
    ];
    const { slug } = await publishMemorial(doc);
    const html = await mapWithoutTiles();
    const data = mapData(html);
    expect(data.basemap).toEqual({ water: "/vendor/basemap-water.json", towns: "/vendor/basemap-places.json" });
    expect(data.places.find((p) => p.name === "Engels")).toMatchObject({ precision: "town", townCentre: true });
    expect(data.places.find((p) => p.name === "Moscow")).toMatchObject({ precision: "town", townCentre: false, lat: 55.7558 });
    const mine = data.markers.filter((m) => m.href === `/memorials/${slug}`);
    expect(mine.map((m) => [m.address, m.precision, m.note !== null])).toEqual([
      ["Heinrich-Dernburg-Straße 5", "exact", false],
      ["Heinrich Dernburg Street", "town", true],
      ["Praterstraße 1", "town", true],
    ]);
    // Without JavaScript the lists say the same in words.
    expect(html).toContain("Praterstraße 1<span class=\"muted\"> (shown at the town&#39;s centre; the address is not on the map)</span>");
    expect(html).toContain("Somewhere<span class=\"muted\"> (not on the map)</span>");
    expect(html).toMatch(/<div class="map-legend" hidden="">.*Exact spot.*Street known.*Town only/s);
  });

  it("credits the base map's sources and the towns' licence with the map", async () => {
    const html = await mapWithoutTiles();
    expect(mapData(html).attribution).toBe("GeoNames (CC BY 4.0), Natural Earth");
    const sources = html.match(/<p class="map__outlines muted" hidden="">(.*?)<\/p>/s)![1]!;
    expect(sources).toContain('Towns: <a href="https://www.geonames.org/" rel="noreferrer">GeoNames</a>');
    expect(sources).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="noreferrer">CC BY 4.0</a>; a selection, coordinates rounded)');
    expect(sources).toContain('borders, rivers and lakes: <a href="https://www.naturalearthdata.com/" rel="noreferrer">Natural Earth</a> (public domain).');
    expect(await mapWithoutTiles("?lang=de")).toContain("Orte: <a href=\"https://www.geonames.org/\"");
    expect(await mapWithoutTiles("?lang=ru")).toContain("(общественное достояние)");
  });

  it("ships the base map as the archive's own small files", async () => {
    for (const [path, most] of [["/vendor/basemap-places.json", 100_000], ["/vendor/basemap-water.json", 220_000]] as const) {
      const res = await env.ASSETS.fetch(new Request(new URL(path, ORIGIN)));
      expect(res.status, path).toBe(200);
      const body = await res.text();
      expect(body.length, path).toBeLessThan(most);
      expect(() => JSON.parse(body)).not.toThrow();
    }
  });
});
