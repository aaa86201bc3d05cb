import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { decodeEntities } from "../helpers/html";
import { publishMemorial } from "../helpers/memorials";
import { mergeMemorial, withholdMemorial } from "../helpers/public-states";
import { withRequestLog } from "../helpers/request-log";

const letterOf = (html: string) => decodeEntities(html.match(/<textarea id="letter-text"[^>]*>([\s\S]*?)<\/textarea>/)?.[1] ?? "");

const letterPath = (slug: string, fields: Record<string, string>) => `/memorials/${slug}/request-letter?${new URLSearchParams(fields)}`;

/** Rows in every table of the database, to show that making a letter changes none. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'd1_%'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of tables.results) {
    counts[name] = (await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<{ n: number }>())!.n;
  }
  return counts;
}

describe("the request letter", () => {
  it("for Max Zucker in Russian gives his Cyrillic name form, his dates and places and the relationship typed", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await request(letterPath(slug, { language: "ru", archive: "fsb", requester: "Anna Zucker", relationship: "правнучка", contact: "Berlin\r\nanna@example.org" }));
    expect(res.status).toBe(200);
    const letter = letterOf(await res.text());
    expect(letter).toContain("В архив Управления ФСБ России по региону ареста (Moscow)");
    expect(letter).toContain("- Имя: Макс Цуккер (Max Zucker)");
    expect(letter).toContain("- Дата и место ареста: 1937 г., Moscow");
    expect(letter).toContain("- Передача гестапо: 1939 г., border");
    expect(letter).toContain("- Дата и место смерти: 23 октября 1941 г., Warsaw Ghetto (Warsaw)");
    expect(letter).toContain("Степень родства: правнучка.");
    expect(letter).toContain("статьи 11 Закона Российской Федерации от 18 октября 1991 г. № 1761-1");
    expect(letter).toContain("Ответ прошу направить по адресу: Berlin\nanna@example.org");
    expect(letter.trimEnd().split("\n").at(-2)).toBe("Anna Zucker");
  });

  it("in German and English names the person by the primary name, lists the other forms, and leaves blanks for what is not typed", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const german = letterOf(await (await request(letterPath(slug, { language: "de", archive: "bundesarchiv" }))).text());
    expect(german.split("\n")[0]).toBe("An das Bundesarchiv");
    expect(german).toContain("- Name: Max Zucker\n- Weitere Formen des Namens: Макс Цуккер");
    expect(german).toContain("- Gestorben: 23. Oktober 1941, Warsaw Ghetto (Warsaw)");
    expect(german).toContain("Mein Verwandtschaftsverhältnis zu der Person: [Ihr Verwandtschaftsverhältnis].");
    expect(german).not.toContain("Artikel 11");
    const english = letterOf(await (await request(letterPath(slug, { language: "en", archive: "arolsen" }))).text());
    expect(english).toContain("Request for information about, and copies of, the records of Max Zucker");
    expect(english).toContain("- Born: unknown");
    expect(english).not.toMatch(/\[\[\w+\]\]/);
  });

  it("is made without writing anything to the database", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const before = await rowCounts();
    expect(before.memorials).toBeGreaterThan(0);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["audit_log", "revisions", "mail_outbox"]));
    const { res, line } = await withRequestLog(() =>
      request(letterPath(slug, { language: "ru", archive: "garf", requester: "Anna", relationship: "внучка", contact: "Wien" })),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(line.rows_written).toBe(0);
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps what was typed and says next to the field what is wrong, without a letter, when a field is refused", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const res = await request(letterPath(slug, { language: "fr", archive: "fsb", requester: "x".repeat(201), relationship: "Enkelin" }));
    expect(res.status).toBe(422);
    const html = decodeEntities(await res.text());
    expect(html).toContain('<p class="field__error" id="letter-language-error">Choose one of the options.</p>');
    expect(html).toContain('<p class="field__error" id="letter-requester-error">Please keep this shorter (at most 200 characters).</p>');
    expect(html).toContain('value="Enkelin"');
    expect(html).not.toContain('id="letter-text"');
  });

  it("works without JavaScript: a GET form whose letter the server fills in, with the browser's kit beside it", async () => {
    const { slug } = await publishMemorial(zuckerDocument());
    const html = decodeEntities(await (await request(`/memorials/${slug}/request-letter?lang=de`)).text());
    expect(html).toContain(`<form method="get" action="/memorials/${slug}/request-letter"`);
    expect(html).toContain("Sprache des Schreibens");
    expect(letterOf(html)).toContain("В архив Управления ФСБ России"); // Russian is the default letter
    const kit = JSON.parse(html.match(/<script type="application\/json" id="letter-kit"[^>]*>([\s\S]*?)<\/script>/)![1]!);
    expect(Object.keys(kit.template)).toEqual(["ru", "de", "en"]);
    expect(kit.template.ru).toContain("[[requester]]");
  });

  it("follows a merge, keeping the choices, and refuses memorials that are withheld or unknown", async () => {
    const survivor = await publishMemorial(zuckerDocument());
    const merged = await publishMemorial(zuckerDocument());
    await mergeMemorial(merged.memorialId, survivor.memorialId);
    const moved = await request(`/memorials/${merged.slug}/request-letter?language=de`);
    expect([moved.status, moved.headers.get("location")]).toEqual([301, `/memorials/${survivor.slug}/request-letter?language=de`]);
    const withheld = await publishMemorial(zuckerDocument());
    await withholdMemorial(withheld.memorialId);
    const gone = await request(`/memorials/${withheld.slug}/request-letter`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).not.toContain("Zucker");
    expect((await request("/memorials/nobody-here/request-letter")).status).toBe(404);
  });
});

describe("finding the files", () => {
  it("has a guide to the archives in English, German and Russian", async () => {
    const expected = {
      en: ["Finding the files", "FSB archives (the former KGB), in the region of arrest", "RGASPI", "Berlin Document Center", "Arolsen Archives", "Memorial"],
      de: ["Die Akten finden", "Archive des FSB", "Komintern, Fonds 495", "SAPMO", "Arolsen Archives", "Memorial"],
      ru: ["Как найти документы", "Архивы ФСБ", "фонд 495", "Берлинский центр документации", "Архив Арользен", "Мемориал"],
    };
    for (const [lang, phrases] of Object.entries(expected)) {
      const res = await request(`/finding-the-files?lang=${lang}`);
      expect(res.status).toBe(200);
      const html = decodeEntities(await res.text());
      for (const phrase of phrases) expect([lang, phrase, html.includes(phrase)]).toEqual([lang, phrase, true]);
      expect(html).toContain('href="https://www.bundesarchiv.de/"');
    }
  });

  it("is offered on every memorial page, with where to start for this person and the letter", async () => {
    const { slug } = await publishMemorial({ ...zuckerDocument(), organisations: ["KPD"] });
    const html = decodeEntities(await (await request(`/memorials/${slug}?lang=en`)).text());
    expect(html).toContain('<h2 id="finding-files">Finding the files</h2>');
    expect(html).toContain("The arrest was recorded in Moscow");
    expect(html).toContain("Handed over to the Gestapo");
    expect(html).toContain("Comintern's cadres files in RGASPI");
    expect(html).toContain(`<a href="/memorials/${slug}/request-letter">Write a request letter for this person</a>`);
    expect(html).toContain('<a href="/finding-the-files">');
  });
});
