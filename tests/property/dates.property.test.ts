/**
 * EDTF and date wording under thousands of generated inputs: nothing throws where the code
 * promises an answer, bounds are ordered and contain what the date means, the words never
 * claim more precision than the EDTF, and what the archive writes it reads back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEdtf } from "../../src/domain/dates/date-format";
import { parseDateWording } from "../../src/domain/dates/date-wording";
import { edtfBounds, isValidEdtf } from "../../src/domain/dates/edtf";
import { anyEdtf, anyText, dateLike, day, RUNS, wordableEdtf, year } from "./arbitraries";

const LOCALES = ["en", "de", "ru"] as const;
const locale = fc.constantFrom(...LOCALES);
const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
const run = (property: fc.IProperty<unknown>) => fc.assert(property, { numRuns: RUNS });

describe("EDTF", () => {
  it("answers true or false for any string, never throws", () => {
    run(fc.property(fc.oneof(anyText, dateLike, anyEdtf), (s) => typeof isValidEdtf(s) === "boolean"));
  });

  it("accepts every generated valid date and gives ordered bounds", () => {
    run(
      fc.property(anyEdtf, (s) => {
        expect(isValidEdtf(s)).toBe(true);
        const { earliestDay, latestDay } = edtfBounds(s);
        if (earliestDay !== null && latestDay !== null) expect(earliestDay).toBeLessThanOrEqual(latestDay);
      }),
    );
  });

  it("bounds a day to itself, a month to its first and last day, a year to 1 January–31 December", () => {
    run(
      fc.property(day, ({ y, m, d }) => {
        const p = (n: number) => String(n).padStart(2, "0");
        expect(edtfBounds(`${y}-${p(m)}-${p(d)}`)).toEqual({ earliestDay: dayNumber(y, m, d), latestDay: dayNumber(y, m, d) });
        expect(edtfBounds(`${y}-${p(m)}`)).toEqual({ earliestDay: dayNumber(y, m, 1), latestDay: dayNumber(y, m + 1, 0) });
        expect(edtfBounds(String(y))).toEqual({ earliestDay: dayNumber(y, 1, 1), latestDay: dayNumber(y, 12, 31) });
      }),
    );
  });

  it("bounds an interval by its ends, and leaves open ends open", () => {
    run(
      fc.property(year, year, (a, b) => {
        const [s, e] = [Math.min(a, b), Math.max(a, b)];
        expect(edtfBounds(`${s}/${e}`)).toEqual({ earliestDay: dayNumber(s, 1, 1), latestDay: dayNumber(e, 12, 31) });
        expect(edtfBounds(`../${e}`)).toEqual({ earliestDay: null, latestDay: dayNumber(e, 12, 31) });
        expect(edtfBounds(`${s}/..`)).toEqual({ earliestDay: dayNumber(s, 1, 1), latestDay: null });
      }),
    );
  });

  it("refuses impossible calendar days", () => {
    run(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(isValidEdtf(`${y}-${String(m).padStart(2, "0")}-${last + 1}`)).toBe(false);
      }),
    );
  });
});

describe("dates in words", () => {
  it("formats anything without throwing, in every language", () => {
    run(fc.property(fc.oneof(anyText, dateLike, anyEdtf), locale, (s, l) => typeof formatEdtf(s, l) === "string"));
  });

  it("never shows a day or month the EDTF does not give", () => {
    run(
      fc.property(year, locale, fc.constantFrom("", "~", "?"), (y, l, q) => {
        const words = formatEdtf(`${y}${q}`, l);
        // Only the year's digits appear: no day number, no month name.
        expect(words.match(/\d+/g)).toEqual([String(y)]);
        expect(words).not.toMatch(/january|february|march|april|may|june|july|august|september|october|november|december/i);
      }),
    );
  });

  it("reads back what it writes, in each language (parse ∘ format = identity)", () => {
    run(
      fc.property(wordableEdtf, locale, (edtf, l) => {
        const words = formatEdtf(edtf, l);
        const read = parseDateWording(words);
        expect(read, `${l}: ${edtf} → ${words}`).toMatchObject({ ok: true, edtf });
      }),
    );
  });

  it("turns any typed text into valid EDTF or a named problem, never an exception", () => {
    run(
      fc.property(fc.oneof(anyText, dateLike, fc.string({ maxLength: 30 })), (text) => {
        const result = parseDateWording(text);
        if (result?.ok) expect(isValidEdtf(result.edtf), `${text} → ${result.edtf}`).toBe(true);
      }),
    );
  });
});
