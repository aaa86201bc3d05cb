import { beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { personDocument, SECRET_NAMES, seedArchive } from "../opendata/fixtures";
import { all, DATESTAMP, errorCode, oai } from "./helpers";

let seed: Awaited<ReturnType<typeof seedArchive>>;
const extraIds: string[] = [];
beforeAll(async () => {
  seed = await seedArchive();
  // Enough records for a second page (100 per page).
  for (let i = 0; i < 105; i++) extraIds.push((await publishMemorial(personDocument(`Harvest Person${i}`))).memorialId);
}, 120_000);

const id = (memorialId: string) => `oai:zeugnis.test:${memorialId}`;

async function harvest(verb: "ListIdentifiers" | "ListRecords", args = "") {
  const pages: string[] = [];
  let xml = await oai(`verb=${verb}&metadataPrefix=oai_dc${args}`);
  pages.push(xml);
  for (let token = /<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/.exec(xml)?.[1]; token; ) {
    xml = await oai(`verb=${verb}&resumptionToken=${encodeURIComponent(token)}`);
    pages.push(xml);
    token = /<resumptionToken[^>]*>([^<]+)<\/resumptionToken>/.exec(xml)?.[1];
  }
  return pages;
}

describe("OAI-PMH: harvesting published memorials", () => {
  it("GetRecord gives a published memorial as Dublin Core", async () => {
    const zucker = seed.published[0]!;
    const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(zucker.memorialId)}`);
    expect(errorCode(xml)).toBeNull();
    expect(all(xml, "identifier")[0]).toBe(id(zucker.memorialId));
    expect(all(xml, "datestamp")[0]).toMatch(DATESTAMP);
    expect(all(xml, "dc:title")).toEqual(["Max Zucker", "Макс Цуккер"]);
    expect(all(xml, "dc:identifier")).toContain(`https://zeugnis.test/memorials/${zucker.slug}`);
    expect(all(xml, "dc:rights")).toEqual(["https://creativecommons.org/licenses/by-sa/4.0/"]);
    expect(all(xml, "dc:source")[0]).toContain("Gestapo and NKVD");
    expect(xml).toContain('<dc:title xml:lang="ru">Макс Цуккер</dc:title>');
  });

  it("withheld and merged memorials are deleted records: a header with a datestamp, no metadata", async () => {
    for (const gone of [seed.withheld, seed.merged]) {
      const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(gone.memorialId)}`);
      expect(xml).toContain(`<header status="deleted"><identifier>${id(gone.memorialId)}</identifier>`);
      expect(all(xml, "datestamp")[0]).toMatch(DATESTAMP);
      expect(xml).not.toContain("<metadata>");
      expect(xml).not.toContain(SECRET_NAMES[1]!.split(" ")[0]);
      expect(xml).not.toContain(SECRET_NAMES[2]!.split(" ")[0]);
    }
  });

  it("lists every record across resumption tokens, once each, in datestamp order; nothing unpublished", async () => {
    const pages = await harvest("ListRecords");
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/<resumptionToken completeListSize="110" cursor="0">[^<]+<\/resumptionToken>/);
    expect(pages[1]).toMatch(/<resumptionToken completeListSize="110" cursor="100"\/?>(<\/resumptionToken>)?/);
    const identifiers = pages.flatMap((p) => all(p, "identifier"));
    const expected = [...seed.published, seed.withheld, seed.merged].map((m) => id(m.memorialId)).concat(extraIds.map(id));
    expect(identifiers.sort()).toEqual(expected.sort());
    const stamps = pages.flatMap((p) => all(p, "datestamp"));
    expect(stamps).toEqual([...stamps].sort());
    for (const page of pages) for (const name of SECRET_NAMES) expect(page).not.toContain(name.split(" ")[0]);
    expect(pages.join("").match(/status="deleted"/g)).toHaveLength(2);
  });

  it("ListIdentifiers gives headers only; a token is bound to its verb and cannot be forged", async () => {
    const first = await oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
    expect(first).not.toContain("<metadata>");
    expect(all(first, "identifier")).toHaveLength(100);
    const token = /<resumptionToken[^>]*>([^<]+)</.exec(first)![1]!;
    expect(errorCode(await oai(`verb=ListRecords&resumptionToken=${token}`))).toBe("badResumptionToken");
    const forged = token.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    expect(errorCode(await oai(`verb=ListIdentifiers&resumptionToken=${forged}`))).toBe("badResumptionToken");
  });

  it("from and until select by datestamp, inclusive, in either granularity", async () => {
    const header = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(seed.withheld.memorialId)}`);
    const stamp = all(header, "datestamp")[0]!;
    const atStamp = await harvest("ListIdentifiers", `&from=${stamp}&until=${stamp}`);
    expect(atStamp.flatMap((p) => all(p, "identifier"))).toContain(id(seed.withheld.memorialId));
    const today = stamp.slice(0, 10);
    const day = await harvest("ListIdentifiers", `&from=${today}&until=${today}`);
    const stamps = day.flatMap((p) => all(p, "datestamp"));
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps.every((s) => s.startsWith(today))).toBe(true);
    const before = new Date(Date.parse(stamp) - 86_400_000).toISOString().slice(0, 10);
    expect(errorCode(await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&until=${before}`))).toBe("noRecordsMatch");
  });

  it("a restored memorial becomes a live record again with a newer datestamp", async () => {
    const memorial = await publishMemorial(personDocument("Restored Person"));
    const withhold = await request(`/api/v1/moderation/memorials/${memorial.memorialId}/withhold`, {
      method: "POST", cookie: seed.moderator.cookie, json: { version: 1, reason: "Check" },
    });
    expect(withhold.status).toBe(200);
    const deleted = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(memorial.memorialId)}`);
    expect(deleted).toContain('status="deleted"');
    const restore = await request(`/api/v1/moderation/memorials/${memorial.memorialId}/restore`, {
      method: "POST", cookie: seed.moderator.cookie, json: { version: 2 },
    });
    expect(restore.status).toBe(200);
    const live = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(memorial.memorialId)}`);
    expect(live).not.toContain('status="deleted"');
    expect(all(live, "dc:title")).toEqual(["Restored Person"]);
    expect(all(live, "datestamp")[0]! >= all(deleted, "datestamp")[0]!).toBe(true);
  });
});
