/** The API's own description, and the open-data routes (exports, GEDCOM). */
import { z } from "zod";
import { gedcomQuery } from "../gedcom/gedcom.routes";
import { exportQuery } from "../exports/export.routes";
import { TAGS, type Operation } from "./registry";

const cacheHeaders = {
  ETag: "Changes whenever a memorial is published, corrected, withheld or merged",
  "Last-Modified": "The newest such change",
  Link: 'The data licence: <https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"',
};

const exports: Operation[] = (
  [
    ["jsonl", "application/x-ndjson", "JSON Lines: one published memorial per line ({id, slug, url, revision_id, published_at, licence, document})"],
    ["csv", "text/csv", "CSV (RFC 4180, UTF-8): one row per published memorial; columns in docs/open-data.md"],
    ["jsonld", "application/ld+json", "JSON-LD: a schema.org Dataset and every memorial as a ProfilePage whose main entity is the Person"],
  ] as const
).map(([ext, type, summary]) => ({
  method: "get",
  path: `/api/v1/export.${ext}`,
  id: `export${ext[0]!.toUpperCase()}${ext.slice(1)}`,
  tag: TAGS.opendata,
  summary,
  description:
    "Published memorials only, streamed in id order. Send If-None-Match or If-Modified-Since to revalidate. " +
    "With since=, only the changes since then, oldest first, and the memorials withdrawn since then " +
    "(JSON Lines: status published/withdrawn; CSV: extra columns status and changed_at; JSON-LD: a DeleteAction per withdrawal).",
  access: "public",
  query: exportQuery,
  responses: {
    200: { description: "The export", type, headers: cacheHeaders },
    304: { description: "Not modified since the copy you have" },
  },
  errors: [422],
}));

export const openDataOperations: Operation[] = [
  ...exports,
  {
    method: "get",
    path: "/api/v1/memorials/:key/gedcom",
    id: "memorialGedcom",
    tag: TAGS.opendata,
    summary: "A published memorial as GEDCOM 7; with scope=family, every memorial linked to it by kinship",
    description:
      "Names with TRAN for transliterations, events with GEDCOM dates derived from EDTF (ABT, BEF, AFT, " +
      "BET…AND, FROM…TO; the original wording as PHRASE), places, SOUR citations, UID and EXID.",
    access: "public",
    params: { key: "Memorial id or slug" },
    query: gedcomQuery,
    responses: {
      200: { description: "The GEDCOM file (UTF-8)", type: "text/vnd.familysearch.gedcom" },
      301: { description: "An old slug or a merged memorial" },
    },
    errors: [404, 410, 422],
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    id: "openApiDocument",
    tag: TAGS.opendata,
    summary: "This description of the API (OpenAPI 3.1)",
    access: "public",
    responses: { 200: { description: "The OpenAPI document", schema: z.record(z.string(), z.unknown()) } },
  },
  {
    method: "get",
    path: "/api/docs",
    id: "apiReference",
    tag: TAGS.opendata,
    summary: "This description as an HTML page",
    access: "public",
    responses: { 200: { description: "The reference", type: "text/html" } },
  },
  {
    method: "get",
    path: "/api/docs/try",
    id: "tryOperation",
    tag: TAGS.opendata,
    summary: "The reference page's Try-it form without JavaScript: redirects to the request it built",
    access: "public",
    query: z.object({ operation: z.string() }).catchall(z.string()),
    responses: { 303: { description: "See Other: the built request" } },
    errors: [400, 404],
  },
];
