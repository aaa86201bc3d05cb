/**
 * Selective harvesting: sets by persecuting power, fate and country, in datestamp order across
 * resumption tokens, with withdrawals as deleted records of the sets the memorial was in.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import setsMigration from "../../migrations/0015_oai_sets_datestamps.sql?raw";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import { personDocument } from "../opendata/fixtures";
import { all, errorCode, oai } from "./helpers";

const id = (memorialId: string) => `oai:zeugnis.test:${memorialId}`;
const lithuania = (name: string) =>
  personDocument(name, {
    persecuted_by: ["soviet"],
    events: [{ type: "exile", date: { edtf: "1941-06" }, place: { name: "Kaunas", country: "LT" }, certainty: "family_account" }],
    markers: [],
  });

const DIED = { type: "death", date: { edtf: "1942" }, certainty: "family_account" } as const;

let moderator: Awaited<ReturnType<typeof signIn>>;
let nazi: Awaited<ReturnType<typeof publishMemorial>>;
const exiles: string[] = [];
beforeAll(async () => {
  moderator = await signIn("moderator");
  nazi = await publishMemorial(personDocument("Nazi Persecuted", { persecuted_by: ["nazi", "soviet"] }));
  // More than one page (100 records) in one set.
  for (let i = 0; i < 101; i++) exiles.push((await publishMemorial(lithuania(`Exile Person${i}`))).memorialId);
}, 120_000);

async function harvest(args: string) {
  const pages = [await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc${args}`)];
  for (let token = /<resumptionToken[^>]*>([^<]+)</.exec(pages[0]!)?.[1]; token; ) {
    const page = await oai(`verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`);
    pages.push(page);
    token = /<resumptionToken[^>]*>([^<]+)</.exec(page)?.[1];
  }
  return pages;
}

describe("OAI-PMH sets", () => {
  it("ListSets names the sets of persecuting powers, fates and countries, each under its parent", async () => {
    const xml = await oai("verb=ListSets");
    expect(errorCode(xml)).toBeNull();
    const specs = all(xml, "setSpec");
    expect(specs).toEqual(expect.arrayContaining(["persecutor", "persecutor:nazi", "persecutor:soviet", "fate", "fate:arrest", "fate:handover", "fate:exile", "country", "country:LT", "country:PL"]));
    expect(xml).toContain("<setSpec>country:LT</setSpec><setName>Places in Lithuania</setName>");
    expect(xml).toContain("<setSpec>fate:handover</setSpec><setName>Fate: handover</setName>");
    expect(errorCode(await oai("verb=ListSets&resumptionToken=abc"))).toBe("badResumptionToken");
  });

  it("a record's header names its sets", async () => {
    const xml = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(nazi.memorialId)}`);
    expect(all(xml, "setSpec")).toEqual([
      "country", "country:DE", "country:PL", "country:RU", "fate", "fate:arrest", "fate:death", "fate:handover", "persecutor", "persecutor:nazi", "persecutor:soviet",
    ]);
  });

  it("a set lists exactly its members, across resumption tokens, in datestamp order", async () => {
    const pages = await harvest("&set=country:LT");
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/<resumptionToken completeListSize="101" cursor="0">/);
    expect(pages.flatMap((p) => all(p, "identifier")).sort()).toEqual(exiles.map(id).sort());
    const stamps = pages.flatMap((p) => all(p, "datestamp"));
    expect(stamps).toEqual([...stamps].sort());
    const nazis = (await harvest("&set=persecutor:nazi")).flatMap((p) => all(p, "identifier"));
    expect(nazis).toEqual([id(nazi.memorialId)]);
  });

  it("a parent set holds the members of its children", async () => {
    const fates = (await harvest("&set=fate")).flatMap((p) => all(p, "identifier"));
    expect(fates).toEqual(expect.arrayContaining([id(nazi.memorialId), id(exiles[0]!)]));
    const records = await oai("verb=ListRecords&metadataPrefix=oai_dc&set=persecutor:nazi");
    expect(all(records, "dc:title")).toContain("Nazi Persecuted");
  });

  it("combines a set with from and until", async () => {
    const header = await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${id(nazi.memorialId)}`);
    const stamp = all(header, "datestamp")[0]!;
    const xml = await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&set=persecutor:nazi&from=${stamp}&until=${stamp}`);
    expect(all(xml, "identifier")).toEqual([id(nazi.memorialId)]);
    const later = new Date(Date.parse(stamp) + 1000).toISOString().replace(".000Z", "Z");
    expect(errorCode(await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&set=persecutor:nazi&from=${later}`))).toBe("noRecordsMatch");
  });

  it("a withheld memorial is a deleted record in its sets, with a newer datestamp; restored, it is live again", async () => {
    const memorial = await publishMemorial(personDocument("Withdrawn Member", { persecuted_by: ["other"] }));
    const before = await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=persecutor:other");
    expect(before).not.toContain('status="deleted"');
    const withhold = await request(`/api/v1/moderation/memorials/${memorial.memorialId}/withhold`, {
      method: "POST", cookie: moderator.cookie, json: { version: 1, reason: "Family request" },
    });
    expect(withhold.status).toBe(200);
    const deleted = await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=persecutor:other");
    expect(deleted).toContain(`<header status="deleted"><identifier>${id(memorial.memorialId)}</identifier>`);
    expect(all(deleted, "datestamp")[0]! >= all(before, "datestamp")[0]!).toBe(true);
    const restore = await request(`/api/v1/moderation/memorials/${memorial.memorialId}/restore`, {
      method: "POST", cookie: moderator.cookie, json: { version: 2 },
    });
    expect(restore.status).toBe(200);
    const live = await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=persecutor:other");
    expect(live).not.toContain('status="deleted"');
    expect(all(live, "datestamp")[0]! >= all(deleted, "datestamp")[0]!).toBe(true);
  });

  it("a correction that changes the facts moves the record between sets", async () => {
    const memorial = await publishMemorial(personDocument("Moved Person", { persecuted_by: ["soviet"], markers: [], events: [{ type: "camp", place: { name: "Riga", country: "LV" }, certainty: "family_account" }, DIED] }));
    expect(all(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:LV"), "identifier")).toEqual([id(memorial.memorialId)]);
    const correction = await createRevision({
      memorialId: memorial.memorialId,
      basedOnRevisionId: memorial.revisionId,
      document: personDocument("Moved Person", { persecuted_by: ["soviet"], markers: [], events: [{ type: "camp", place: { name: "Tallinn", country: "EE" }, certainty: "family_account" }, DIED] }),
    });
    const approval = await request(`/api/v1/moderation/revisions/${correction.id}/decision`, {
      method: "POST", cookie: moderator.cookie, json: { action: "approve", version: correction.version },
    });
    expect([approval.status, approval.status === 200 ? "" : await approval.text()]).toEqual([200, ""]);
    expect(errorCode(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:LV"))).toBe("noRecordsMatch");
    expect(all(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:EE"), "identifier")).toEqual([id(memorial.memorialId)]);
  });

  it("badArgument for a malformed set, noRecordsMatch for a set nobody is in", async () => {
    expect(errorCode(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=not a set"))).toBe("badArgument");
    expect(errorCode(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:ZZ"))).toBe("noRecordsMatch");
  });

  it("the migration's backfill gives existing memorials the sets publication gives them", async () => {
    const read = async () =>
      (await env.DB.prepare("SELECT set_spec, memorial_id, changed_at FROM memorial_sets ORDER BY set_spec, memorial_id").all()).results;
    const published = await read();
    expect(published.length).toBeGreaterThan(100);
    await env.DB.prepare("DELETE FROM memorial_sets").run();
    await env.DB.prepare("DELETE FROM oai_sets").run();
    const backfill = setsMigration.split("--> statement-breakpoint").filter((statement) => !/CREATE TRIGGER/.test(statement));
    for (const statement of backfill) await env.DB.prepare(statement).run();
    expect(await read()).toEqual(published);
    expect(errorCode(await oai("verb=ListSets"))).toBeNull();
  });
});
