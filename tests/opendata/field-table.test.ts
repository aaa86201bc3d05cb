/// <reference types="vite/client" />
/**
 * docs/open-data.md lists every field of the person document and what each format keeps of it,
 * and the list stays true: the fields come from the schema, and each format's code is run on a
 * document with every field filled while noting which fields it reads. A row that says a format
 * keeps a field its code never reads fails, and so does a "—" for a field it does read.
 */
import { describe, expect, it } from "vitest";
import openDataDoc from "../../docs/open-data.md?raw";
import { personDocumentSchema, type PersonDocument } from "../../src/domain/person-document";
import { memorialJsonLd, webSiteNode } from "../../src/archive/memorials/json-ld";
import { publishedByIds, type PublishedMemorial } from "../../src/exchange/exports/export.queries";
import { buildGedcom } from "../../src/exchange/gedcom/gedcom-export";
import { oaiDc } from "../../src/exchange/oai/oai-dc";
import { memorialXml } from "../../src/exchange/oai/memorial-xml";
import { ORIGIN, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { completeDocument, documentFields, tracked } from "./document-fields";
import { csvColumnsByField, FIELD_WORDS, fieldTable, NOT_KEPT, TABLE_BEGIN, TABLE_END, type FieldWords } from "./field-formats";

type Format = keyof FieldWords;

async function publishedComplete(): Promise<{ row: PublishedMemorial; document: PersonDocument }> {
  const relative = await publishMemorial(zuckerDocument());
  const { memorialId } = await publishMemorial(completeDocument(relative.memorialId));
  const [row] = await publishedByIds(testDb(), [memorialId]);
  // The complete document as stored, files included (the public view would drop files never uploaded).
  return { row: row!, document: personDocumentSchema.parse(completeDocument(relative.memorialId)) };
}

const FORMATS: Record<Format, (row: PublishedMemorial, document: PersonDocument) => unknown> = {
  jsonld: (row, document) =>
    memorialJsonLd(row.memorial, document, { origin: ORIGIN, url: `${ORIGIN}/memorials/${row.memorial.slug}`, modified: row.changedAt, isPartOf: webSiteNode(ORIGIN), linked: () => ({}) }),
  gedcom: (row, document) => buildGedcom([{ ...row, document }], { origin: ORIGIN, now: row.changedAt, title: "Field table", linked: new Map() }),
  oaiDc: (row, document) => oaiDc({ ...row, document }, ORIGIN),
  zeugnis: (row, document) => memorialXml({ ...row, document }, ORIGIN),
};

/** The fields each format's code reads from a document with every field filled. */
async function fieldsRead(row: PublishedMemorial, document: PersonDocument, format: (row: PublishedMemorial, document: PersonDocument) => unknown) {
  const watched = tracked(structuredClone(document));
  await format(row, watched.document);
  return watched.read;
}

const isKept = (words: string) => !words.startsWith(NOT_KEPT);

describe("docs/open-data.md: every field, format by format", () => {
  it("has words for every field of the person document, and for no field it does not have", () => {
    const { fields } = documentFields();
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((f) => !FIELD_WORDS[f])).toEqual([]);
    expect(Object.keys(FIELD_WORDS).filter((f) => !fields.includes(f))).toEqual([]);
  });

  it("says a format keeps a field exactly when the format's code reads it", async () => {
    const { row, document } = await publishedComplete();
    const wrong: string[] = [];
    for (const [format, build] of Object.entries(FORMATS) as Array<[Format, (typeof FORMATS)[Format]]>) {
      const read = await fieldsRead(row, document, build);
      for (const [field, words] of Object.entries(FIELD_WORDS)) {
        if (isKept(words[format]) !== read.has(field)) wrong.push(`${format} ${field}: the table says "${words[format]}", the code ${read.has(field) ? "reads it" : "never reads it"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("is the table in docs/open-data.md, with the CSV export's own columns", async () => {
    const { row, document } = await publishedComplete();
    const expected = fieldTable(documentFields().fields, csvColumnsByField(row, document, ORIGIN));
    const start = openDataDoc.indexOf(TABLE_BEGIN);
    const end = openDataDoc.indexOf(TABLE_END);
    expect(start, "docs/open-data.md has no field table").toBeGreaterThan(-1);
    expect(openDataDoc.slice(start, end + TABLE_END.length)).toBe(expected);
  });
});
