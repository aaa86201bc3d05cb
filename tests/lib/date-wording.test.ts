import { describe, expect, it } from "vitest";
import { formatEdtf } from "../../src/domain/dates/date-format";
import { isValidEdtf } from "../../src/domain/dates/edtf";
import { parseDateWording } from "../../src/domain/dates/date-wording";

const edtfOf = (text: string) => {
  const result = parseDateWording(text);
  return result?.ok ? result.edtf : result;
};

describe("dates as the family words them", () => {
  it.each([
    ["about 1890", "1890~"],
    ["um 1890", "1890~"],
    ["около 1890", "1890~"],
    ["ca. 1890", "1890~"],
    ["ca.1890", "1890~"],
    ["примерно 1890 г.", "1890~"],
    ["probably 1941", "1941?"],
    ["wahrscheinlich 1941", "1941?"],
    ["вероятно 1941", "1941?"],
    ["1941?", "1941?"],
    ["about 1890?", "1890%"],
    ["1890", "1890"],
    ["in 1937", "1937"],
    ["в 1937 году", "1937"],
    ["im Jahr 1937", "1937"],
  ])("reads %s as %s", (text, edtf) => {
    expect(edtfOf(text)).toBe(edtf);
  });

  it.each([
    ["December 1939", "1939-12"],
    ["Dezember 1939", "1939-12"],
    ["декабрь 1939", "1939-12"],
    ["в декабре 1939 года", "1939-12"],
    ["декабря 1939", "1939-12"],
    ["im Dezember 1939", "1939-12"],
    ["Dez. 1939", "1939-12"],
    ["12.1939", "1939-12"],
    ["1939-12", "1939-12"],
    ["about December 1939", "1939-12~"],
    ["März 1938", "1938-03"],
  ])("reads the month in %s", (text, edtf) => {
    expect(edtfOf(text)).toBe(edtf);
  });

  it.each([
    ["23.10.1941", "1941-10-23"],
    ["23. Oktober 1941", "1941-10-23"],
    ["23 October 1941", "1941-10-23"],
    ["October 23, 1941", "1941-10-23"],
    ["Oct. 23, 1941", "1941-10-23"],
    ["23 октября 1941 г.", "1941-10-23"],
    ["1941-10-23", "1941-10-23"],
    ["23/10/1941", "1941-10-23"],
    ["10/23/1941", "1941-10-23"],
    ["3.4.1938", "1938-04-03"],
    ["29.02.1940", "1940-02-29"],
  ])("reads the day in %s", (text, edtf) => {
    expect(edtfOf(text)).toBe(edtf);
  });

  it.each([
    ["between 1937 and 1938", "[1937..1938]"],
    ["zwischen 1937 und 1938", "[1937..1938]"],
    ["между 1937 и 1938", "[1937..1938]"],
    ["between May and June 1937", null],
    ["zwischen Mai 1937 und Juni 1937", "[1937-05..1937-06]"],
    ["from 1937 to 1938", "1937/1938"],
    ["von 1937 bis 1938", "1937/1938"],
    ["с 1937 по 1938", "1937/1938"],
    ["1937–1938", "1937/1938"],
    ["1937-1938", "1937/1938"],
    ["December 1939 – January 1940", "1939-12/1940-01"],
    ["before 1938", "[..1937]"],
    ["vor 1938", "[..1937]"],
    ["до 1938", "[..1937]"],
    ["before December 1939", "[..1939-11]"],
    ["before 1.1.1940", "[..1939-12-31]"],
    ["after 1941", "[1942..]"],
    ["nach Dezember 1939", "[1940-01..]"],
    ["после 1941", "[1942..]"],
    ["until 1938", "../1938"],
    ["seit 1937", "1937/.."],
  ])("reads the range %s", (text, edtf) => {
    const result = parseDateWording(text);
    if (edtf === null) expect(result?.ok).toBe(false);
    else expect(edtfOf(text)).toBe(edtf);
  });

  it.each([
    ["1930s", "193X"],
    ["the 1930s", "193X"],
    ["1930er Jahre", "193X"],
    ["in den 1930er Jahren", "193X"],
    ["1930-е годы", "193X"],
    ["в 1930-х годах", "193X"],
    ["spring 1938", "1938-21"],
    ["Frühjahr 1938", "1938-21"],
    ["весной 1938", "1938-21"],
    ["winter 1941", "1941-24"],
  ])("reads decades and seasons: %s", (text, edtf) => {
    expect(edtfOf(text)).toBe(edtf);
  });

  it("keeps the original wording next to the EDTF, but not a bare EDTF string twice", () => {
    expect(parseDateWording("  um   1890 ")).toEqual({ ok: true, edtf: "1890~", text: "um 1890" });
    expect(parseDateWording("1941-10-23")).toEqual({ ok: true, edtf: "1941-10-23" });
  });

  it("answers null for an empty field", () => {
    expect(parseDateWording("")).toBeNull();
    expect(parseDateWording("   ")).toBeNull();
  });

  it.each([
    ["23.10.41", "twoDigitYear"],
    ["30er Jahre", "unrecognised"],
    ["03/04/1938", "dayOrMonth"],
    ["31.02.1941", "impossible"],
    ["29.02.1941", "impossible"],
    ["13.1939", "impossible"],
    ["unknown", "unknown"],
    ["unbekannt", "unknown"],
    ["неизвестно", "unknown"],
    ["between 1940 and 1938", "reversed"],
    ["Frühjahr 37 oder so", "unrecognised"],
    ["after the pact was signed", "unrecognised"],
    ["shortly before the war", "unrecognised"],
  ])("does not guess %s but says why (%s), keeping the words", (text, problem) => {
    expect(parseDateWording(text)).toEqual({ ok: false, text, problem });
  });

  it("always produces EDTF the archive accepts", () => {
    const samples = [
      "about 1890",
      "между 1937 и 1938",
      "before December 1939",
      "1930s",
      "spring 1938",
      "probably 23.10.1941",
    ];
    for (const text of samples) {
      const result = parseDateWording(text);
      expect(result?.ok && isValidEdtf(result.edtf), text).toBe(true);
    }
  });

  it("reads back what the archive writes in each language", () => {
    for (const edtf of [
      "1890~",
      "1939-12",
      "1941-10-23",
      "1937/1938",
      "193X",
      "1938-21",
      "1941?",
    ]) {
      for (const locale of ["en", "de", "ru"] as const) {
        const words = formatEdtf(edtf, locale);
        expect(edtfOf(words), `${locale}: ${words}`).toBe(edtf);
      }
    }
  });
});
