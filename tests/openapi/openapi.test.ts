import { describe, expect, it } from "vitest";
import { app } from "../../src/index";
import { openApiPath } from "../../src/exchange/openapi/registry";
import { request } from "../helpers/app";
import { blockInPhrasing } from "../helpers/html";
import { openApiDocument } from "./contract";

type Json = Record<string, unknown>;

/** Every API route the Worker answers, as "METHOD /openapi/path". */
function appApiRoutes(): Set<string> {
  return new Set(
    app.routes
      .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL" && !r.path.includes("*"))
      .map((r) => `${r.method} ${openApiPath(r.path)}`),
  );
}

describe("the OpenAPI document", () => {
  it("is served as OpenAPI 3.1 JSON that anyone may fetch", async () => {
    const res = await request("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const doc = (await res.json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    expect((doc.servers as Json[])[0]).toEqual({ url: "https://zeugnis.test" });
  });

  it("describes every API route of the app, and no route the app does not have", async () => {
    const doc = await openApiDocument();
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const method of Object.keys(methods)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const routes = appApiRoutes();
    expect(routes.size).toBeGreaterThan(40);
    expect([...routes].filter((r) => !documented.has(r)).sort()).toEqual([]);
    expect([...documented].filter((r) => !routes.has(r)).sort()).toEqual([]);
  });

  it("uses the handlers' own schemas: the submission body carries the person document's rules", async () => {
    const doc = await openApiDocument();
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const body = schemas.CreateSubmissionBody!;
    expect((body.properties as Json).document).toEqual({ $ref: "#/components/schemas/PersonDocumentInput" });
    const input = schemas.PersonDocumentInput!;
    expect(input.required).toEqual(["names"]);
    const names = (input.properties as Record<string, Json>).names!;
    expect(names).toMatchObject({ minItems: 1, maxItems: 50 });
    // Output documents always carry their defaults.
    expect(schemas.PersonDocument!.required).toEqual(expect.arrayContaining(["names", "events", "sources"]));
  });

  it("says of every operation whether it needs a session: public ones with an empty security list", async () => {
    const doc = await openApiDocument();
    const operations = Object.values(doc.paths as Record<string, Record<string, Json>>).flatMap((methods) => Object.values(methods));
    expect(operations.filter((op) => !Array.isArray(op.security)).map((op) => op.operationId)).toEqual([]);
    const open = operations.filter((op) => (op.security as unknown[]).length === 0);
    expect(open.map((op) => op.operationId)).toEqual(expect.arrayContaining(["listMemorials", "getMemorial", "createReport", "requestLoginLink"]));
    expect(open.map((op) => op.operationId)).not.toContain("createSubmission");
    for (const op of open) expect(op.responses).not.toHaveProperty("401");
  });

  it("lists query parameters one by one, with their limits", async () => {
    const doc = await openApiDocument();
    const op = (doc.paths as Record<string, Record<string, Json>>)["/api/v1/memorials"]!.get!;
    const limit = (op.parameters as Json[]).find((p) => p.name === "limit")!;
    expect(limit).toMatchObject({ in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100 } });
    const fate = (op.parameters as Json[]).find((p) => p.name === "fate")!;
    expect(fate).toMatchObject({ style: "form", explode: true });
  });
});

describe("the API reference page", () => {
  it("renders every operation as HTML from our own assets, with a Try-it form", async () => {
    const res = await request("/api/docs");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('id="createSubmission"');
    expect(html).toMatch(/<script src="\/js\/api-docs.js" defer(="")?><\/script>/);
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    expect(html).toContain('action="/api/docs/try"');
  });

  it("nests no block (lists, paragraphs, sections) inside inline elements (vnu: 65 errors before)", async () => {
    const html = await (await request("/api/docs")).text();
    expect(html).toContain('class="schema"');
    expect(await blockInPhrasing(html)).toEqual([]);
  });

  it("Try it without JavaScript redirects to the request it built", async () => {
    const res = await request("/api/docs/try?operation=getMemorial&path.key=max-zucker&query.x=");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/api/v1/memorials/max-zucker");
    const list = await request("/api/docs/try?operation=listMemorials&query.q=Zucker&query.limit=5");
    expect(list.headers.get("location")).toBe("/api/v1/memorials?q=Zucker&limit=5");
    expect((await request("/api/docs/try?operation=createSubmission")).status).toBe(404);
    expect((await request("/api/docs/try?operation=getMemorial")).status).toBe(400);
  });
});
