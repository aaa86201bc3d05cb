import { parseDate } from "read-gedcom";
import { describe, expect, it } from "vitest";
import { edtfToGedcom, gedcomToEdtf } from "../../src/lib/gedcom-date";

describe("EDTF to GEDCOM dates", () => {
  it.each([
    ["1901", {}, "1901"],
    ["1939-12", {}, "DEC 1939"],
    ["1941-10-23", {}, "23 OCT 1941"],
    ["1890~", {}, "ABT 1890"],
    ["[1937..1938]", {}, "BET 1937 AND 1938"],
    ["[..1938]", {}, "BEF 1938"],
    ["[1941..]", {}, "AFT 1941"],
    ["1937/1938", {}, "BET 1937 AND 1938"],
    ["1937/1938", { period: true }, "FROM 1937 TO 1938"],
    ["../1938", { period: true }, "TO 1938"],
    ["../1938", {}, "BEF 1938"],
    ["1939-12/..", { period: true }, "FROM DEC 1939"],
    ["193X", {}, "BET 1 JAN 1930 AND 31 DEC 1939"],
    ["1917-03-12", { julian: true }, "JULIAN 12 MAR 1917"],
  ])("%s %o → %s", (edtf, options, expected) => {
    const date = edtfToGedcom(edtf, options);
    expect(date.value).toBe(expected);
    // An independent GEDCOM parser (read-gedcom, which spells calendars the 5.5.1 way) reads it.
    expect(parseDate(date.value.replace(/^JULIAN /, "@#DJULIAN@ "))).not.toBeNull();
  });

  it("says what it cannot express exactly in a phrase, never more precisely than the evidence", () => {
    expect(edtfToGedcom("1942?")).toEqual({ value: "1942", phrase: "uncertain: 1942?" });
    expect(edtfToGedcom("{1937,1939}")).toEqual({ value: "BET 1 JAN 1937 AND 31 DEC 1939", phrase: "{1937,1939}" });
    expect(edtfToGedcom("1890~", { text: "um 1890" })).toEqual({ value: "ABT 1890", phrase: "um 1890" });
  });
});

describe("GEDCOM dates to EDTF", () => {
  it.each([
    ["1901", "1901"],
    ["12 MAR 1890", "1890-03-12"],
    ["mar 1890", "1890-03"],
    ["ABT 1890", "1890~"],
    ["CAL 1890", "1890~"],
    ["EST 1890", "1890~"],
    ["BEF 1938", "[..1938]"],
    ["AFT 3 JUN 1941", "[1941-06-03..]"],
    ["BET 1937 AND 1938", "[1937..1938]"],
    ["FROM 1939 TO 1941", "1939/1941"],
    ["FROM DEC 1939", "1939-12/.."],
    ["TO 1938", "../1938"],
    ["INT 1939 (the autumn after the pact)", "1939"],
    ["@#DJULIAN@ 12 MAR 1917", "1917-03-12"],
    ["11 FEB 1731/32", "1731-02-11"],
  ])("%s → %s", (gedcom, edtf) => {
    expect(gedcomToEdtf(gedcom).edtf).toBe(edtf);
  });

  it("keeps the wording and refuses what it cannot read", () => {
    expect(gedcomToEdtf("(during the war)")).toEqual({ edtf: null, text: "during the war", julian: false });
    expect(gedcomToEdtf("31 FEB 1941").edtf).toBeNull();
    expect(gedcomToEdtf("@#DHEBREW@ 1 TSH 5700").edtf).toBeNull();
    expect(gedcomToEdtf("BET 1940 AND").edtf).toBeNull();
    expect(gedcomToEdtf("@#DJULIAN@ 12 MAR 1917").julian).toBe(true);
  });

  it("round-trips the dates the archive writes", () => {
    for (const edtf of ["1901", "1939-12", "1890~", "[..1938]", "[1941..]", "[1937..1938]"]) {
      expect(gedcomToEdtf(edtfToGedcom(edtf).value).edtf).toBe(edtf);
    }
    expect(gedcomToEdtf(edtfToGedcom("1937/1938", { period: true }).value).edtf).toBe("1937/1938");
  });
});
