/**
 * Holds real answers of the Worker to the published OpenAPI document: the response schema of
 * the operation and status is looked up in /api/v1/openapi.json itself and checked with a JSON
 * Schema 2020-12 validator that runs in workerd (@cfworker/json-schema: no eval).
 */
import { Validator } from "@cfworker/json-schema";
import { request, type RequestOptions } from "../helpers/app";

type Json = Record<string, unknown>;

let cached: Json | undefined;

export async function openApiDocument(): Promise<Json> {
  cached ??= (await (await request("/api/v1/openapi.json")).json()) as Json;
  return cached;
}

export interface CheckedAnswer {
  status: number;
  body: unknown;
}

/** Every (operation, status) pair that a test held to the document. */
export const checked = new Set<string>();

/**
 * Sends a request and validates its answer against the documented response of `pattern`
 * (an OpenAPI path such as "/api/v1/memorials/{key}"). Throws with the validator's errors.
 */
export async function callChecked(
  method: string,
  pattern: string,
  path: string,
  options: RequestOptions = {},
): Promise<CheckedAnswer> {
  const doc = await openApiDocument();
  const res = await request(path, { ...options, method });
  const answer = await heldToDocument(doc, method, pattern, res);
  if (typeof answer === "string") throw new Error(answer);
  checked.add(`${method} ${pattern} ${res.status}`);
  return answer;
}

/**
 * Holds one answer to the document: its status must be listed for the operation, its content
 * type documented and its body valid against the schema given there. Answers what is wrong, in
 * words, or the answer read.
 */
export async function heldToDocument(doc: Json, method: string, pattern: string, res: Response): Promise<CheckedAnswer | string> {
  const operation = (doc.paths as Record<string, Record<string, Json>>)[pattern]?.[method.toLowerCase()];
  if (!operation) return `${method} ${pattern} is not in the document`;
  const response = (operation.responses as Record<string, Json>)[String(res.status)];
  if (!response) return `${method} ${pattern} answered ${res.status}, which is not documented: ${(await res.text()).slice(0, 300)}`;
  const content = response.content as Record<string, { schema: Json }> | undefined;
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!content) {
    if (res.status !== 301 && res.status !== 303 && (await res.text()) !== "") return `${method} ${pattern} ${res.status}: undocumented body`;
    return { status: res.status, body: null };
  }
  const media = content[type];
  if (!media) return `${method} ${pattern} ${res.status}: content type ${type} not documented`;
  const isJson = type === "application/json" || type === "application/problem+json";
  const body = isJson ? ((await res.json()) as unknown) : await res.text();
  const result = validateAgainst(doc, media.schema, body);
  if (!result.valid) {
    const errors = result.errors.map((e) => `${e.instanceLocation}: ${e.error}`).join("\n");
    return `${method} ${pattern} ${res.status} does not match the document:\n${errors}\n${JSON.stringify(body).slice(0, 2000)}`;
  }
  return { status: res.status, body };
}

/** Validates a value against a schema of the document (usually a $ref to a component). */
export function validateAgainst(doc: Json, schema: Json, value: unknown) {
  return new Validator({ ...schema, components: doc.components } as Json, "2020-12", false).validate(value);
}
