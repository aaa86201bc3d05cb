/**
 * The shared HTTP contract (api.md: "keep these paths, methods, status codes and field names")
 * is in the OpenAPI document as it is. Each API route api.md names is listed here with the
 * status codes, request fields, query parameters, headers and answer fields it names, and each
 * must be documented for that operation. Routes api.md names for other issues (versions,
 * groups) are checked by the issues that add them.
 */
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./contract";

type Json = Record<string, unknown>;

interface ContractEntry {
  route: string;
  statuses?: number[];
  query?: string[];
  headers?: string[];
  /** Request body fields as paths ("submitter.relationship"); `[]` steps into a list's items. */
  body?: string[];
  /** Fields of the first success answer, as paths. */
  answer?: string[];
  /** Values an enum field must offer: "path=value,value". */
  values?: string[];
}

const CONTRACT: ContractEntry[] = [
  { route: "GET /api/v1/memorials", statuses: [200], query: ["q", "cursor", "limit"], answer: ["items[].id", "items[].slug", "items[].name", "items[].birth", "items[].death", "items[].summary", "next_cursor"] },
  { route: "GET /api/v1/memorials/{key}", statuses: [200, 301, 404, 410], answer: ["id", "slug", "revision_id", "published_at", "document.names"] },
  { route: "POST /api/v1/reports", statuses: [202], body: ["memorial_id", "kind", "message"], values: ["kind=error,duplicate,privacy,takedown,other"] },
  { route: "GET /api/v1/openapi.json", statuses: [200] },
  { route: "POST /api/v1/auth/login-link", statuses: [202], body: ["email"] },
  { route: "GET /api/v1/dev/outbox", statuses: [200], query: ["to"], answer: ["messages[].to", "messages[].subject", "messages[].text", "messages[].link", "messages[].sent_at"] },
  { route: "POST /api/v1/auth/logout" },
  { route: "GET /api/v1/me", statuses: [200, 401], answer: ["id", "email", "display_name", "role"] },
  {
    route: "POST /api/v1/submissions",
    statuses: [201],
    headers: ["Idempotency-Key"],
    body: ["memorial_id", "document", "submitter.relationship", "submitter.note", "submitter.show_name", "consent.publish"],
    answer: ["id", "status", "version", "warnings[].path", "warnings[].code", "warnings[].message"],
    values: ["submitter.relationship=descendant,relative,researcher,other"],
  },
  { route: "GET /api/v1/submissions", statuses: [200, 401] },
  { route: "GET /api/v1/submissions/{id}", statuses: [200, 401, 404], answer: ["status", "version", "messages", "warnings[].path", "warnings[].code", "warnings[].message"] },
  { route: "PUT /api/v1/submissions/{id}", statuses: [200, 409], body: ["version", "document", "submitter.relationship", "consent.publish"] },
  { route: "POST /api/v1/submissions/{id}/withdraw", statuses: [200] },
  { route: "POST /api/v1/submissions/{id}/reopen", statuses: [201] },
  {
    route: "POST /api/v1/media",
    statuses: [201],
    body: ["file", "caption", "credit", "licence", "rights_confirmed"],
    answer: ["id", "sha256", "mime", "bytes"],
    values: ["licence=CC-BY-4.0,CC-BY-SA-4.0,CC0-1.0,permission"],
  },
  {
    route: "GET /api/v1/moderation/queue",
    statuses: [200, 401, 403],
    query: ["status"],
    answer: ["items[].id", "items[].memorial_id", "items[].name", "items[].status", "items[].submitted_at", "items[].claimed_by", "items[].version", "items[].kind", "items[].warnings", "next_cursor"],
  },
  { route: "POST /api/v1/moderation/revisions/{id}/claim", statuses: [200, 409], answer: ["claimed_until"] },
  { route: "GET /api/v1/moderation/revisions/{id}/diff", statuses: [200] },
  {
    route: "POST /api/v1/moderation/revisions/{id}/decision",
    statuses: [200, 403, 409],
    body: ["action", "reason", "version"],
    values: ["action=approve,reject,request_changes"],
  },
  { route: "GET /api/v1/audit", statuses: [200], query: ["subject_id"] },
];

