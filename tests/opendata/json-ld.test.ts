/**
 * JSON-LD on schema.org's own terms: licence and dates on the page or Dataset (schema.org
 * defines them for creative works, not for a Person), family links, and uncertain dates kept in
 * words and bounds. Every term is checked against schema.org's domains and ranges.
 */
import { beforeAll, describe, expect, it } from "vitest";
import demo from "../../src/operations/demo/demo-persons.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import { request, testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { withholdMemorial } from "../helpers/public-states";
import { schemaOrgProblems } from "../helpers/schemaorg-check";
import { personDocument } from "./fixtures";

const persons = (demo as { persons: DemoPerson[] }).persons;
type Json = Parameters<typeof schemaOrgProblems>[0];
type JsonNode = Record<string, unknown> & { mainEntity?: JsonNode };

async function pageJsonLd(key: string): Promise<JsonNode & Json> {
  const html = await (await request(`/memorials/${key}`)).text();
  return JSON.parse(html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s)![1]!);
}

beforeAll(async () => {
  await loadDemoMemorials(testDb(), persons);
}, 120_000);

describe("JSON-LD on schema.org's terms", () => {
  it("the checker refuses what schema.org does not allow (licence on a Person, an EDTF birthDate)", () => {
    const wrong = {
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Max Zucker",
      license: "https://creativecommons.org/licenses/by-sa/4.0/",
      birthDate: "1890~",
      isPartOf: { "@id": "https://zeugnis.test/api/v1/export.jsonld" },
      spouse: { "@type": "Place", name: "Berlin" },
    };
    expect(schemaOrgProblems(wrong)).toEqual([
      "$.license: not defined for Person (only CreativeWork)",
      '$.birthDate: birthDate takes Date, not "1890~"',
      "$.isPartOf: not defined for Person (only CreativeWork)",
      "$.spouse: spouse takes Person, not Place",
    ]);
  });

  it("every demo memorial page's JSON-LD uses only valid schema.org terms on valid types", async () => {
    for (const person of persons) {
      const data = await pageJsonLd(person.slug);
      expect([person.slug, schemaOrgProblems(data)]).toEqual([person.slug, []]);
    }
  });

  it("export.jsonld, with every demo memorial, uses only valid schema.org terms on valid types", async () => {
    const res = await request("/api/v1/export.jsonld");
    const data = (await res.json()) as Json & { "@graph": JsonNode[] };
    expect(data["@graph"].length).toBeGreaterThan(persons.length);
    expect(schemaOrgProblems(data)).toEqual([]);
  });

  it("the page carries licence and dates; the Person is its main entity, with no CreativeWork terms", async () => {
    const { slug, memorialId } = await publishMemorial(personDocument("Lina Page"));
    const data = await pageJsonLd(slug);
    expect(data).toMatchObject({
      "@type": "ProfilePage",
      url: `https://zeugnis.test/memorials/${slug}`,
      license: "https://creativecommons.org/licenses/by-sa/4.0/",
      isPartOf: { "@type": "WebSite", url: "https://zeugnis.test/" },
      mainEntity: { "@type": "Person", "@id": `https://zeugnis.test/memorials/${memorialId}#person`, identifier: memorialId, name: "Lina Page" },
    });
    expect(data.dateModified).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const term of ["license", "dateModified", "isPartOf"]) expect(data.mainEntity).not.toHaveProperty(term);
  });

  it("an uncertain birth (1890~) keeps its words and bounds; only exact dates become birthDate", async () => {
    const doc = personDocument("Uncertain Birth");
    doc.events = [
      { type: "birth", date: { edtf: "1890~", text: "um 1890" }, place: { name: "Breslau", modern_name: "Wrocław", country: "PL", lat: 51.11, lon: 17.03 }, certainty: "family_account" },
      { type: "arrest", date: { edtf: "1937-11/1938-02" }, certainty: "family_account" },
      { type: "death", date: { edtf: "1942-03-04" }, certainty: "family_account" },
    ];
    const { slug } = await publishMemorial(doc);
    const person = (await pageJsonLd(slug)).mainEntity!;
    expect(person.birthDate).toBeUndefined();
    expect(person.deathDate).toBe("1942-03-04");
    expect(person.birthPlace).toMatchObject({
      name: "Breslau",
      alternateName: "Wrocław",
      address: { addressCountry: "PL" },
      geo: { latitude: 51.11, longitude: 17.03 },
    });
    const [birth, arrest, death] = person.lifeEvent as JsonNode[];
    expect(birth).toMatchObject({ "@type": "Event", name: "Birth" });
    expect(birth!.startDate).toBeUndefined();
    expect(birth!.description).toBe("about 1890 (EDTF 1890~; earliest 1890-01-01; latest 1890-12-31); in the family's words: “um 1890”");
    expect(arrest).toMatchObject({ name: "Arrest", startDate: "1937-11", endDate: "1938-02" });
    expect(death).toMatchObject({ name: "Death", startDate: "1942-03-04" });
  });

  it("family links: public memorials by @id, other relatives by name, a withheld relative's memorial never linked", async () => {
    const wife = await publishMemorial(personDocument("Wife Linked"));
    const brother = await publishMemorial(personDocument("Brother Withheld"));
    await withholdMemorial(brother.memorialId);
    const doc = personDocument("Family Man");
    doc.relations = [
      { type: "spouse", memorial_id: wife.memorialId },
      { type: "parent", name: "Father Named" },
      { type: "child", name: "Child Named" },
      { type: "sibling", memorial_id: brother.memorialId, name: "Bruno" },
      { type: "cellmate", name: "Cellmate Named" },
    ];
    const { slug } = await publishMemorial(doc);
    for (const data of [await pageJsonLd(slug), await exported(slug)]) {
      const person = data.mainEntity!;
      expect(person.spouse).toMatchObject([
        { "@type": "Person", "@id": `https://zeugnis.test/memorials/${wife.memorialId}#person`, url: `https://zeugnis.test/memorials/${wife.memorialId}` },
      ]);
      expect(person.parent).toEqual([{ "@type": "Person", name: "Father Named" }]);
      expect(person.children).toEqual([{ "@type": "Person", name: "Child Named" }]);
      expect(person.sibling).toEqual([{ "@type": "Person", name: "Bruno" }]);
      expect(JSON.stringify(data)).not.toContain(brother.memorialId);
      expect(JSON.stringify(data)).not.toContain("Cellmate Named");
      expect(schemaOrgProblems(data as Json)).toEqual([]);
    }
  });

  it("the Dataset describes itself and its downloads", async () => {
    const data = (await (await request("/api/v1/export.jsonld")).json()) as { "@graph": JsonNode[] };
    const [dataset] = data["@graph"];
    expect(dataset).toMatchObject({ "@type": "Dataset", license: "https://creativecommons.org/licenses/by-sa/4.0/" });
    expect(dataset!.description).toEqual(expect.stringContaining("NKVD"));
    expect(data["@graph"].slice(1).every((n) => n["@type"] === "ProfilePage" && (n.isPartOf as JsonNode)["@id"] === dataset!["@id"])).toBe(true);
  });
});

async function exported(slug: string): Promise<JsonNode> {
  const data = (await (await request("/api/v1/export.jsonld")).json()) as { "@graph": JsonNode[] };
  return data["@graph"].find((n) => n.url === `https://zeugnis.test/memorials/${slug}`)!;
}
