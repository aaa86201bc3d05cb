/**
 * Name folding, transliteration and phonetic codes under generated names: no input makes them
 * throw, the codes keep their published shape, and the equivalences search relies on hold
 * (case, umlaut spellings, the same keys for index and query).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daitchMokotoff } from "../../src/domain/names/daitch-mokotoff";
import { koelnerPhonetik } from "../../src/domain/names/koelner-phonetik";
import { nameWords, searchFold } from "../../src/domain/names/name-fold";
import { TIER, wordKeys } from "../../src/domain/names/name-keys";
import { asciiFold, slugify, transliterateCyrillic } from "../../src/domain/names/transliterate";
import { anyText, germanWord, RUNS, russianWord } from "./arbitraries";

const run = (property: fc.IProperty<unknown>) => fc.assert(property, { numRuns: RUNS });
const anyWord = fc.oneof(anyText, germanWord, russianWord);
const UMLAUTS: Array<[string, string]> = [["ä", "ae"], ["ö", "oe"], ["ü", "ue"]];

describe("folding and transliteration", () => {
  it("makes a slug of anything: lowercase ASCII words joined by hyphens, at most 80 characters", () => {
    run(
      fc.property(anyText, (s) => {
        const slug = slugify(s);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
    );
  });

  it("transliterates every Russian word to Latin letters only, in both schemes", () => {
    run(
      fc.property(russianWord, (w) => {
        for (const scheme of ["en", "de"] as const) expect(transliterateCyrillic(w, scheme)).toMatch(/^[a-z]*$/);
        expect(asciiFold(w)).toMatch(/^[a-z]*$/);
      }),
    );
  });

  it("folds case away and spells umlauts both ways alike (Thälmann = Thaelmann = THÄLMANN)", () => {
    run(
      fc.property(germanWord, germanWord, fc.constantFrom(...UMLAUTS), (before, after, [umlaut, spelled]) => {
        fc.pre(!after.startsWith("e"));
        expect(searchFold(before.toUpperCase())).toBe(searchFold(before));
        expect(searchFold(`${before}${umlaut}${after}`)).toBe(searchFold(`${before}${spelled}${after}`));
      }),
    );
  });

  it("splits any text into non-empty words without separators", () => {
    run(
      fc.property(anyText, (s) => {
        for (const word of nameWords(s)) {
          expect(word.length).toBeGreaterThan(0);
          expect(word).not.toMatch(/[\s\-.,;:!?'"()/]/);
        }
      }),
    );
  });
});

describe("phonetic codes", () => {
  // ß has no single capital in toUpperCase ("SS" is a different spelling), so it stays lowercase here.
  const upper = (w: string) => w.replace(/[^ß]+/g, (part) => part.toUpperCase());

  it("gives Daitch–Mokotoff codes of six digits for any word, the same in any case", () => {
    run(
      fc.property(anyWord, (w) => {
        const codes = daitchMokotoff(w);
        for (const code of codes) expect(code).toMatch(/^\d{6}$/);
        expect(new Set(daitchMokotoff(upper(w)))).toEqual(new Set(codes));
      }),
    );
  });

  it("gives a Kölner code of digits with 0 only in front, the same in any case", () => {
    run(
      fc.property(anyWord, (w) => {
        const code = koelnerPhonetik(w);
        expect(code).toMatch(/^\d*$/);
        // Repeats are collapsed before the zeros go, so "Sasa" is 88 by the rules.
        expect(code.slice(1)).not.toContain("0");
        expect(koelnerPhonetik(upper(w))).toBe(code);
      }),
    );
  });
});

describe("search keys", () => {
  it("are unique, well-formed and deterministic for any word, and always include the folded form", () => {
    run(
      fc.property(anyWord, (w) => {
        const keys = wordKeys(w);
        expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
        for (const { key, tier } of keys) {
          expect(key).toMatch(/^[xftdk]:./su);
          expect([TIER.exact, TIER.folded, TIER.transliteration, TIER.phonetic]).toContain(tier);
        }
        const folded = searchFold(w);
        if (folded.length > 0) expect(keys.map((k) => k.key)).toContain(`f:${folded}`);
        expect(wordKeys(w)).toEqual(keys);
      }),
    );
  });

  it("let a name typed in capitals or with spelled-out umlauts meet the stored name", () => {
    run(
      fc.property(germanWord, fc.constantFrom(...UMLAUTS), germanWord, (before, [umlaut, spelled], after) => {
        fc.pre(!after.startsWith("e"));
        const stored = new Set(wordKeys(`${before}${umlaut}${after}`).map((k) => k.key));
        const typed = wordKeys(`${before}${spelled}${after}`.toUpperCase()).map((k) => k.key);
        expect(typed.some((k) => stored.has(k))).toBe(true);
      }),
    );
  });
});
