import { describe, expect, it } from "vitest";
import { formatEdtf } from "../../src/domain/dates/date-format";

describe("dates in words", () => {
  it.each([
    ["1890~", "about 1890", "um 1890", "около 1890 г."],
    ["1939-12", "December 1939", "Dezember 1939", "декабрь 1939 г."],
    ["1941-10-23", "23 October 1941", "23. Oktober 1941", "23 октября 1941 г."],
    ["1942?", "1942 (uncertain)", "1942 (ungesichert)", "1942 г. (предположительно)"],
    ["193X", "the 1930s", "die 1930er Jahre", "1930-е годы"],
    ["1937/1938", "1937 – 1938", "1937 – 1938", "1937 г. – 1938 г."],
    ["../1938", "until 1938", "bis 1938", "до 1938 г."],
    ["1928/..", "from 1928", "ab 1928", "с 1928 г."],
    ["[1941..]", "1941 or later", "1941 oder später", "1941 г. или позже"],
    ["[..1938]", "1938 or earlier", "1938 oder früher", "1938 г. или раньше"],
    // Years before the common era (an imported GEDCOM "12 AUG 1401 BCE"; EDTF counts 1 BCE as 0).
    ["-1400-08-12", "12 August 1401 BC", "12. August 1401 v. Chr.", "12 августа 1401 г. до н. э."],
    ["-0043", "44 BC", "44 v. Chr.", "44 г. до н. э."],
    ["0090", "90", "90", "90 г."],
  ])("%s reads %j, %j, %j", (edtf, en, de, ru) => {
    expect(formatEdtf(edtf, "en")).toBe(en);
    expect(formatEdtf(edtf, "de")).toBe(de);
    expect(formatEdtf(edtf, "ru")).toBe(ru);
  });

  it("says unknown when there is no date, and never claims more precision than given", () => {
    expect(formatEdtf(null, "en")).toBe("unknown");
    expect(formatEdtf(undefined, "de")).toBe("unbekannt");
    expect(formatEdtf("1939-12-XX", "en")).toBe("December 1939");
    expect(formatEdtf("1890-XX-XX", "en")).toBe("1890");
  });
});
