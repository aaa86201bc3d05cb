/** The three bulk formats: JSON Lines, CSV and a JSON-LD dump (schema.org). */
import { memorialJsonLd, personId } from "../../archive/memorials/json-ld";
import { wellFormedJson } from "../../domain/text-rules";
import { csvHeader, csvRow, csvWithdrawnRow } from "./csv-columns";
import type { PublishedMemorial, WithdrawnMemorial } from "./export.queries";
import type { ExportFormat } from "./export.stream";
import { DATA_LICENCE, LICENCE_NOTE } from "../../domain/licence";
import { memorialUrl } from "../../platform/http/site-url";
import { versionUrl } from "../../archive/versions/version-links";

export const EXPORT_TYPES = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  jsonld: "application/ld+json; charset=utf-8",
} as const;
export type ExportKind = keyof typeof EXPORT_TYPES;

const url = (origin: string, row: PublishedMemorial) => memorialUrl(origin, row.memorial.slug);

/** One line per memorial: the single-memorial API's answer, plus its address and licence. */
export function jsonlRecord(origin: string, row: PublishedMemorial) {
  return {
    id: row.memorial.id,
    slug: row.memorial.slug,
    url: url(origin, row),
    revision_id: row.revisionId,
    version: row.version,
    version_url: versionUrl(origin, row.memorial.id, row.version),
    published_at: new Date(row.changedAt).toISOString(),
    licence: DATA_LICENCE.id,
    document: row.document,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A withdrawn memorial in an export of changes: its id, and that it is gone. */
export function jsonlWithdrawn(origin: string, entry: WithdrawnMemorial) {
  return { id: entry.memorialId, url: memorialUrl(origin, entry.memorialId), status: "withdrawn", withdrawn_at: iso(entry.changedAt) };
}

/**
 * The format of an export; with `since` (ms), an export of the changes since then, which also
 * says which memorials were withdrawn (withheld or merged) in that time.
 */
export function exportFormat(kind: ExportKind, origin: string, modified: string, since: number | null = null): ExportFormat {
  const changes = since !== null;
  switch (kind) {
    case "jsonl":
      return {
        item: (row) => `${wellFormedJson(changes ? { ...jsonlRecord(origin, row), status: "published" } : jsonlRecord(origin, row))}\n`,
        withdrawn: (entry) => `${wellFormedJson(jsonlWithdrawn(origin, entry))}\n`,
      };
    case "csv":
      // A byte-order mark first: spreadsheet programs read the file as UTF-8 then (Cyrillic, umlauts).
      if (!changes) return { head: `\ufeff${csvHeader()}`, item: (row) => csvRow(row, origin), withdrawn: () => "" };
      return {
        head: `\ufeff${csvHeader(["status", "changed_at"])}`,
        item: (row) => csvRow(row, origin, ["published", iso(row.changedAt)]),
        withdrawn: (entry) => csvWithdrawnRow(entry.memorialId, origin, ["withdrawn", iso(entry.changedAt)]),
      };
    case "jsonld":
      return jsonLdFormat(origin, modified, since);
  }
}

/**
 * A JSON-LD document: the Dataset (licence, date, description) and every memorial as its page
 * (a ProfilePage: licence and date of the record) with the Person as the page's main entity.
 */
function jsonLdFormat(origin: string, modified: string, since: number | null): ExportFormat {
  const dataset = {
    "@id": `${origin}/api/v1/export.jsonld`,
    "@type": "Dataset",
    name: "Zeugnis: memorials of German and Austrian refugees persecuted in the Soviet Union",
    description:
      "Every published memorial of the Zeugnis archive: German and Austrian refugees persecuted by the Soviet NKVD, " +
      "many of them handed over to the Gestapo in 1939–1941. Each record is reviewed by volunteer historians and cites its sources." +
      (since === null
        ? ""
        : ` This file holds only the changes since ${iso(since)}, oldest first; a memorial withdrawn from public view since then is a DeleteAction.`),
    url: `${origin}/`,
    license: DATA_LICENCE.url,
    copyrightNotice: LICENCE_NOTE,
    dateModified: modified,
    encodingFormat: "application/ld+json",
    distribution: (Object.keys(EXPORT_TYPES) as ExportKind[]).map((ext) => ({
      "@type": "DataDownload",
      contentUrl: `${origin}/api/v1/export.${ext}`,
      encodingFormat: EXPORT_TYPES[ext].split(";")[0],
    })),
  };
  const head = `{"@context":"https://schema.org","@graph":[${JSON.stringify(dataset)}`;
  return {
    head,
    item: (row) => {
      const page = memorialJsonLd(row.memorial, row.document, {
        origin,
        url: url(origin, row),
        modified: row.changedAt,
        isPartOf: { "@id": dataset["@id"] },
        // The document is already the public view: every link left in it is to a public memorial.
        linked: () => ({}),
      });
      return `,\n${wellFormedJson(page)}`;
    },
    withdrawn: (entry) =>
      `,\n${JSON.stringify({
        "@type": "DeleteAction",
        object: { "@id": personId(origin, entry.memorialId) },
        endTime: iso(entry.changedAt),
        description: "The memorial was withdrawn from public view (withheld, or merged into another memorial).",
      })}`,
    tail: "\n]}\n",
  };
}
