/**
 * The OpenAPI 3.1 document, generated from the operation registry with zod's own
 * `z.toJSONSchema` (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Request schemas are
 * converted as the handlers accept them (`io: "input"`: defaults may be left out), responses as
 * they are produced (`io: "output"`). Shared parts become components.
 */
import { z } from "zod";
import { ERROR_CODES } from "../../platform/http/errors";
import { dateValue, personDocumentSchema, place } from "../../domain/person-document";
import { openApiPath, pathParams, TAG_DESCRIPTIONS, type Access, type Operation } from "./registry";
import { problem } from "./shapes";

type Json = Record<string, unknown>;

const ACCESS_ERRORS: Record<Access, number[]> = {
  public: [],
  development: [],
  contributor: [401],
  moderator: [401, 403],
  admin: [401, 403],
};

const ACCESS_NOTE: Record<Access, string> = {
  public: "Open to everyone.",
  development: "Development environment only; 404 elsewhere.",
  contributor: "Signed in (any role).",
  moderator: "Moderators and admins.",
  admin: "Admins only.",
};

function titleOf(status: number): string {
  return Object.values(ERROR_CODES).find((e) => e.status === status)?.title ?? "Error";
}

const isJsonBody = (op: Operation) => op.body !== undefined && (op.bodyType ?? "application/json") === "application/json";

/**
 * Answers the shared machinery gives before or around any handler, with why: the access check,
 * cross-origin protection and the body limit (src/index.ts), reading a JSON body and a query
 * (src/platform/http/json-body.ts), and the error handler's 500 (src/platform/middleware/errors.tsx).
 * Derived from the operation, so a new route cannot leave them out.
 */
function sharedAnswers(op: Operation): Map<number, string[]> {
  const causes = new Map<number, string[]>();
  const add = (status: number, cause: string) => causes.set(status, [...(causes.get(status) ?? []), cause]);
  for (const status of ACCESS_ERRORS[op.access]) add(status, status === 401 ? "Not signed in." : "The role does not allow it.");
  if (op.method !== "get") {
    add(403, "The request came from another site's page (Sec-Fetch-Site or Origin); clients that send neither are not refused.");
    add(413, "The body is larger than the limit (1 MB for JSON).");
  }
  if (isJsonBody(op)) {
    add(400, "The body is not valid JSON in UTF-8.");
    add(415, "The body is not sent as application/json.");
    add(422, "The body does not fit the schema: `errors` lists each field's path and what is wrong.");
  }
  if (op.query) add(422, "A query parameter does not fit: `errors` lists each one and what is wrong.");
  add(500, "An unexpected error; it is logged under the answer's request_id and the answer says no more.");
  return causes;
}

function problemResponse(status: number, causes: string[]): Json {
  return {
    description: causes.length ? `${titleOf(status)}: ${causes.join(" ")}` : titleOf(status),
    content: { "application/problem+json": { schema: ref("Problem") } },
  };
}

/** Converts every schema of a registry, as components without their own $id/$schema. */
function components(registry: z.core.$ZodRegistry<{ id: string }>, io: "input" | "output") {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const schema of Object.values(schemas)) {
    delete schema.$id;
    delete schema.$schema;
  }
  return schemas as Record<string, Json>;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function idIn(registry: z.core.$ZodRegistry<{ id: string }>, schema: z.ZodType, fallback: string) {
  const existing = registry.get(schema)?.id;
  if (existing) return existing;
  registry.add(schema, { id: fallback });
  return fallback;
}

