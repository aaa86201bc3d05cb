/**
 * The zeugnis metadata format: every fact of a memorial, structured, valid against the published
 * schema (public/schemas/memorial-1.0.xsd) for every demo memorial.
 */
import { beforeAll, describe, expect, it } from "vitest";
import schema from "../../public/schemas/memorial-1.0.xsd?raw";
import demo from "../../src/operations/demo/demo-persons.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import { testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { withholdMemorial } from "../helpers/public-states";
import { personDocument } from "../opendata/fixtures";
import { xsdErrors } from "../xml/xsd";
import { all, errorCode, oai } from "./helpers";

const persons = (demo as { persons: DemoPerson[] }).persons;
const id = (memorialId: string) => `oai:zeugnis.test:${memorialId}`;
const records = (xml: string) => [...xml.matchAll(/<memorial [\s\S]*?<\/memorial>/g)].map((m) => m[0]);

beforeAll(async () => {
  await loadDemoMemorials(testDb(), persons);
}, 120_000);

async function record(memorialId: string): Promise<string> {
  const xml = await oai(`verb=GetRecord&metadataPrefix=zeugnis&identifier=${id(memorialId)}`);
  expect(errorCode(xml)).toBeNull();
  return records(xml)[0]!;
}

describe("OAI-PMH: the zeugnis metadata format", () => {
  it("is offered beside oai_dc, with its schema and namespace", async () => {
    const xml = await oai("verb=ListMetadataFormats");
    expect(all(xml, "metadataPrefix")).toEqual(["oai_dc", "zeugnis"]);
    expect(all(xml, "schema")).toContain("https://zeugnis.test/schemas/memorial-1.0.xsd");
    expect(all(xml, "metadataNamespace")).toContain("https://zeugnis.dev/ns/memorial/1.0");
  });

  it("every demo memorial's record is valid against the published schema", async () => {
    const pages = [await oai("verb=ListRecords&metadataPrefix=zeugnis")];
    for (let token = /<resumptionToken[^>]*>([^<]+)</.exec(pages[0]!)?.[1]; token; ) {
      pages.push(await oai(`verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`));
      token = /<resumptionToken[^>]*>([^<]+)</.exec(pages.at(-1)!)?.[1];
    }
    const found = pages.flatMap(records);
    expect(found.length).toBeGreaterThanOrEqual(persons.length);
    for (const xml of found) {
      const memorialId = /id="(mem_[^"]+)"/.exec(xml)![1];
      expect([memorialId, await xsdErrors(schema, xml)]).toEqual([memorialId, []]);
    }
  });

  it("the schema refuses what it must: a date bound that is not a date, an unknown event type", async () => {
    const xml = await record(persons[0]!.id);
    expect(await xsdErrors(schema, xml)).toEqual([]);
    const broken = xml.replace(/earliest="[^"]*"/, 'earliest="1890~"').replace(/<event type="[a-z_]+"/, '<event type="holiday"');
    const errors = await xsdErrors(schema, broken);
    expect(errors.join("\n")).toMatch(/earliest/);
    expect(errors.join("\n")).toMatch(/holiday/);
  });

  it("keeps dates (EDTF, words, bounds, the source's wording), places, relations, events and sources structured", async () => {
    const wife = await publishMemorial(personDocument("Wife Public"));
    const brother = await publishMemorial(personDocument("Brother Hidden"));
    await withholdMemorial(brother.memorialId);
    const doc = personDocument("Structured Person", {
      events: [
        {
          type: "birth",
          date: { edtf: "1890~", text: "um 1890" },
          place: { name: "Breslau", modern_name: "Wrocław", country: "PL", lat: 51.11, lon: 17.03, geonames_id: "3081368" },
          certainty: "family_account",
        },
        { type: "arrest", date: { edtf: "[1937..1938]" }, place: { name: "Moscow", country: "RU" }, agency: "nkvd", agency_note: "Moscow", sources: ["s1"] },
      ],
      relations: [
        { type: "spouse", memorial_id: wife.memorialId },
        { type: "sibling", memorial_id: brother.memorialId, name: "Bruno" },
      ],
    });
    const memorial = await publishMemorial(doc);
    const xml = await record(memorial.memorialId);
    expect(await xsdErrors(schema, xml)).toEqual([]);
    expect(xml).toContain(
      '<event type="birth" certainty="family_account"><date edtf="1890~" earliest="1890-01-01" latest="1890-12-31"><words>about 1890</words><source>um 1890</source></date>' +
        '<place country="PL" lat="51.11" lon="17.03" geonames="3081368"><name>Breslau</name><modernName>Wrocław</modernName></place></event>',
    );
    expect(xml).toContain('<event type="arrest" certainty="documented"><date edtf="[1937..1938]" earliest="1937-01-01" latest="1938-12-31">');
    expect(xml).toContain("<agency code=\"nkvd\" note=\"Moscow\">NKVD</agency><cites ref=\"s1\"/>");
    expect(xml).toContain(`<relation type="spouse" memorial="${wife.memorialId}" url="https://zeugnis.test/memorials/${wife.memorialId}"/>`);
    expect(xml).toContain('<relation type="sibling"><name>Bruno</name></relation>');
    expect(xml).not.toContain(brother.memorialId);
    expect(xml).toContain('<source id="s1" kind="article"><citation>Gestapo and NKVD');
    expect(xml).toMatch(/<memorial xmlns="https:\/\/zeugnis\.dev\/ns\/memorial\/1\.0"[^>]* id="mem_[^"]+" url="https:\/\/zeugnis\.test\/memorials\/structured-person-/);
  });

  it("withdrawn memorials are deleted records here too", async () => {
    const gone = await publishMemorial(personDocument("Gone Again"));
    await withholdMemorial(gone.memorialId);
    const xml = await oai(`verb=GetRecord&metadataPrefix=zeugnis&identifier=${id(gone.memorialId)}`);
    expect(xml).toContain('<header status="deleted">');
    expect(records(xml)).toEqual([]);
  });
});
