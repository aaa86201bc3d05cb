/**
 * Whose words a date is in: a family's typing is "in the family's words", a cited document's is
 * "as the source puts it" — on pages in any language (issue 16: DE/RU pages called a family's
 * English "about 1895" the source's wording).
 */
import { describe, expect, it } from "vitest";
import { request } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";

async function pageOf(lang: string) {
  const doc = zuckerDocument();
  doc.sources!.push({ id: "fam", kind: "oral_family", citation: "What his daughter remembers." });
  doc.events!.unshift({ type: "birth", date: { edtf: "1895~", text: "about 1895" }, certainty: "family_account" });
  // Only family memory cited: still the family's words.
  doc.events![1]!.date = { edtf: "1937-03", text: "early March 1937" };
  doc.events![1]!.sources = ["fam"];
  const { slug } = await publishMemorial(doc);
  return (await request(`/memorials/${slug}?lang=${lang}`)).text();
}

describe("whose words a date is in", () => {
  it("on a German page", async () => {
    const html = await pageOf("de");
    expect(html).toContain("in den Worten der Familie: „about 1895“");
    expect(html).toContain("in den Worten der Familie: „early March 1937“");
    expect(html).toContain("so die Quelle: „after the pact was signed“");
    expect(html).not.toContain("so die Quelle: „about 1895“");
  });

  it("on a Russian page", async () => {
    const html = await pageOf("ru");
    expect(html).toContain("словами семьи: «about 1895»");
    expect(html).toContain("как в источнике: «after the pact was signed»");
  });

  it("on an English page, where the words say no more than the date", async () => {
    const html = await pageOf("en");
    expect(html).not.toContain("“about 1895”");
    expect(html).toContain("in the family’s words: “early March 1937”");
    expect(html).toContain("as the source puts it: “after the pact was signed”");
  });
});
