import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { blochDocument, buberNeumannDocument } from "../helpers/public-documents";

const page = async (path: string) => {
  const res = await request(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

describe("the map", () => {
  it("lists every place and marker as text, and gives the script the same data with our own Leaflet", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const doc = zuckerDocument();
    doc.markers![0]!.place = { name: "Berlin", country: "DE", lat: 52.4735, lon: 13.3581 };
    const zucker = await publishMemorial(doc);
    const html = await page("/map");
    expect(html).toContain('<a href="/browse/place?name=Brest%2C%20Belarus">Brest, Belarus</a>');
    expect(html).toContain(`<a href="/memorials/${zucker.slug}">Max Zucker</a> — Memorial plaque, Heinrich-Dernburg-Straße, Berlin`);
    expect(html).toContain('<div id="map" class="map" role="region" aria-label="Interactive map" hidden=""></div>');
    expect(html).toContain('<script src="/vendor/leaflet/leaflet.js" defer=""></script>');
    expect(html).not.toMatch(/unpkg|cdnjs|jsdelivr/);
    const data = JSON.parse(html.match(/<script type="application\/json" id="map-data"[^>]*>(.*?)<\/script>/s)![1]!);
    expect(data.tiles).toBe("https://tiles.example.org/{z}/{x}/{y}.png");
    expect(data.places.some((p: { name: string; lat: number }) => p.name === "Brest, Belarus" && p.lat === 52.0976)).toBe(true);
    expect(data.markers.some((m: { href: string }) => m.href === `/memorials/${zucker.slug}`)).toBe(true);
    expect(html).not.toContain(`/memorials/${bn.slug}`);
  });

  it("centres on a place given by ?at= and refuses nonsense coordinates", async () => {
    await publishMemorial(zuckerDocument());
    const html = await page("/map?at=52.4735,13.3581");
    const data = JSON.parse(html.match(/id="map-data"[^>]*>(.*?)<\/script>/s)![1]!);
    expect(data.focus).toEqual({ lat: 52.4735, lon: 13.3581 });
    expect((await request("/map?at=123,456")).status).toBe(422);
  });
});

describe("the timeline", () => {
  it("groups handovers and deportations on the same day at the same place into one transport", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const bloch = await publishMemorial(blochDocument());
    const html = await page("/timeline");
    const transport = html.slice(html.indexOf("8 February 1940"));
    expect(transport).toContain("Handed over to the Gestapo · Brest-Litovsk");
    expect(transport).toContain(`/memorials/${bn.slug}`);
    expect(html).toMatch(/Deportation · Brest-Litovsk<span class="place__modern"> \(today Brest, Belarus\)<\/span><span class="muted"> — 1 person/);
    expect(html).toContain(`/memorials/${bloch.slug}`);
    const years = [...html.matchAll(/<h2 id="timeline-\d+">(\d{4})<\/h2>/g)].map((m) => Number(m[1]));
    expect(years).toContain(1940);
    expect(years).toEqual([...years].sort());
  });

  it("filters by kind of event and speaks German", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const bloch = await publishMemorial(blochDocument());
    const html = await page("/timeline?type=handover&lang=de");
    expect(html).toContain("8. Februar 1940");
    expect(html).toContain(`/memorials/${bn.slug}`);
    expect(html).not.toContain(`/memorials/${bloch.slug}`);
    expect(html).toContain('aria-current="page">Übergabe an die Gestapo</a>');
    expect((await request("/timeline?type=holiday")).status).toBe(422);
  });
});
