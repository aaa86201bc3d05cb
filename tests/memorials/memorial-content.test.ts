import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { approve, submitRevision } from "../media/access";
import { plainJpeg } from "../media/fixtures";
import { uploadOk } from "../media/helpers";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { blochDocument, buberNeumannDocument, cyrillicDocument } from "../helpers/public-documents";

const page = async (path: string, headers: Record<string, string> = {}) => (await request(path, { headers })).text();

describe("what a memorial page shows", () => {
  it("names every other form with its kind and script, and the birth name as 'born'", async () => {
    const { slug } = await publishMemorial(buberNeumannDocument());
    const html = await page(`/memorials/${slug}`);
    expect(html).toContain('<h1 lang="de">Margarete Buber-Neumann</h1>');
    expect(html).toMatch(/born <span class="name-form__name" lang="de">Margarete Thüring<\/span>/);
    expect(html).toMatch(/lang="ru">Маргарете Бубер-Нейман<\/span> — transliteration/);
    expect(html).toContain("(Cyrillic script)");
    const de = await page(`/memorials/${slug}?lang=de`);
    expect(de).toMatch(/geborene <span class="name-form__name" lang="de">Margarete Thüring/);
    const ru = await page(`/memorials/${slug}?lang=ru`);
    expect(ru).toMatch(/урождённая <span class="name-form__name" lang="de">Margarete Thüring/);
  });

  it("gives birth and death only as precisely as the evidence does", async () => {
    const { slug } = await publishMemorial(blochDocument());
    const html = await page(`/memorials/${slug}`);
    expect(html).toMatch(/<dt>Born<\/dt><dd><span class="date"><time datetime="1890" data-edtf="1890~">about 1890<\/time>/);
    expect(html).toContain('href="#fate">family account</a>');
    expect(html).toMatch(/<dt>Died<\/dt><dd><span class="date date--unknown">unknown<\/span>/);
    expect(html).toMatch(/Hans Bloch<\/span> — party name/);
    expect(html).toContain("3 November 1937");
  });

  it("shows a disputed fact with both versions, each with its own numbered source", async () => {
    const { slug } = await publishMemorial(buberNeumannDocument());
    const html = await page(`/memorials/${slug}`);
    const camp = html.slice(html.indexOf('class="event event--camp'), html.indexOf('class="event event--survival'));
    expect(camp).toContain("sources disagree");
    expect(camp).toContain("Ravensbrück");
    expect(camp).toContain("Other version");
    expect(camp).toContain("Ravensburg");
    expect(camp).toContain('href="#source-1"');
    expect(camp).toContain('href="#source-2"');
    expect(html).toContain('<li id="source-2">');
    expect(html).toContain("Brest-Litovsk<span class=\"place__modern\"> (today Brest, Belarus)</span>");
  });

  it("shows the Zucker plaque with address, a small map of tiles and a link to the archive map", async () => {
    const [uploader, moderator] = [await signIn("contributor"), await signIn("moderator")];
    const photo = await uploadOk(uploader.cookie, plainJpeg(48, 32), "plaque-zucker.jpg");
    const markers = zuckerDocument().markers!;
    markers[0]!.inscription = "Max Zucker\n1937 verhaftet";
    markers[0]!.place = { name: "Berlin", country: "DE", lat: 52.4735, lon: 13.3581 };
    markers[0]!.media_id = photo.id;
    const revision = await submitRevision(uploader.id, [photo.ref], "pending", undefined, { markers });
    const memorialId = await approve(revision.id, moderator);
    const res = await request(`/memorials/${memorialId}`);
    const html = await res.text();
    expect(html).toContain("Memorial plaque");
    expect(html).toContain("Heinrich-Dernburg-Straße, Berlin");
    expect(html).toContain("<blockquote>Max Zucker\n1937 verhaftet</blockquote>");
    expect(html).toMatch(/<svg class="mini-map__image"[^>]*role="img"/);
    expect(html).toMatch(/<image href="https:\/\/tiles\.example\.org\/15\/\d+\/\d+\.png"/);
    expect(html).toContain('href="/map?at=52.4735,13.3581"');
    expect(html).toContain("© Example tile contributors");
    expect(html).toContain(`<img src="/media/${photo.id}?size=thumb" alt="Memorial plaque, Heinrich-Dernburg-Straße, Berlin"`);
    expect((await request(`/media/${photo.id}?size=thumb`)).status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.org/);
  });

  it("links relations to published memorials only", async () => {
    const wife = await publishMemorial(buberNeumannDocument());
    const doc = blochDocument();
    doc.relations = [
      { type: "cellmate", memorial_id: wife.memorialId },
      { type: "sibling", memorial_id: "mem_doesnotexist0", name: "Anna Blochmann" },
    ];
    const { slug } = await publishMemorial(doc);
    const html = await page(`/memorials/${slug}`);
    expect(html).toContain(`<a href="/memorials/${wife.slug}">Margarete Buber-Neumann</a>`);
    expect(html).toContain("<span>Anna Blochmann</span>");
    expect(html).not.toContain('href="/memorials/mem_doesnotexist0"');
  });

  it("shows approved media as figures with thumbnails, caption, credit and licence, and hides a file rejected later", async () => {
    const uploader = await signIn("contributor");
    const moderator = await signIn("moderator");
    const file = await uploadOk(uploader.cookie, plainJpeg(), "plaque.jpg");
    const revision = await submitRevision(uploader.id, [
      { id: file.id, caption: { en: "The plaque in 2021", de: "Die Tafel 2021" }, credit: "A. Photographer", licence: "CC-BY-4.0", rights_confirmed: true },
    ]);
    const memorialId = await approve(revision.id, moderator);
    const html = await page(`/memorials/${memorialId}`);
    expect(html).toContain(`<a href="/media/${file.id}"><img src="/media/${file.id}?size=thumb" alt="The plaque in 2021"`);
    expect(html).toContain("Credit: A. Photographer");
    expect(html).toContain("Licence: CC BY 4.0");

    const rejected = await request(`/api/v1/moderation/media/${file.id}/reject`, {
      method: "POST",
      cookie: moderator.cookie,
      json: { reason: "The family asked us to remove this photo." },
    });
    expect(rejected.status).toBe(200);
    expect(await page(`/memorials/${memorialId}`)).not.toContain(`/media/${file.id}`);
    const withoutMedia = await page(`/memorials/${(await publishMemorial(zuckerDocument())).slug}`);
    expect(withoutMedia).not.toContain('class="gallery"');
  });

  it("links external ids and gives them as sameAs in the JSON-LD, with OpenGraph tags", async () => {
    const { slug } = await publishMemorial(buberNeumannDocument());
    const html = await page(`/memorials/${slug}`);
    expect(html).toContain('<a href="https://www.wikidata.org/wiki/Q1234567" rel="noopener">Wikidata: Q1234567</a>');
    const data = JSON.parse(html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s)![1]!);
    expect(data).toMatchObject({ "@type": "ProfilePage", mainEntity: { "@type": "Person", birthDate: "1901", deathDate: "1989-11-06", sameAs: ["https://www.wikidata.org/wiki/Q1234567"] } });
    expect(data.mainEntity.birthPlace).toMatchObject({ "@type": "Place", name: "Potsdam" });
    expect(html).toContain('<meta property="og:title" content="Margarete Buber-Neumann"/>');
    expect(html).toContain('<meta property="og:type" content="profile"/>');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/zeugnis\.test\/memorials\/[^"]+"/);
  });

  it("shows content in the reader's language where it exists, otherwise what exists, marked with lang", async () => {
    const { slug } = await publishMemorial(cyrillicDocument());
    const en = await page(`/memorials/${slug}`);
    expect(en).toContain('<h1 lang="ru">Эрих Шульц</h1>');
    expect(en).toContain("This text is only available in another language.");
    expect(en).toContain('<div class="prose" lang="ru">');
    const ru = await page(`/memorials/${slug}?lang=ru`);
    expect(ru).not.toContain("Этот текст доступен только на другом языке.");
    const bn = (await publishMemorial(buberNeumannDocument())).slug;
    const de = await page(`/memorials/${bn}`, { "accept-language": "de-AT,de;q=0.9,en;q=0.5" });
    expect(de).toContain('<html lang="de">');
    expect(de).toContain("überlebte Karaganda");
    expect(de).toContain("Auf der Bugbrücke an SS und Gestapo übergeben.");
    expect(de).toContain("8. Februar 1940");
  });

  it("needs no script: the only scripts are the JSON-LD data and the optional copy button", async () => {
    const { slug } = await publishMemorial(buberNeumannDocument());
    const html = await page(`/memorials/${slug}`);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(2);
    expect(scripts.some((s) => s.includes('type="application/ld+json"'))).toBe(true);
    expect(scripts.some((s) => s.includes('src="/js/copy.js" defer'))).toBe(true);
    expect(html).toContain('<button type="button" class="button" data-copy="citation-text"');
    expect(new TextEncoder().encode(html).length).toBeLessThan(30_000);
  });
});
