/** The answers of the versions API (versions.api.ts), described once for the handler and the OpenAPI document. */
import { z } from "zod";
import { personDocumentSchema } from "../../domain/person-document";

const dateParts = z.object({ "date-parts": z.array(z.array(z.number().int())) });

export const versionItem = z.object({
  number: z.number().int().min(1).describe("1 for the first publication, then one more for every approved correction; never reused"),
  revision_id: z.string(),
  kind: z.enum(["first_publication", "correction"]),
  published_at: z.iso.datetime(),
  summary: z.string().describe("What this version changed against the one before, in words of the request's language (Accept-Language, ?lang=)"),
  contributor: z
    .object({
      name: z.string().nullable().describe("Only when the contributor chose to be named on every revision of theirs published here"),
      role: z.enum(["family", "researcher", "contributor"]),
    })
    .describe("Who contributed this version, as the credit rule allows (docs/versions.md)"),
  url: z.url().describe("The permanent address of this version's page"),
  api_url: z.url(),
});

export const versionList = z.object({
  id: z.string(),
  slug: z.string(),
  merged_into_id: z.string().nullable().describe("Set when this memorial was merged into another: its versions stay readable"),
  current_version: z.number().int().nullable().describe("The number of the version the memorial page shows; null for a merged memorial"),
  items: z.array(versionItem).describe("Newest first"),
});

export const cslItemShape = z.object({
  id: z.string(),
  type: z.literal("webpage"),
  title: z.string(),
  author: z.array(z.object({ literal: z.string() })),
  "container-title": z.string(),
  publisher: z.string(),
  version: z.string(),
  issued: dateParts,
  accessed: dateParts,
  URL: z.url(),
  language: z.string(),
});

export const versionDetail = versionItem.extend({
  id: z.string(),
  slug: z.string(),
  merged_into_id: z.string().nullable(),
  current: z.boolean(),
  citation: cslItemShape.describe("The citation of this version as CSL-JSON"),
  document: personDocumentSchema.describe("The person document as published in this version, as the public sees it today (files rejected since are left out)"),
});
