import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { blochDocument, buberNeumannDocument, cyrillicDocument } from "../helpers/public-documents";

const page = async (path: string) => {
  const res = await request(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

describe("browsing by fate", () => {
  it("counts memorials per fate and lists those with a given fate in name order", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const bloch = await publishMemorial(blochDocument());
    const index = await page("/browse/fate");
    expect(index).toMatch(/<a href="\/browse\/fate\/handover">Handed over to the Gestapo<\/a><span class="facet-count"> — \d+ memorials?<\/span>/);
    const handover = await page("/browse/fate/handover");
    expect(handover).toContain(`/memorials/${bn.slug}`);
    expect(handover).not.toContain(`/memorials/${bloch.slug}`);
    const deportation = await page("/browse/fate/deportation?lang=de");
    expect(deportation).toContain("Schicksal: Deportation");
    expect(deportation).toContain(`/memorials/${bloch.slug}`);
  });

  it("answers 404 for a fate that does not exist and 400 for a forged cursor", async () => {
    expect((await request("/browse/fate/holiday")).status).toBe(404);
    expect((await request("/browse/fate/arrest?after=not-a-cursor")).status).toBe(400);
  });

  it("pages through long lists with a cursor", async () => {
    for (let i = 0; i < 3; i++) await publishMemorial(zuckerDocument());
    const first = await page("/browse/fate/gestapo_custody");
    expect(first).not.toContain('rel="next"');
    const arrests = await page("/browse/fate/arrest");
    const cards = arrests.match(/class="card memorial-card"/g)?.length ?? 0;
    expect(cards).toBeGreaterThanOrEqual(3);
  });
});

describe("browsing by year of arrest or handover", () => {
  it("counts only dates the evidence places within one year, and lists each year's memorials", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const bloch = await publishMemorial(blochDocument());
    const index = await page("/browse/years");
    expect(index).toMatch(/<th scope="row"><a href="\/browse\/years\/1940">1940<\/a><\/th><td>0<\/td><td><a href="\/browse\/years\/1940\?event=handover">\d+<\/a><\/td>/);
    const arrests1937 = await page("/browse/years/1937?event=arrest");
    expect(arrests1937).toContain(`/memorials/${bloch.slug}`);
    expect(arrests1937).not.toContain(`/memorials/${bn.slug}`);
    const handovers1940 = await page("/browse/years/1940?event=handover");
    expect(handovers1940).toContain(`/memorials/${bn.slug}`);
    expect((await request("/browse/years/1940?event=picnic")).status).toBe(422);
  });
});

describe("browsing by place", () => {
  it("groups places by country and today's name, keeping the names the sources use", async () => {
    const bn = await publishMemorial(buberNeumannDocument());
    const index = await page("/browse/places");
    expect(index).toContain("<h2>Belarus</h2>");
    expect(index).toContain('<a href="/browse/place?name=Brest%2C%20Belarus">Brest, Belarus</a>');
    expect(index).toContain("in the sources: Brest-Litovsk");
    const ru = await page("/browse/places?lang=ru");
    expect(ru).toContain("<h2>Беларусь</h2>");
    const brest = await page("/browse/place?name=Brest%2C%20Belarus");
    expect(brest).toContain(`/memorials/${bn.slug}`);
    expect((await request("/browse/place?name=Atlantis")).status).toBe(404);
  });
});

describe("the A–Z index", () => {
  it("files Cyrillic names under their transliteration and shows both forms", async () => {
    const schulz = await publishMemorial(cyrillicDocument());
    const zucker = await publishMemorial(zuckerDocument());
    const index = await page("/browse/a-z");
    expect(index).toContain('<a href="/browse/a-z/s">S</a>');
    expect(index).toContain('<span class="letters__empty">Q</span>');
    const s = await page("/browse/a-z/s");
    expect(s).toContain(`<a href="/memorials/${schulz.slug}" lang="ru">Шульц, Эрих</a>`);
    expect(s).toMatch(/also written <span lang="de">Erich Schulz<\/span>/);
    const z = await page("/browse/a-z/z?lang=ru");
    expect(z).toContain(`<a href="/memorials/${zucker.slug}">Zucker, Max</a>`);
    expect(z).toMatch(/также пишется <span lang="ru">Макс Цуккер<\/span>/);
    expect((await request("/browse/a-z/ä")).status).toBe(404);
  });

  it("gathers names outside a–z under 'Other'", async () => {
    const doc = zuckerDocument();
    doc.names = [{ primary: true, kind: "other", display: "משה כהן", script: "Hebr", lang: "he" }];
    const cohen = await publishMemorial(doc);
    const other = await page("/browse/a-z/other");
    expect(other).toContain(`/memorials/${cohen.slug}`);
    expect(other).toContain("Names under Other");
  });
});

describe("the browse overview", () => {
  it("offers every way into the archive in the reader's language", async () => {
    const html = await page("/browse?lang=de");
    for (const href of ["/browse/fate", "/browse/years", "/browse/places", "/browse/a-z", "/map", "/timeline"]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain("Im Archiv stöbern");
  });
});