/** Resolves $ref and collects every alternative (anyOf, oneOf, allOf) a schema may take. */
function alternatives(doc: Json, schema: Json | undefined): Json[] {
  if (!schema) return [];
  if (typeof schema.$ref === "string") {
    const id = schema.$ref.replace("#/components/schemas/", "");
    return alternatives(doc, ((doc.components as Json).schemas as Record<string, Json>)[id]);
  }
  const nested = [...((schema.anyOf as Json[]) ?? []), ...((schema.oneOf as Json[]) ?? []), ...((schema.allOf as Json[]) ?? [])];
  return [schema, ...nested.flatMap((s) => alternatives(doc, s))];
}

/** The schemas found at a field path ("a.b[].c"); empty when the path is not documented. */
function schemasAt(doc: Json, root: Json | undefined, path: string): Json[] {
  let current = alternatives(doc, root);
  for (const step of path.split(".")) {
    const isList = step.endsWith("[]");
    const key = isList ? step.slice(0, -2) : step;
    current = current.flatMap((s) => alternatives(doc, (s.properties as Record<string, Json> | undefined)?.[key]));
    if (isList) current = current.flatMap((s) => alternatives(doc, s.items as Json | undefined));
  }
  return current;
}

function operationOf(doc: Json, route: string): Json | undefined {
  const [method, path] = route.split(" ");
  return (doc.paths as Record<string, Record<string, Json>>)[path!]?.[method!.toLowerCase()];
}

/** Everything api.md names for a route that the document does not have, in words. */
function missing(doc: Json, entry: ContractEntry): string[] {
  const op = operationOf(doc, entry.route);
  if (!op) return [`${entry.route}: not in the document`];
  const gaps: string[] = [];
  const responses = op.responses as Record<string, Json>;
  for (const status of entry.statuses ?? []) if (!responses[String(status)]) gaps.push(`${entry.route}: status ${status}`);
  const parameters = (op.parameters as Json[] | undefined) ?? [];
  for (const name of entry.query ?? []) if (!parameters.some((p) => p.in === "query" && p.name === name)) gaps.push(`${entry.route}: query ${name}`);
  for (const name of entry.headers ?? []) if (!parameters.some((p) => p.in === "header" && p.name === name)) gaps.push(`${entry.route}: header ${name}`);
  const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, { schema: Json }>;
  const body = Object.values(content)[0]?.schema;
  for (const field of entry.body ?? []) if (schemasAt(doc, body, field).length === 0) gaps.push(`${entry.route}: body field ${field}`);
  const success = Object.entries(responses).find(([status]) => status.startsWith("2"))?.[1];
  const answer = Object.values((success?.content ?? {}) as Record<string, { schema: Json }>)[0]?.schema;
  for (const field of entry.answer ?? []) if (schemasAt(doc, answer, field).length === 0) gaps.push(`${entry.route}: answer field ${field}`);
  for (const rule of entry.values ?? []) {
    const [field, list] = rule.split("=");
    const offered = new Set(schemasAt(doc, body, field!).flatMap((s) => (s.enum as string[] | undefined) ?? []));
    for (const value of list!.split(",")) if (!offered.has(value)) gaps.push(`${entry.route}: ${field} value ${value}`);
  }
  return gaps;
}

describe("the shared HTTP contract (api.md) in the OpenAPI document", () => {
  it("documents every path, status code and field api.md names", async () => {
    const doc = await openApiDocument();
    expect(CONTRACT.flatMap((entry) => missing(doc, entry))).toEqual([]);
  });

  it("notices what is missing", async () => {
    const doc = await openApiDocument();
    expect(missing(doc, { route: "GET /api/v1/memorials", statuses: [418], query: ["colour"], answer: ["items[].colour"] })).toEqual([
      "GET /api/v1/memorials: status 418",
      "GET /api/v1/memorials: query colour",
      "GET /api/v1/memorials: answer field items[].colour",
    ]);
    expect(missing(doc, { route: "GET /api/v1/nowhere" })).toEqual(["GET /api/v1/nowhere: not in the document"]);
  });
});
