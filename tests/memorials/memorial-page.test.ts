import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memorials } from "../../src/platform/db/schema";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";

describe("a memorial page", () => {
  it("shows names, life dates, the fate with footnotes, the plaque and the sources", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await request(`/memorials/${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Max Zucker</h1>");
    expect(html).toContain('lang="ru">Макс Цуккер');
    expect(html).toContain("23 October 1941");
    expect(html).toContain("Handed over to the Gestapo");
    expect(html).toContain("as the source puts it: “after the pact was signed”");
    expect(html).toContain('href="#source-1"');
    expect(html).toContain("Heinrich-Dernburg-Straße, Berlin");
    expect(html).toContain('<li id="source-1">');
    expect(html).toContain("<em>He was murdered in 1941.</em>");
  });

  it("carries schema.org JSON-LD that parses: the page, with the Person as its main entity", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const html = await (await request(`/memorials/${slug}`)).text();
    const json = html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s)?.[1];
    const data = JSON.parse(json!);
    expect(data).toMatchObject({ "@type": "ProfilePage", mainEntity: { "@type": "Person", name: "Max Zucker", deathDate: "1941-10-23" } });
    expect(data.mainEntity.alternateName).toContain("Макс Цуккер");
  });

  it("escapes hostile text everywhere, including inside the JSON-LD", async () => {
    const doc = zuckerDocument();
    doc.names[0]!.display = '<script>alert(1)</script>"</script><img src=x onerror=alert(2)>';
    doc.biography = { en: "<b>bold</b> [link](javascript:alert(3)) <iframe src=//evil>" };
    const { slug } = await publishMemorial(doc);
    const html = await (await request(`/memorials/${slug}`)).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).not.toContain("<iframe");
    expect(html).not.toContain("javascript:alert(3)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows German and Russian interface text, remembered in a cookie", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await request(`/memorials/${slug}?lang=de`);
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Übergabe an die Gestapo");
    expect(html).toContain("23. Oktober 1941");
    expect(res.headers.get("set-cookie")).toMatch(/lang=de/);
    const ru = await (await request(`/memorials/${slug}`, { headers: { "accept-language": "ru-RU,ru;q=0.9" } })).text();
    expect(ru).toContain("Передача гестапо");
    expect(ru).toContain('lang="en"');
  });

  it("answers 404 for an unknown memorial, 301 for an old slug and 410 when withheld", async () => {
    expect((await request("/memorials/nobody-here")).status).toBe(404);
    const { slug, memorialId } = await publishMemorial(zuckerDocument());
    const db = testDb();
    await db.update(memorials).set({ slug: `${slug}-renamed` }).where(eq(memorials.id, memorialId));
    const moved = await request(`/memorials/${slug}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`/memorials/${slug}-renamed`);
    const byId = await request(`/memorials/${memorialId}`);
    expect(byId.status).toBe(200);
    await db.update(memorials).set({ status: "withheld" }).where(eq(memorials.id, memorialId));
    const gone = await request(`/memorials/${memorialId}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).not.toContain("Max Zucker");
  });

  it("sends security headers and a request id", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await request(`/memorials/${slug}`);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-request-id")).toMatch(/.{8,}/);
  });
});
