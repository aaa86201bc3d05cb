import { describe, expect, it } from "vitest";
import { dayToIsoDate, edtfBounds, edtfProblem, isValidEdtf } from "../../src/domain/dates/edtf";

const iso = (day: number | null) => (day === null ? null : dayToIsoDate(day));
const range = (value: string) => {
  const b = edtfBounds(value);
  return [iso(b.earliestDay), iso(b.latestDay)];
};

describe("EDTF dates", () => {
  it.each([
    ["1901", "1901-01-01", "1901-12-31"],
    ["1939-12", "1939-12-01", "1939-12-31"],
    ["1941-10-23", "1941-10-23", "1941-10-23"],
    ["1939-12-31/1940-01-01", "1939-12-31", "1940-01-01"],
    ["1890~", "1890-01-01", "1890-12-31"],
    ["1942?", "1942-01-01", "1942-12-31"],
    ["193X", "1930-01-01", "1939-12-31"],
    ["1937/1938", "1937-01-01", "1938-12-31"],
    ["[1937..1938]", "1937-01-01", "1938-12-31"],
    ["{1937,1939}", "1937-01-01", "1939-12-31"],
    ["1940-02-29", "1940-02-29", "1940-02-29"],
  ])("%s spans %s to %s", (value, earliest, latest) => {
    expect(isValidEdtf(value)).toBe(true);
    expect(range(value)).toEqual([earliest, latest]);
  });

  it("leaves open and unknown ends open", () => {
    expect(range("../1938")).toEqual([null, "1938-12-31"]);
    expect(range("1941/..")).toEqual(["1941-01-01", null]);
    expect(range("[..1938]")).toEqual([null, "1938-12-31"]);
    expect(range("[1941..]")).toEqual(["1941-01-01", null]);
  });

  it("reads a season as the months a source can mean by it, not as a quarter of the year", () => {
    // "In the fall of 1939" (P. Miletić's arrival in Moscow): September to the end of autumn.
    expect(range("1939-23")).toEqual(["1939-09-01", "1939-12-21"]);
    expect(range("1939-21")).toEqual(["1939-03-01", "1939-06-20"]);
    expect(range("1939-22")).toEqual(["1939-06-01", "1939-09-22"]);
    // Winter 1939 may be its first months or its last, running into 1940.
    expect(range("1939-24")).toEqual(["1939-01-01", "1940-03-20"]);
    // Southern spring is northern autumn; quarters stay quarters.
    expect(range("1939-29")).toEqual(range("1939-23"));
    expect(range("1939-33")).toEqual(["1939-01-01", "1939-03-31"]);
  });

  it.each(["", "about 1890", "1890-13", "1900-02-30", "1890-02-29", "1941-04-31", " 1890", "1890 ", "1937-01-01T10:00:00Z", "12/1939", "1939-12-1"])(
    "refuses %j",
    (value) => {
      expect(isValidEdtf(value)).toBe(false);
    },
  );

  it.each([
    ["2008/2004", "reversed"],
    ["1985-04-12/1985-04-11", "reversed"],
    ["1939-12/1939-11", "reversed"],
    ["[1950..1918]", "reversed"],
    ["{1938..1937}", "reversed"],
    ["85", "shortYear"],
    ["19", "shortYear"],
    ["193", "shortYear"],
    ["1940-02-08T10:00", "time"],
    ["about 1890", "syntax"],
    ["1890-02-29", "impossible"],
  ])("refuses %j with the reason %s", (value, problem) => {
    expect(edtfProblem(value)).toBe(problem);
    expect(isValidEdtf(value)).toBe(false);
  });

  it.each(["1938-03/1938", "1985-04-12/1985-04-12", "2004/2008", "../1938", "1937/..", "[..1937]", "[1937..1938,1941]", "0085", "19XX", "1937~/1938?"])(
    "accepts %j: it does not end before it starts",
    (value) => {
      expect(edtfProblem(value)).toBeNull();
    },
  );
});