export function buildOpenApiDocument(origin: string, allOperations: Operation[]): Json {
  const inputs = z.registry<{ id: string }>();
  const outputs = z.registry<{ id: string }>();
  inputs.add(personDocumentSchema, { id: "PersonDocumentInput" });
  inputs.add(place, { id: "PlaceInput" });
  inputs.add(dateValue, { id: "DateValueInput" });
  outputs.add(personDocumentSchema, { id: "PersonDocument" });
  outputs.add(place, { id: "Place" });
  outputs.add(dateValue, { id: "DateValue" });
  outputs.add(problem, { id: "Problem" });

  const queryIds = new Map<Operation, string>();
  const paths: Record<string, Record<string, Json>> = {};
  const pending: Array<() => void> = [];
  for (const op of allOperations) {
    const cap = op.id[0]!.toUpperCase() + op.id.slice(1);
    if (op.query) queryIds.set(op, idIn(inputs, op.query, `${cap}Query`));
    const bodyId = op.body ? idIn(inputs, op.body, `${cap}Body`) : undefined;
    const responses: Json = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      const content = spec.schema
        ? { [spec.type ?? "application/json"]: { schema: ref(idIn(outputs, spec.schema, `${cap}${status}`)) } }
        : spec.type
          ? { [spec.type]: { schema: { type: "string" } } }
          : undefined;
      const headers = spec.headers
        ? Object.fromEntries(Object.entries(spec.headers).map(([h, d]) => [h, { description: d, schema: { type: "string" } }]))
        : undefined;
      responses[status] = { description: spec.description, ...(content ? { content } : {}), ...(headers ? { headers } : {}) };
    }
    const shared = sharedAnswers(op);
    const statuses = [...new Set([...shared.keys(), ...(op.errors ?? [])])].sort((a, b) => a - b);
    for (const status of statuses) responses[String(status)] = problemResponse(status, shared.get(status) ?? []);
    const operation: Json = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      description: [op.description, ACCESS_NOTE[op.access]].filter(Boolean).join("\n\n"),
      // Public operations say so (security: []), rather than leaving a reader to guess.
      security: op.access === "public" || op.access === "development" ? [] : [{ session: [] }],
      responses,
    };
    if (bodyId) {
      operation.requestBody = {
        required: !op.bodyOptional,
        content: { [op.bodyType ?? "application/json"]: { schema: ref(bodyId) } },
      };
    }
    pending.push(() => {
      operation.parameters = parametersOf(op, queryIds.get(op), inputJson);
    });
    (paths[openApiPath(op.path)] ??= {})[op.method] = operation;
  }

  const inputJson = components(inputs, "input");
  const outputJson = components(outputs, "output");
  for (const fill of pending) fill();
  // Query objects are spread into parameters; they need no component of their own.
  for (const id of queryIds.values()) delete inputJson[id];

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Zeugnis API",
      version: "1",
      summary: "A moderated memorial archive: published memorials, submissions, moderation, open data.",
      description:
        "Errors are RFC 9457 problem details. Published data is licensed CC BY-SA 4.0 unless a file says " +
        "otherwise. Bulk data: /api/v1/export.jsonl, .csv, .jsonld; harvesting: OAI-PMH at /oai.",
      license: { name: "CC BY-SA 4.0 (data)", identifier: "CC-BY-SA-4.0" },
    },
    servers: [{ url: origin }],
    tags: [...new Set(allOperations.map((o) => o.tag))].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] })),
    paths,
    components: {
      schemas: { ...inputJson, ...outputJson },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "zeugnis_session",
          description: "Set by following a sign-in link (POST /api/v1/auth/login-link).",
        },
      },
    },
  };
}

/** A query parameter is required only when the handler's schema refuses it missing. */
function isRequired(query: z.ZodType | undefined, name: string): boolean {
  const field = (query as z.ZodObject | undefined)?.shape?.[name] as z.ZodType | undefined;
  return field !== undefined && !field.safeParse(undefined).success;
}

function parametersOf(op: Operation, queryId: string | undefined, inputJson: Record<string, Json>) {
  const parameters: Json[] = pathParams(op.path).map((name) => ({
    name,
    in: "path",
    required: true,
    description: op.params?.[name],
    schema: { type: "string" },
  }));
  const query = queryId ? inputJson[queryId] : undefined;
  if (query) {
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, Json>)) {
      const isList = schema.type === "array";
      parameters.push({
        name,
        in: "query",
        required: isRequired(op.query, name),
        ...(typeof schema.description === "string" ? { description: schema.description } : {}),
        schema,
        ...(isList ? { style: "form", explode: true } : {}),
      });
    }
  }
  for (const header of op.headers ?? []) {
    const { $schema: _ignored, ...schema } = z.toJSONSchema(header.schema, { io: "input" }) as Json;
    parameters.push({ name: header.name, in: "header", required: header.required ?? false, description: header.description, schema });
  }
  return parameters;
}
