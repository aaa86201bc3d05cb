/**
 * Every answer the API gives is in its OpenAPI document. Walks every operation the document
 * lists (so routes added later fall under it too) and sends what clients really send wrong:
 * nobody signed in, each role, a body that is not JSON, a body of the wrong type, an empty
 * object, a body over the limit, a write from another site's page, query values of the wrong
 * kind. Whatever the Worker answers (its status, content type and body) must be documented
 * for that operation.
 */
import { describe, expect, it } from "vitest";
import { request, type RequestOptions } from "../helpers/app";
import { signIn } from "../helpers/users";
import { heldToDocument, openApiDocument } from "./contract";

type Json = Record<string, unknown>;

interface Probe {
  why: string;
  options: RequestOptions;
  query?: string;
}

const OVER_ONE_MEGABYTE = JSON.stringify({ padding: "x".repeat(1_100_000) });

/** A path with every parameter filled by a value no record has. */
function concretePath(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (_m, name: string) => (name === "n" ? "1" : `${name}_unknown0000000`));
}

/** A query string giving every documented query parameter a value of the wrong kind. */
function wrongQuery(operation: Json): string | undefined {
  const names = ((operation.parameters as Json[] | undefined) ?? []).filter((p) => p.in === "query").map((p) => p.name as string);
  if (names.length === 0) return undefined;
  return names.map((name) => `${encodeURIComponent(name)}=%E2%80%BD-not-a-value-${"9".repeat(30)}`).join("&");
}

function probesFor(method: string, operation: Json, cookies: Record<string, string>): Probe[] {
  const probes: Probe[] = [{ why: "signed out", options: {} }];
  for (const [role, cookie] of Object.entries(cookies)) probes.push({ why: `as ${role}`, options: { cookie } });
  const query = wrongQuery(operation);
  if (query) for (const [role, cookie] of Object.entries(cookies)) probes.push({ why: `wrong query as ${role}`, options: { cookie }, query });
  const isWrite = method !== "get";
  if (!isWrite) return probes;
  const content = ((operation.requestBody as Json | undefined)?.content ?? {}) as Json;
  for (const [role, cookie] of Object.entries(cookies)) {
    probes.push({ why: `from another site as ${role}`, options: { cookie, headers: { "sec-fetch-site": "cross-site" } } });
    if (!("application/json" in content)) continue;
    const json = { "content-type": "application/json" };
    probes.push(
      { why: `a body that is not JSON as ${role}`, options: { cookie, headers: json, body: "{not json" } },
      { why: `a body that is not UTF-8 as ${role}`, options: { cookie, headers: json, body: new Uint8Array([0x7b, 0xff, 0x7d]) } },
      { why: `a text body as ${role}`, options: { cookie, headers: { "content-type": "text/plain" }, body: "hello" } },
      { why: `an empty object as ${role}`, options: { cookie, json: {} } },
      { why: `a body over 1 MB as ${role}`, options: { cookie, headers: json, body: OVER_ONE_MEGABYTE } },
    );
  }
  return probes;
}

describe("every answer of every operation is in the OpenAPI document", () => {
  it("holds each operation's answers to wrong requests to what the document lists", async () => {
    const doc = await openApiDocument();
    const undocumented: string[] = [];
    let sent = 0;
    for (const [pattern, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        // Fresh users per operation: signing out (or a role change) must not spoil the next probe.
        const cookies: Record<string, string> = {};
        for (const role of ["contributor", "moderator", "admin"] as const) cookies[role] = (await signIn(role)).cookie;
        for (const probe of probesFor(method, operation, cookies)) {
          const path = concretePath(pattern) + (probe.query ? `?${probe.query}` : "");
          const res = await request(path, { ...probe.options, method: method.toUpperCase() });
          sent++;
          const answer = await heldToDocument(doc, method.toUpperCase(), pattern, res);
          if (typeof answer === "string") undocumented.push(`${probe.why}: ${answer}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(undocumented).toEqual([]);
  }, 120_000);
});
