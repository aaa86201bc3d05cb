/** The import API (src/exchange/imports/), described with the schemas its handlers validate with. */
import { z } from "zod";
import { csvMappingSchema } from "../imports/csv-mapping";
import { importJobShape, importRowShape, importSubmitBody, rowsQuery } from "../imports/imports.shapes";
import { TAGS, type Operation } from "./registry";

const job = { id: "Import id (imp_…)" };
const jobList = z.object({ items: z.array(importJobShape) });

export const importOperations: Operation[] = [
  {
    method: "post",
    path: "/api/v1/imports",
    id: "startImport",
    tag: TAGS.imports,
    summary: "Upload a GEDCOM (5.5.1 or 7) or CSV file to import",
    description: "A GEDCOM file is read at once in steps; a CSV list first waits for its column mapping (status `mapping`).",
    access: "contributor",
    body: z.object({ file: z.string().describe("The GEDCOM or CSV file, at most 50 MB") }),
    bodyType: "multipart/form-data",
    responses: { 201: { description: "The import", schema: importJobShape } },
    errors: [413, 415, 422, 429],
  },
  {
    method: "get",
    path: "/api/v1/imports",
    id: "listImports",
    tag: TAGS.imports,
    summary: "The caller's imports, newest first",
    access: "contributor",
    responses: { 200: { description: "Imports", schema: jobList } },
  },
  {
    method: "get",
    path: "/api/v1/imports/:id",
    id: "getImport",
    tag: TAGS.imports,
    summary: "An import's status and progress",
    access: "contributor",
    params: job,
    responses: { 200: { description: "The import", schema: importJobShape } },
    errors: [404],
  },
  {
    method: "get",
    path: "/api/v1/imports/:id/rows",
    id: "listImportRows",
    tag: TAGS.imports,
    summary: "The people read from the file, with warnings and what became of them",
    access: "contributor",
    params: job,
    query: rowsQuery,
    responses: { 200: { description: "A page of rows", schema: z.object({ items: z.array(importRowShape), next_after: z.number().int().nullable() }) } },
    errors: [404, 422],
  },
  {
    method: "put",
    path: "/api/v1/imports/:id/mapping",
    id: "mapImportColumns",
    tag: TAGS.imports,
    summary: "CSV: which column holds which fact, and the list's source",
    access: "contributor",
    params: job,
    body: csvMappingSchema,
    responses: { 200: { description: "Reading starts", schema: importJobShape } },
    errors: [404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/imports/:id/continue",
    id: "continueImport",
    tag: TAGS.imports,
    summary: "Do the next step (read a chunk, or send a few people)",
    description: "Call until the status is no longer `parsing` or `submitting`; a scheduled job also continues every quarter hour.",
    access: "contributor",
    params: job,
    responses: { 200: { description: "The import after the step", schema: importJobShape } },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/api/v1/imports/:id/submit",
    id: "submitImport",
    tag: TAGS.imports,
    summary: "Send chosen people for review, with the contributor's relationship and consent",
    description: "Each person becomes a pending revision (or a draft to complete, when the document does not validate). Nothing is published without review.",
    access: "contributor",
    params: job,
    body: importSubmitBody,
    responses: { 202: { description: "Sending", schema: importJobShape } },
    errors: [404, 409, 415, 422],
  },
];
