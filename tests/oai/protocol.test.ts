import { beforeAll, describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { zuckerDocument } from "../helpers/documents";
import { all, DATESTAMP, errorCode, oai, requestElement } from "./helpers";

let memorialId: string;
beforeAll(async () => {
  memorialId = (await publishMemorial(zuckerDocument())).memorialId;
});

describe("OAI-PMH: the repository and its protocol errors", () => {
  it("Identify names the repository, its granularity and persistent deleted records", async () => {
    const xml = await oai("verb=Identify");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"');
    expect(all(xml, "responseDate")[0]).toMatch(DATESTAMP);
    expect(requestElement(xml)).toBe('<request verb="Identify">https://zeugnis.test/oai</request>');
    expect(all(xml, "baseURL")).toEqual(["https://zeugnis.test/oai"]);
    expect(all(xml, "protocolVersion")).toEqual(["2.0"]);
    expect(all(xml, "deletedRecord")).toEqual(["persistent"]);
    expect(all(xml, "granularity")).toEqual(["YYYY-MM-DDThh:mm:ssZ"]);
    expect(all(xml, "earliestDatestamp")[0]).toMatch(DATESTAMP);
    expect(all(xml, "adminEmail")[0]).toContain("@");
    expect(all(xml, "repositoryIdentifier")).toEqual(["zeugnis.test"]);
  });

  it("ListMetadataFormats offers oai_dc and zeugnis, for the repository and for a known record", async () => {
    const xml = await oai("verb=ListMetadataFormats");
    expect(all(xml, "metadataPrefix")).toEqual(["oai_dc", "zeugnis"]);
    expect(all(xml, "metadataNamespace")).toEqual(["http://www.openarchives.org/OAI/2.0/oai_dc/", "https://zeugnis.dev/ns/memorial/1.0"]);
    expect(errorCode(await oai(`verb=ListMetadataFormats&identifier=oai:zeugnis.test:${memorialId}`))).toBeNull();
    expect(errorCode(await oai("verb=ListMetadataFormats&identifier=oai:zeugnis.test:mem_nothere0000"))).toBe("idDoesNotExist");
  });

  it("has sets (tests/oai/sets.test.ts): ListSets lists them, an unknown set matches no records", async () => {
    expect(errorCode(await oai("verb=ListSets"))).toBeNull();
    expect(errorCode(await oai("verb=ListRecords&metadataPrefix=oai_dc&set=letters"))).toBe("noRecordsMatch");
    expect(errorCode(await oai("verb=ListSets&resumptionToken=abc"))).toBe("badResumptionToken");
  });

  it("badVerb for a missing, unknown or repeated verb, with a bare request element", async () => {
    for (const query of ["", "verb=Frobnicate", "verb=Identify&verb=Identify", "verb=identify"]) {
      const xml = await oai(query);
      expect(errorCode(xml)).toBe("badVerb");
      expect(requestElement(xml)).toBe("<request>https://zeugnis.test/oai</request>");
    }
  });

  it("badArgument for illegal, missing or repeated arguments and malformed dates", async () => {
    const cases = [
      "verb=Identify&extra=1",
      "verb=ListRecords",
      "verb=GetRecord&identifier=x",
      "verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00.000Z",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01",
      "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc",
    ];
    for (const query of cases) {
      const xml = await oai(query);
      expect([query, errorCode(xml)]).toEqual([query, "badArgument"]);
      expect(requestElement(xml)).toBe("<request>https://zeugnis.test/oai</request>");
    }
  });

  it("cannotDisseminateFormat, noRecordsMatch and badResumptionToken", async () => {
    expect(errorCode(await oai("verb=ListRecords&metadataPrefix=marc21"))).toBe("cannotDisseminateFormat");
    expect(errorCode(await oai(`verb=GetRecord&metadataPrefix=mods&identifier=oai:zeugnis.test:${memorialId}`))).toBe("cannotDisseminateFormat");
    expect(errorCode(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01"))).toBe("noRecordsMatch");
    expect(errorCode(await oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2990-01-01T00:00:00Z"))).toBe("noRecordsMatch");
    expect(errorCode(await oai("verb=ListIdentifiers&resumptionToken=eyJ4IjoxfQ.abc"))).toBe("badResumptionToken");
  });

  it("GetRecord: idDoesNotExist for unknown ids and ids of another repository", async () => {
    expect(errorCode(await oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:zeugnis.test:mem_nothere0000"))).toBe("idDoesNotExist");
    expect(errorCode(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:${memorialId}`))).toBe("idDoesNotExist");
  });

  it("accepts POST with form encoding, without an Origin header", async () => {
    const res = await request("/oai", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "" },
      body: "verb=Identify",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<repositoryName>Zeugnis</repositoryName>");
  });
});
