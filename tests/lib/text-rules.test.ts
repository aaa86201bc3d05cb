import { describe, expect, it } from "vitest";
import { textProblem, wellFormed, wellFormedJson, xmlText } from "../../src/domain/text-rules";

/** Names and texts in the scripts and forms the archive's people were written in. */
const LEGITIMATE = [
  "Макс Цуккер",
  "מקס צוקר",
  "מאַקס צוקער", // Yiddish with a pointed alef (a combining mark)
  "Mu\u0308ller", // a decomposed umlaut
  "می\u200Cخواهم", // Persian: ZWNJ inside a word
  "क\u094D\u200Dष", // Devanagari: ZWJ after the virama
  "\u200Fדוד Levi", // a right-to-left mark before Hebrew
  "葛\u{E0100}西", // an ideographic variation selector
  "Ἀλέξανδρος",
  "გიორგი",
  "O'Brien-Łukasiewicz",
];

describe("text the archive accepts", () => {
  it("takes every script, combining marks, and joiners inside words", () => {
    for (const text of LEGITIMATE) {
      expect(textProblem(text, "line"), text).toBeUndefined();
      expect(textProblem(text, "multiline"), text).toBeUndefined();
    }
    expect(textProblem("Erste Zeile\nzweite Zeile,\tmit Tab\r\nund CRLF", "multiline")).toBeUndefined();
    // Prose pasted from a word processor keeps its soft hyphens and zero-width spaces.
    expect(textProblem("Ver\u00ADhaftung und\u200BVerhör", "multiline")).toBeUndefined();
  });

  it("refuses broken characters and control characters, naming the code point", () => {
    expect(textProblem("Max \uD800Zucker", "line")).toMatch(/cannot be stored \(U\+D800/);
    expect(textProblem("Max \uDC00Zucker", "multiline")).toMatch(/U\+DC00/);
    expect(textProblem("Max\u0000Zucker", "multiline")).toMatch(/U\+0000, a control character/);
    expect(textProblem("Max\u0085Zucker", "multiline")).toMatch(/U\+0085/);
    expect(textProblem("Max\u001BZucker", "line")).toMatch(/U\+001B/);
    expect(textProblem("Max\nZucker", "line")).toMatch(/U\+000A/);
    expect(textProblem("Max\tZucker", "line")).toMatch(/U\+0009/);
    expect(textProblem("Max\uFFFEZucker", "multiline")).toMatch(/U\+FFFE/);
    expect(textProblem("Max \u202Eregdnaz", "multiline")).toMatch(/U\+202E/);
  });

  it("refuses invisible characters in a name, and names made only of them", () => {
    for (const hidden of ["\u200B", "\u00AD", "\u2060", "\uFEFF", "\u202A", "\u2066", "\u3164", "\u{E0041}"]) {
      expect(textProblem(`Max${hidden}Zucker`, "line"), JSON.stringify(hidden)).toMatch(/cannot be stored/);
    }
    expect(textProblem("\u200DMax", "line")).toMatch(/U\+200D/);
    expect(textProblem("Max \u200C Zucker", "line")).toMatch(/U\+200C/);
    for (const invisible of ["\u200B\u200B", "\u200E", "\u2800", "\u0301"]) {
      expect(textProblem(invisible, "multiline"), JSON.stringify(invisible)).toBe("must contain visible text, not only invisible characters");
    }
  });
});

describe("text leaving the archive", () => {
  it("JSON: a lone surrogate becomes U+FFFD, real pairs stay", () => {
    expect(wellFormed("a\uD800b\uDC00c😀")).toBe("a\uFFFDb\uFFFDc😀");
    const json = wellFormedJson({ name: "Max\uD800", list: ["\uDFFF"] });
    expect(json).toBe('{"name":"Max\uFFFD","list":["\uFFFD"]}');
    expect(json).not.toMatch(/\\ud[89a-f]/i);
  });

  it("XML: no lone surrogates, no control characters XML 1.0 forbids, line breaks kept", () => {
    expect(xmlText("a\u0000b\u0008c\u000Bd\uFFFFe\uD800f\n\t\rg")).toBe("abcde\uFFFDf\n\t\rg");
  });
});
