/**
 * The person document's schema, as the OpenAPI document publishes it, refuses what the API
 * refuses about primary names: a document with no primary name, or with two. Generated lists
 * of names are held to both — the published JSON Schema and the API's own zod schema — and the
 * two must agree on every one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personDocumentSchema } from "../../src/domain/person-document";
import { request } from "../helpers/app";
import { signIn } from "../helpers/users";
import { openApiDocument, validateAgainst } from "./contract";

const INPUT = { $ref: "#/components/schemas/PersonDocumentInput" };
const OUTPUT = { $ref: "#/components/schemas/PersonDocument" };

const name = fc.record(
  { kind: fc.constantFrom("birth", "married", "alias"), display: fc.constantFrom("Max Zucker", "Макс Цукер"), primary: fc.boolean() },
  { requiredKeys: ["kind", "display"] },
);

describe("the primary-name rule in the published person-document schema", () => {
  it("refuses a document without a primary name, as the API does", async () => {
    const doc = await openApiDocument();
    const withoutPrimary = { names: [{ kind: "birth", display: "Max Zucker" }] };
    expect(validateAgainst(doc, INPUT, withoutPrimary).valid).toBe(false);
    expect(validateAgainst(doc, INPUT, { names: [{ kind: "birth", display: "Max Zucker", primary: true }] }).valid).toBe(true);

    const contributor = await signIn("contributor");
    const res = await request("/api/v1/submissions", {
      method: "POST",
      cookie: contributor.cookie,
      json: { document: withoutPrimary, submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors).toContainEqual(expect.objectContaining({ path: "document.names" }));
  });

  it("says it in words where the names are described", async () => {
    const doc = await openApiDocument();
    const schemas = (doc.components as { schemas: Record<string, { properties: Record<string, { description?: string }> }> }).schemas;
    expect(schemas.PersonDocumentInput!.properties.names!.description).toMatch(/Exactly 1 name has `primary: true`/);
  });

  const ANSWER_DEFAULTS = personDocumentSchema.parse({ names: [{ primary: true, kind: "birth", display: "Max Zucker" }] });

  it("agrees with the API's own schema on every list of names, for documents sent and documents answered", async () => {
    const doc = await openApiDocument();
    fc.assert(
      fc.property(fc.array(name, { minLength: 0, maxLength: 4 }), (names) => {
        const accepted = personDocumentSchema.safeParse({ names }).success;
        expect(validateAgainst(doc, INPUT, { names }).valid).toBe(accepted);
        // An answer carries every field the schema fills in; only the names differ.
        const answered = { ...ANSWER_DEFAULTS, names };
        expect(validateAgainst(doc, OUTPUT, answered).valid).toBe(accepted);
      }),
      { numRuns: 300 },
    );
  });
});
