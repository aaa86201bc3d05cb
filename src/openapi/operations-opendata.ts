/** The API's own description, and the open-data routes (exports, GEDCOM). */
import { z } from "zod";
import { TAGS, type Operation } from "./registry";

export const openDataOperations: Operation[] = [
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
