import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { decodeEntities } from "../helpers/html";
import { publishMemorial } from "../helpers/memorials";
import { zuckerDocument } from "../helpers/documents";
import { signIn } from "../helpers/users";
import { zuckerInThreeVersions } from "./version-fixtures";
import { readCsvRecords } from "../../src/codecs/csv";

const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
const citationOf = (html: string) => decodeEntities(html.match(/<textarea id="citation-text"[^>]*>([^<]*)<\/textarea>/)?.[1] ?? "");

const moderate = (memorialId: string, action: string, cookie: string, json: Record<string, unknown>) =>
  request(`/api/v1/moderation/memorials/${memorialId}/${action}`, { method: "POST", cookie, json });

describe("a version at its permanent address", () => {
  it("shows version 1 with the first text, marked as an earlier version, linking to the current one", async () => {
    const { memorialId, slug } = await zuckerInThreeVersions();
    const res = await request(`/memorials/${memorialId}/v/1`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(text(html)).toContain("You are reading an earlier version of this entry: version 1 of 3.");
    expect(html).toContain(`href="/memorials/${slug}">Read the current entry</a>`);
    expect(html).not.toContain("Макс Цуккер");
    expect(html).toContain("1937");
    expect(html).not.toContain("March 1938");
    expect(html).toContain('<meta name="robots" content="noindex');
    // An earlier version does not invite corrections of itself.
    expect(html).not.toContain("/submit?correct=");

    const v2 = await (await request(`/memorials/${memorialId}/v/2`)).text();
    expect(v2).toContain("Макс Цуккер");
    const current = await (await request(`/memorials/${memorialId}/v/3`)).text();
    expect(text(current)).toContain("This is the current version of this entry (version 3).");
    expect(current).toContain("March 1938");
  });

  it("cites the version with its number, date and permanent link, crediting only who chose to be named", async () => {
    const { memorialId, slug } = await zuckerInThreeVersions();
    const v1 = citationOf(await (await request(`/memorials/${memorialId}/v/1`)).text());
    expect(v1).toMatch(
      new RegExp(`^Zeugnis contributors: “Max Zucker”, version 1 of 1 March 2026\\. In: Zeugnis memorial archive\\. https://zeugnis\\.test/memorials/${memorialId}/v/1 \\(accessed \\d{1,2} \\w+ \\d{4}\\)\\.$`),
    );
    const page = await (await request(`/memorials/${slug}`)).text();
    // Never the last corrector alone, never the name of someone who did not choose to be named.
    expect(citationOf(page)).toMatch(
      new RegExp(`^Second Demo Descendant and other Zeugnis contributors: “Max Zucker”, version 3 of 3 March 2026\\. .* https://zeugnis\\.test/memorials/${memorialId}/v/3 `),
    );
    expect(page).toContain('<meta name="citation_author" content="Second Demo Descendant"/>');
    expect(page).toContain('<meta name="citation_author" content="Zeugnis contributors"/>');
    expect(page).toContain(`<meta name="citation_public_url" content="https://zeugnis.test/memorials/${memorialId}/v/3"/>`);
    expect(page).toContain('<meta name="citation_publication_date" content="2026/03/03"/>');
    expect(page).toContain(`href="/memorials/${memorialId}/v/3/cite.bib"`);

    const de = citationOf(await (await request(`/memorials/${memorialId}/v/2?lang=de`)).text());
    expect(de).toMatch(/^Second Demo Descendant und weitere Beitragende von Zeugnis: „Max Zucker“, Fassung 2 vom 2\. März 2026\. In: Gedenkarchiv Zeugnis\./);
    const ru = citationOf(await (await request(`/memorials/${memorialId}/v/2?lang=ru`)).text());
    expect(ru).toMatch(/^Second Demo Descendant и другие участники проекта Zeugnis\. Max Zucker\. Версия 2 от 02\.03\.2026 \/\/ Мемориальный архив Zeugnis\. URL: /);
  });

  it("offers the citation as BibTeX, RIS and CSL-JSON", async () => {
    const { memorialId } = await zuckerInThreeVersions();
    const bib = await request(`/memorials/${memorialId}/v/2/cite.bib`);
    expect(bib.headers.get("content-type")).toContain("application/x-bibtex");
    const bibtex = await bib.text();
    expect(bibtex).toContain("@online{zeugnis-mem");
    expect(bibtex).toContain("author = {Second Demo Descendant and {Zeugnis contributors}}");
    expect(bibtex).toContain("version = {2}");
    expect(bibtex).toContain("date = {2026-03-02}");
    expect(bibtex).toContain(`url = {https://zeugnis.test/memorials/${memorialId}/v/2}`);

    const ris = await (await request(`/memorials/${memorialId}/v/2/cite.ris`)).text();
    expect(ris.split("\r\n")).toEqual(expect.arrayContaining(["TY  - ELEC", "AU  - Second Demo Descendant", "TI  - Max Zucker", "ET  - 2", "DA  - 2026/03/02/", "ER  - "]));

    const csl = await (await request(`/memorials/${memorialId}/v/1/cite.json`)).json<Array<Record<string, unknown>>>();
    expect(csl[0]).toMatchObject({
      type: "webpage",
      title: "Max Zucker",
      author: [{ literal: "Zeugnis contributors" }],
      version: "1",
      issued: { "date-parts": [[2026, 3, 1]] },
      URL: `https://zeugnis.test/memorials/${memorialId}/v/1`,
    });
    for (const body of [bibtex, ris, JSON.stringify(csl)]) {
      expect(body).not.toContain("First Descendant Hidden");
      expect(body).not.toContain("Researcher Not Named");
    }
    expect((await request(`/memorials/${memorialId}/v/4/cite.bib`)).status).toBe(404);
  });

  it("answers 404 for a version that does not exist", async () => {
    const { memorialId } = await zuckerInThreeVersions();
    for (const n of ["0", "4", "x", "1.5", "-1"]) expect((await request(`/memorials/${memorialId}/v/${n}`)).status).toBe(404);
  });
});

describe("comparing two versions", () => {
  it("shows what changed in the words of the entry, without JSON or paths", async () => {
    const { memorialId } = await zuckerInThreeVersions();
    const res = await request(`/memorials/${memorialId}/compare?from=1&to=3`);
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain("Max Zucker: version 1 compared with version 3");
    expect(page).toContain("Макс Цуккер");
    expect(page).toContain("March 1938");
    expect(page).not.toMatch(/events\.\d|date\.edtf|"edtf"|\{"/);
    expect((await request(`/memorials/${memorialId}/compare?from=1&to=9`)).status).toBe(404);
    expect((await request(`/memorials/${memorialId}/compare?from=a`)).status).toBe(422);
  });
});

describe("versions for machines", () => {
  it("lists the versions and answers one as it was, naming nobody who did not choose to be named", async () => {
    const { memorialId, slug } = await zuckerInThreeVersions();
    const list = await (await request(`/api/v1/memorials/${slug}/versions`)).json<{ items: Array<Record<string, unknown>>; current_version: number }>();
    expect(list.current_version).toBe(3);
    expect(list.items.map((i) => i.number)).toEqual([3, 2, 1]);
    expect(list.items[2]).toMatchObject({ kind: "first_publication", contributor: { name: null, role: "family" }, url: `https://zeugnis.test/memorials/${memorialId}/v/1` });
    expect(list.items[1]).toMatchObject({ kind: "correction", contributor: { name: "Second Demo Descendant", role: "family" }, published_at: "2026-03-02T12:00:00.000Z" });
    expect(list.items[0]!.summary).toContain("March 1938");

    const one = await (await request(`/api/v1/memorials/${memorialId}/versions/1`)).json<Record<string, unknown> & { document: { names: unknown[] } }>();
    expect(one).toMatchObject({ number: 1, current: false, kind: "first_publication" });
    expect(one.document.names).toHaveLength(1);
    const body = JSON.stringify(list) + JSON.stringify(one);
    expect(body).not.toContain("First Descendant Hidden");
    expect(body).not.toContain("Researcher Not Named");
    expect(body).not.toContain("@example.org");
    expect((await request(`/api/v1/memorials/${memorialId}/versions/4`)).status).toBe(404);
  });
});

describe("withheld and merged memorials", () => {
  it("keeps a withheld memorial's history for staff and shows none of it in public", async () => {
    const { memorialId, slug } = await zuckerInThreeVersions();
    const moderator = await signIn("moderator");
    expect((await moderate(memorialId, "withhold", moderator.cookie, { version: 1, reason: "Family request" })).status).toBe(200);
    for (const path of [
      `/memorials/${slug}/history`,
      `/memorials/${memorialId}/v/1`,
      `/memorials/${memorialId}/compare?from=1&to=2`,
      `/memorials/${memorialId}/v/1/cite.ris`,
      `/api/v1/memorials/${memorialId}/versions`,
      `/api/v1/memorials/${memorialId}/versions/2`,
    ]) {
      const res = await request(path);
      expect(res.status, path).toBe(410);
      expect(await res.text()).not.toContain("Max Zucker");
    }
    expect((await moderate(memorialId, "restore", moderator.cookie, { version: 2 })).status).toBe(200);
    expect((await request(`/memorials/${memorialId}/v/1`)).status).toBe(200);
  });

  it("keeps both histories after a merge and old version links working, saying where each went", async () => {
    const moderator = await signIn("moderator");
    const survivor = await publishMemorial(zuckerDocument());
    const { memorialId, slug } = await zuckerInThreeVersions();
    const merged = await moderate(memorialId, "merge", moderator.cookie, { version: 1, survivor_id: survivor.memorialId, reason: "Same person" });
    expect(merged.status).toBe(200);

    const v1 = await request(`/memorials/${memorialId}/v/1`);
    expect(v1.status).toBe(200);
    const html = await v1.text();
    expect(text(html)).toContain("This entry was merged into “Max Zucker”. This version is kept as it was published.");
    expect(html).toContain(`href="/memorials/${survivor.slug}">Read the current entry</a>`);
    expect(citationOf(html)).toContain(`https://zeugnis.test/memorials/${memorialId}/v/1 `);
    expect((await request(`/memorials/${memorialId}/v/3`)).status).toBe(200);

    const history = text(await (await request(`/memorials/${memorialId}/history`)).text());
    expect(history).toContain("This entry was merged into “Max Zucker” and is read there now.");
    expect(history).toContain("Version 3");
    expect(history).not.toContain("current version");
    const survivorHistory = await (await request(`/memorials/${survivor.slug}/history`)).text();
    expect(text(survivorHistory)).toContain("The entry “Max Zucker” was merged into this one.");
    expect(survivorHistory).toContain(`href="/memorials/${memorialId}/history"`);
    const api = await (await request(`/api/v1/memorials/${memorialId}/versions`)).json<Record<string, unknown>>();
    expect(api).toMatchObject({ merged_into_id: survivor.memorialId, current_version: null });
    // The memorial's own page still redirects to the survivor.
    expect((await request(`/memorials/${slug}`)).status).toBe(301);
  });
});

describe("exports and OAI-PMH", () => {
  it("carry the number and permanent address of the current version", async () => {
    const { memorialId } = await zuckerInThreeVersions();
    const jsonl = (await (await request("/api/v1/export.jsonl")).text()).split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(jsonl.find((r) => r.id === memorialId)).toMatchObject({ version: 3, version_url: `https://zeugnis.test/memorials/${memorialId}/v/3` });
    const csv = await (await request("/api/v1/export.csv")).text();
    const [columns, ...rows] = readCsvRecords(csv.replace(/^\uFEFF/, ""), ",", true).records;
    const row = rows.find((r) => r[0] === memorialId)!;
    const at = columns!.indexOf("version");
    // Appended after the first columns (scripts reading by position keep working), version before its address.
    expect(at).toBeGreaterThan(columns!.indexOf("licence"));
    expect([columns![at + 1], row[at], row[at + 1]]).toEqual(["version_url", "3", `https://zeugnis.test/memorials/${memorialId}/v/3`]);
    const identifier = `oai:zeugnis.test:${memorialId}`;
    const dc = await (await request(`/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifier}`)).text();
    expect(dc).toContain(`<dc:identifier>https://zeugnis.test/memorials/${memorialId}/v/3</dc:identifier>`);
    const own = await (await request(`/oai?verb=GetRecord&metadataPrefix=zeugnis&identifier=${identifier}`)).text();
    expect(own).toMatch(/<memorial [^>]*version="3"/);
    const text = jsonl.map((r) => JSON.stringify(r)).join("") + csv + dc + own;
    expect(text).not.toContain("First Descendant Hidden");
    expect(text).not.toContain("Researcher Not Named");
  });
});
