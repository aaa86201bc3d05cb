import { describe, expect, it } from "vitest";
import { xsdErrors } from "./xsd";

const SCHEMA = `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="year" type="xs:gYear"/></xs:schema>`;

describe("the XML Schema validator the tests use", () => {
  it("accepts a valid document and explains what is wrong with an invalid one", async () => {
    expect(await xsdErrors(SCHEMA, "<year>1937</year>")).toEqual([]);
    const errors = await xsdErrors(SCHEMA, "<year>about 1937</year>");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/line 1: .*year.*gYear/);
    expect((await xsdErrors(SCHEMA, "<year>"))[0]).toBe("the document does not parse");
  });
});
