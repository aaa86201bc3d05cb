import { parseDate } from "read-gedcom";
import { describe, expect, it } from "vitest";
import { edtfToGedcom, gedcomToEdtf } from "../../src/domain/dates/gedcom-date";

describe("EDTF to GEDCOM dates", () => {
  it.each([
    ["1901", {}, "1901"],
    ["1939-12", {}, "DEC 1939"],
    ["1941-10-23", {}, "23 OCT 1941"],
    ["1890~", {}, "ABT 1890"],
    ["[1937..1938]", {}, "BET 1937 AND 1938"],
    ["[..1938]", {}, "BEF 1938"],
    ["[1941..]", {}, "AFT 1941"],
    // An EDTF interval is a period, whatever the event: FROM…TO reads back as the same interval.
    ["1937/1938", {}, "FROM 1937 TO 1938"],
    ["../1938", {}, "TO 1938"],
    ["1939-12/..", {}, "FROM DEC 1939"],
    ["193X", {}, "BET 1 JAN 1930 AND 31 DEC 1939"],
    ["0090", {}, "90"],
    ["1890", { calendar: "gregorian" as const }, "GREGORIAN 1890"],
  ])("%s %o → %s", (edtf, options, expected) => {
    const date = edtfToGedcom(edtf, options);
    expect(date.value).toBe(expected);
    // An independent GEDCOM parser (read-gedcom, which spells calendars the 5.5.1 way) reads it.
    expect(parseDate(date.value.replace(/^GREGORIAN /, "@#DGREGORIAN@ "))).not.toBeNull();
  });

  it("writes a date of another calendar in that calendar, from its Gregorian equivalent", () => {
    expect(edtfToGedcom("1700-02-22", { calendar: "julian" }).value).toBe("JULIAN 12 FEB 1700");
    expect(edtfToGedcom("1917-03-25", { calendar: "julian" }).value).toBe("JULIAN 12 MAR 1917");
    expect(edtfToGedcom("1939-09-14", { calendar: "hebrew" }).value).toBe("HEBREW 1 TSH 5700");
    expect(edtfToGedcom("[1939-09-14..1940-10-02]", { calendar: "hebrew" }).value).toBe("HEBREW 5700");
    expect(edtfToGedcom("1799-11-09", { calendar: "french_r" }).value).toBe("FRENCH_R 18 BRUM 8");
    expect(edtfToGedcom("-0043-03-13", { calendar: "julian" }).value).toBe("JULIAN 15 MAR 44 BCE");
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
    ["BET OCT 1937 AND 1938", "[1937-10-01..1938-12-31]"],
    ["FROM 1939 TO 1941", "1939/1941"],
    ["FROM DEC 1939", "1939-12/.."],
    ["TO 1938", "../1938"],
    ["INT 1939 (the autumn after the pact)", "1939"],
    // Years before 1000 and before the common era are years like any other.
    ["AFT 90", "[0090..]"],
    ["12 FEB 19", "0019-02-12"],
    ["12 AUG 1401 BCE", "-1400-08-12"],
    ["1401 B.C.", "-1400"],
    // A dual year names the old-style year first; the year beginning in January is the second.
    ["11 FEB 1731/32", "1732-02-11"],
    ["1699/00", "1700"],
  ])("%s → %s", (gedcom, edtf) => {
    expect(gedcomToEdtf(gedcom).edtf).toBe(edtf);
  });

  it.each([
    // Julian to Gregorian is exact for a day: ten days in 1582–1700, thirteen in 1900–2100.
    ["@#DJULIAN@ 4 OCT 1582", "1582-10-14", "julian"],
    ["JULIAN 12 MAR 1917", "1917-03-25", "julian"],
    ["JULIAN 15 MAR 44 BCE", "-0043-03-13", "julian"],
    // A month or a year of another calendar is the exact range of Gregorian days it covers.
    ["JULIAN FEB 1700", "[1700-02-11..1700-03-11]", "julian"],
    ["@#DHEBREW@ 1 TSH 5700", "1939-09-14", "hebrew"],
    ["HEBREW 5700", "[1939-09-14..1940-10-02]", "hebrew"],
    ["HEBREW ADS 5703", "[1943-03-08..1943-04-05]", "hebrew"],
    ["@#DFRENCH R@ 18 BRUM 8", "1799-11-09", "french_r"],
    ["FRENCH_R VEND 3", "[1794-09-22..1794-10-21]", "french_r"],
    ["GREGORIAN 1890", "1890", "gregorian"],
  ])("%s → %s (%s calendar)", (gedcom, edtf, calendar) => {
    expect(gedcomToEdtf(gedcom)).toMatchObject({ edtf, calendar, text: gedcom });
  });

  it("keeps the words and gives no EDTF where there is no exact one", () => {
    expect(gedcomToEdtf("(during the war)")).toMatchObject({ edtf: null, text: "during the war", problem: "words_only" });
    expect(gedcomToEdtf("31 FEB 1941")).toMatchObject({ edtf: null, problem: "no_such_day" });
    expect(gedcomToEdtf("HEBREW ADS 5701")).toMatchObject({ edtf: null, problem: "no_such_day" }); // a common year: no Adar II
    expect(gedcomToEdtf("BET 1940 AND")).toMatchObject({ edtf: null, problem: "unreadable" });
    expect(gedcomToEdtf("JAN 1701/99")).toMatchObject({ edtf: null, text: "JAN 1701/99", problem: "dual_invalid" });
    expect(gedcomToEdtf("1401/8")).toMatchObject({ edtf: null, problem: "dual_invalid" });
    expect(gedcomToEdtf("FROM 15 DEC 1689 TO JULIAN MAR 647")).toMatchObject({ edtf: null, calendar: "julian", problem: "inverted" });
    expect(gedcomToEdtf("ABT JULIAN OCT 1401")).toMatchObject({ edtf: null, problem: "calendar_inexact" });
    expect(gedcomToEdtf("@#DROMAN@ 12 AUG 1401")).toMatchObject({ edtf: null, problem: "calendar_unsupported" });
    expect(gedcomToEdtf("FRENCH_R 20")).toMatchObject({ edtf: null, problem: "no_such_day" }); // after the calendar's use
  });

  it("round-trips the dates the archive writes, in every calendar", () => {
    for (const edtf of ["1901", "1939-12", "1890~", "[..1938]", "[1941..]", "[1937..1938]", "1937/1938", "../1938", "0090", "-0646-03"]) {
      expect(gedcomToEdtf(edtfToGedcom(edtf).value).edtf).toBe(edtf);
    }
    for (const [edtf, calendar] of [["1700-02-22", "julian"], ["1939-09-14", "hebrew"], ["[1939-09-14..1940-10-02]", "hebrew"], ["1799-11-09", "french_r"], ["[..1917-03-25]", "julian"], ["1917-03-25/1918-01-01", "julian"]] as const) {
      const written = edtfToGedcom(edtf, { calendar }).value;
      expect(gedcomToEdtf(written)).toMatchObject({ edtf, calendar });
    }
  });
});
