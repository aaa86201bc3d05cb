/**
 * The person-document schema under generated documents: any JSON is answered with a result,
 * never an exception; every generated valid document is accepted, and what the schema returns
 * is accepted again unchanged, also after a trip through JSON (the API's round trip: a published
 * document is a valid submission); a text over its limit is refused at its own path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGENCIES,
  CERTAINTIES,
  EVENT_TYPES,
  LIMITS,
  MARKER_KINDS,
  NAME_KINDS,
  personDocumentSchema,
  RELATION_TYPES,
  SOURCE_KINDS,
  toFieldErrors,
} from "../../src/domain/person-document";
import { textProblem } from "../../src/domain/text-rules";
import { anyEdtf, RUNS } from "./arbitraries";

const run = (property: fc.IProperty<unknown>, numRuns = RUNS) => fc.assert(property, { numRuns });
/**
 * Non-blank text as people type it, any script, with surrounding spaces that the schema trims,
 * within the text rules (src/domain/text-rules.ts: the schema's fields of 2,000+ characters are
 * multi-line); what the rules refuse is the last property's business.
 */
const text = (max: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: Math.min(max, 60) })
    .filter((s) => s.trim().length > 0 && s.trim().length <= max && textProblem(s.trim(), max >= 2000 ? "multiline" : "line") === undefined);
const lang = fc.constantFrom("en", "de", "ru", "yi-Latn");
const localized = (max: number) => fc.dictionary(lang, text(max), { minKeys: 1, maxKeys: 3 });
const date = fc.record({ edtf: anyEdtf, text: text(LIMITS.shortText) }, { requiredKeys: ["edtf"] });
const place = fc.record(
  { name: text(LIMITS.shortText), modern_name: text(LIMITS.shortText), country: fc.constantFrom("DE", "AT", "RU", "BY", "PL") },
  { requiredKeys: ["name"] },
);

const document = fc
  .record({
    names: fc.array(fc.record({ kind: fc.constantFrom(...NAME_KINDS), display: text(LIMITS.shortText), given: text(LIMITS.shortText) }, { requiredKeys: ["kind", "display"] }), { minLength: 1, maxLength: 5 }),
    events: fc.array(
      fc.record(
        { type: fc.constantFrom(...EVENT_TYPES), date, place, description: localized(LIMITS.description), agency: fc.constantFrom(...AGENCIES), agency_note: text(LIMITS.shortText) },
        { requiredKeys: ["type"] },
      ),
      { maxLength: 6 },
    ),
    biography: localized(LIMITS.biography),
    extraSources: fc.array(fc.record({ kind: fc.constantFrom(...SOURCE_KINDS), citation: text(LIMITS.citation), page: text(60) }, { requiredKeys: ["kind", "citation"] }), { maxLength: 3 }),
    relations: fc.array(fc.record({ type: fc.constantFrom(...RELATION_TYPES), name: text(LIMITS.shortText), certainty: fc.constantFrom(...CERTAINTIES.filter((c) => c !== "documented")) }), { maxLength: 3 }),
    markers: fc.array(fc.record({ kind: fc.constantFrom(...MARKER_KINDS), inscription: text(LIMITS.description), installed: date }, { requiredKeys: ["kind"] }), { maxLength: 2 }),
    sex: fc.constantFrom("female", "male", "unknown", undefined),
  })
  .map(({ names, events, extraSources, sex, ...rest }) => ({
    ...rest,
    ...(sex ? { sex } : {}),
    names: names.map((n, i) => ({ ...n, ...(i === 0 ? { primary: true } : {}) })),
    // Another agency needs its name.
    events: events.map((e) => ({ ...e, ...(e.agency === "other" && !e.agency_note ? { agency_note: "Reichsgericht" } : {}), sources: ["s1"] })),
    sources: [{ id: "s1", kind: "archive" as const, citation: "GARF f. 10035" }, ...extraSources.map((s, i) => ({ ...s, id: `s${i + 2}` }))],
  }));

describe("the person-document schema", () => {
  it("answers any JSON with accepted or refused-with-paths, never an exception", () => {
    run(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ names: fc.jsonValue(), events: fc.jsonValue(), sources: fc.jsonValue() })), (value) => {
        const result = personDocumentSchema.safeParse(value);
        if (!result.success) for (const e of toFieldErrors(result.error)) expect(typeof e.path).toBe("string");
      }),
    );
  });

  it("accepts every generated document, and accepts its own output again unchanged (also through JSON)", () => {
    run(
      fc.property(document, (input) => {
        const first = personDocumentSchema.safeParse(input);
        expect(first.success, JSON.stringify(first.error?.issues?.slice(0, 2))).toBe(true);
        const again = personDocumentSchema.parse(JSON.parse(JSON.stringify(first.data)));
        expect(again).toEqual(first.data);
      }),
      500,
    );
  });

  it("refuses a text one character over its limit, at that text's path", () => {
    run(
      fc.property(document, fc.constantFrom("display", "citation", "biography"), (input, field) => {
        const doc = structuredClone(input) as Record<string, unknown> & typeof input;
        let path: string;
        if (field === "display") [doc.names[0]!.display, path] = ["n".repeat(LIMITS.shortText + 1), "names.0.display"];
        else if (field === "citation") [doc.sources[0]!.citation, path] = ["c".repeat(LIMITS.citation + 1), "sources.0.citation"];
        else [doc.biography, path] = [{ en: "b".repeat(LIMITS.biography + 1) }, "biography.en"];
        const result = personDocumentSchema.safeParse(doc);
        expect(result.success).toBe(false);
        expect(toFieldErrors(result.error!).map((e) => e.path)).toContain(path);
      }),
      500,
    );
  });

  it("refuses a broken, control or invisible character inside a name, at the name's path", () => {
    const refused = fc.constantFrom("\uD800", "\uDFFF", "\u0000", "\u0007", "\u001B", "\u0085", "\u200B", "\u00AD", "\u202E", "\u2066", "\uFEFF", "\uFFFF");
    run(
      fc.property(document, refused, (input, char) => {
        const doc = structuredClone(input);
        // Inside: at the edges, trimming would remove a BOM before any rule sees it.
        const name = doc.names[0]!.display.trim();
        doc.names[0]!.display = `${name}${char}${name}`;
        const result = personDocumentSchema.safeParse(doc);
        expect(result.success).toBe(false);
        expect(toFieldErrors(result.error!).map((e) => e.path)).toContain("names.0.display");
      }),
      500,
    );
  });
});
