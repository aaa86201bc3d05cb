/** The three bulk formats: JSON Lines, CSV and a JSON-LD dump (schema.org). */
import { personJsonLd } from "../memorials/json-ld";
import { csvHeader, csvRow } from "./csv-columns";
import type { PublishedMemorial } from "./export.queries";
import type { ExportFormat } from "./export.stream";
import { DATA_LICENCE, LICENCE_NOTE } from "./licence";

export const EXPORT_TYPES = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  jsonld: "application/ld+json; charset=utf-8",
} as const;
export type ExportKind = keyof typeof EXPORT_TYPES;

const url = (origin: string, row: PublishedMemorial) => `${origin}/memorials/${row.memorial.slug}`;

/** One line per memorial: the single-memorial API's answer, plus its address and licence. */
export function jsonlRecord(origin: string, row: PublishedMemorial) {
  return {
    id: row.memorial.id,
    slug: row.memorial.slug,
    url: url(origin, row),
    revision_id: row.revisionId,
    published_at: new Date(row.changedAt).toISOString(),
    licence: DATA_LICENCE.id,
    document: row.document,
  };
}

export function exportFormat(kind: ExportKind, origin: string, modified: string): ExportFormat {
  switch (kind) {
    case "jsonl":
      return { item: (row) => `${JSON.stringify(jsonlRecord(origin, row))}\n` };
    case "csv":
      // A byte-order mark first: spreadsheet programs read the file as UTF-8 then (Cyrillic, umlauts).
      return { head: `\ufeff${csvHeader()}`, item: (row) => csvRow(row, origin) };
    case "jsonld":
      return jsonLdFormat(origin, modified);
  }
}

/** A JSON-LD document: the Dataset (licence, date) and every memorial as a schema.org Person. */
function jsonLdFormat(origin: string, modified: string): ExportFormat {
  const dataset = {
    "@id": `${origin}/api/v1/export.jsonld`,
    "@type": "Dataset",
    name: "Zeugnis: memorials of German and Austrian refugees persecuted in the Soviet Union",
    url: `${origin}/`,
    license: DATA_LICENCE.url,
    usageInfo: LICENCE_NOTE,
    dateModified: modified,
    encodingFormat: "application/ld+json",
    distribution: ["jsonl", "csv", "jsonld"].map((ext) => ({
      "@type": "DataDownload",
      contentUrl: `${origin}/api/v1/export.${ext}`,
    })),
  };
  const head = `{"@context":"https://schema.org","@graph":[${JSON.stringify(dataset)}`;
  return {
    head,
    item: (row) => {
      const person = {
        ...personJsonLd(row.memorial, row.document, url(origin, row)),
        "@context": undefined,
        identifier: row.memorial.id,
        dateModified: new Date(row.changedAt).toISOString(),
        license: DATA_LICENCE.url,
        isPartOf: { "@id": dataset["@id"] },
      };
      return `,\n${JSON.stringify(person)}`;
    },
    tail: "\n]}\n",
  };
}
