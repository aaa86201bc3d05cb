/**
 * `npm run docs:field-table` — writes the table "Every field, format by format" into
 * docs/open-data.md from the person document's schema, the words in
 * tests/opendata/field-formats.ts and the CSV export's own columns. The export's code only
 * reads the document, so a memorial row with made-up ids serves; tests/opendata/field-table.test.ts
 * checks the result with a memorial published in D1 and fails when the doc is out of date.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { personDocumentSchema } from "../src/domain/person-document";
import type { PublishedMemorial } from "../src/exchange/exports/export.queries";
import { completeDocument, documentFields } from "../tests/opendata/document-fields";
import { csvColumnsByField, fieldTable, TABLE_BEGIN, TABLE_END } from "../tests/opendata/field-formats";
import { ROOT } from "./lib/cli";

const DOC = path.join(ROOT, "docs/open-data.md");
const ORIGIN = "https://zeugnis.example";

const row = {
  memorial: { id: "mem_fieldtable01", slug: "max-zucker", summary: "" },
  revisionId: "rev_fieldtable01",
  changedAt: 0,
} as unknown as PublishedMemorial;
const document = personDocumentSchema.parse(completeDocument("mem_relative0001"));
const table = fieldTable(documentFields().fields, csvColumnsByField(row, document, ORIGIN));

const text = await readFile(DOC, "utf8");
const start = text.indexOf("<!-- field-table:begin");
const end = text.indexOf(TABLE_END);
if (start === -1 || end === -1) {
  console.error(`docs/open-data.md has no "<!-- field-table:begin" … "${TABLE_END}" markers to write between.`);
  process.exit(1);
}
await writeFile(DOC, text.slice(0, start) + table + text.slice(end + TABLE_END.length));
console.log("docs/open-data.md: field table written.");
