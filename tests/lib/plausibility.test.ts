import { describe, expect, it } from "vitest";
import { plausibilityWarnings, type PlausibilityInput } from "../../src/domain/plausibility";
import { personDocumentSchema } from "../../src/domain/person-document";
import { zuckerDocument } from "../helpers/documents";

/** A fixed "today" so that the future stays where it is: 15 June 2025. */
const NOW = Date.UTC(2025, 5, 15);

type Event = NonNullable<PlausibilityInput["events"]>[number];
const event = (type: string, edtf?: string): Event => ({ type, ...(edtf ? { date: { edtf } } : {}) });
const check = (...events: Event[]) => plausibilityWarnings({ events }, NOW);
const codes = (...events: Event[]) => check(...events).map((w) => `${w.path} ${w.code}`);

describe("plausibility: death before birth", () => {
  it("warns when the death certainly precedes an approximate birth (death 1890, born about 1895)", () => {
    expect(check(event("birth", "1895~"), event("death", "1890"))).toEqual([
      {
        path: "events.1.date",
        code: "death_before_birth",
        params: { date: "1890", type: "death", other: "1895~", otherType: "birth", otherPath: "events.0.date" },
      },
    ]);
  });

  it("counts an execution as a death", () => {
    expect(codes(event("birth", "1901-03-02"), event("execution", "1901-03-01"))).toEqual(["events.1.date death_before_birth"]);
  });

  it("warns about an exact death a year before an exact birth, not when either is only 'about' or uncertain", () => {
    expect(codes(event("birth", "1895"), event("death", "1894"))).toEqual(["events.1.date death_before_birth"]);
    expect(check(event("birth", "1895~"), event("death", "1894"))).toEqual([]);
    expect(check(event("birth", "1895"), event("death", "1893?"))).toEqual([]);
    expect(codes(event("birth", "1895~"), event("death", "1891"))).toEqual(["events.1.date death_before_birth"]);
  });

  it.each([
    ["the dates overlap (death in the 1890s, born 1895)", "1895", "189X"],
    ["death on the day of birth", "1901-03-02", "1901-03-02"],
    ["death in the year of a birth in that year", "1901-03", "1901"],
    ["the death has an open start (before 1938)", "1895", "../1938"],
    ["the birth has an open start", "../1900", "1890"],
  ])("stays silent when it is not certain: %s", (_, birth, death) => {
    expect(check(event("birth", birth), event("death", death))).toEqual([]);
  });

  it("stays silent without a dated birth, or when a date is not (yet) valid EDTF", () => {
    expect(check(event("birth"), event("death", "1890"))).toEqual([]);
    expect(check(event("birth", "about 1895"), event("death", "1890"))).toEqual([]);
  });
});

describe("plausibility: events before the birth or after the death", () => {
  it("warns about an act before the birth", () => {
    expect(codes(event("birth", "1905"), event("arrest", "1899"))).toEqual(["events.1.date before_birth"]);
  });

  it("warns about an act after the death", () => {
    const warnings = check(event("birth", "1890"), event("death", "1938-03"), event("release", "1939"));
    expect(warnings).toEqual([
      {
        path: "events.2.date",
        code: "after_death",
        params: { date: "1939", type: "release", other: "1938-03", otherType: "death", otherPath: "events.1.date" },
      },
    ]);
  });

  it("expects rehabilitation, memorials and reburials (type other) after the death", () => {
    expect(check(event("birth", "1890"), event("execution", "1938-03-14"), event("rehabilitation", "1989"), event("other", "1995"))).toEqual([]);
  });

  it("stays silent for an act in the month of the death, or a death with an open end", () => {
    expect(check(event("death", "1938-03"), event("sentence", "1938-03-10"))).toEqual([]);
    expect(check(event("death", "1938/.."), event("sentence", "1950"))).toEqual([]);
  });
});

describe("plausibility: an age over 110", () => {
  it("warns at an event certainly more than 110 years after the birth", () => {
    expect(codes(event("birth", "1820"), event("arrest", "1937"))).toEqual(["events.1.date age_over_110"]);
    expect(codes(event("birth", "1826-12-31"), event("death", "1937-01-01"))).toEqual(["events.1.date age_over_110"]);
  });

  it("stays silent at exactly 110 years, when the ages could be younger, and for a rehabilitation", () => {
    expect(check(event("birth", "1827-01-01"), event("death", "1937-01-01"))).toEqual([]);
    expect(check(event("birth", "182X"), event("arrest", "1937"))).toEqual([]);
    expect(check(event("birth", "1825~"), event("arrest", "1937"))).toEqual([]);
    expect(check(event("birth", "1850"), event("death", "1937"), event("rehabilitation", "1990"))).toEqual([]);
  });
});

describe("plausibility: the order of persecution", () => {
  it.each(["handover", "sentence", "release"])("warns when the %s is before the arrest", (type) => {
    expect(check(event("arrest", "1940-02"), event(type, "1939-12-31"))).toMatchObject([
      { path: "events.1.date", code: "before_arrest", params: { type, other: "1940-02", otherType: "arrest" } },
    ]);
  });

  it("compares with the first arrest when there were several", () => {
    expect(check(event("arrest", "1937"), event("release", "1939"), event("arrest", "1941"), event("sentence", "1938"))).toEqual([]);
  });

  it("stays silent when the order is possible, the arrest undated, or an interrogation precedes it", () => {
    expect(check(event("arrest", "1937"), event("sentence", "1937-11"))).toEqual([]);
    expect(check(event("arrest"), event("sentence", "1937"))).toEqual([]);
    expect(check(event("arrest", "1938"), event("interrogation", "1937"))).toEqual([]);
  });
});

describe("plausibility: a handover to the Gestapo before September 1939", () => {
  it("warns about a handover certainly before September 1939", () => {
    expect(codes(event("handover", "1939-08-31"))).toEqual(["events.0.date handover_before_september_1939"]);
    expect(codes(event("handover", "1938"))).toEqual(["events.0.date handover_before_september_1939"]);
  });

  it("stays silent from September 1939 on, for a year that reaches into it, and for 'about' a month before", () => {
    expect(check(event("handover", "1939-09-01"))).toEqual([]);
    expect(check(event("handover", "1939-07~"))).toEqual([]);
    expect(check(event("handover", "1939"))).toEqual([]);
    expect(check(event("handover", "1940-02-08"))).toEqual([]);
  });
});

describe("plausibility: two deaths", () => {
  it("warns about a second death, dated or not; a death and an execution are two deaths", () => {
    expect(check(event("death", "1941"), event("execution"))).toEqual([
      { path: "events.1.type", code: "two_deaths", params: { type: "execution", otherType: "death", other: "1941", otherPath: "events.0.type" } },
    ]);
    expect(codes(event("execution", "1938"), event("death", "1938"), event("death"))).toEqual([
      "events.1.type two_deaths",
      "events.2.type two_deaths",
    ]);
  });

  it("stays silent for one death with another version of it (a disputed fact)", () => {
    const disputed = { type: "death", date: { edtf: "1941" }, alternatives: [{ date: { edtf: "1942" } }] };
    expect(check(disputed)).toEqual([]);
  });
});

describe("plausibility: dates in the future", () => {
  it("warns wherever a date lies certainly after today: events, other versions, markers, files", () => {
    const warnings = plausibilityWarnings(
      {
        events: [{ type: "arrest", date: { edtf: "2026" }, alternatives: [{ date: { edtf: "2025-06-16" } }] }],
        markers: [{ kind: "stolperstein", installed: { edtf: "2030-05" } }],
        media: [{ date: { edtf: "2099" } }],
      },
      NOW,
    );
    expect(warnings).toEqual([
      { path: "events.0.alternatives.0.date", code: "date_in_future", params: { date: "2025-06-16", type: "arrest" } },
      { path: "events.0.date", code: "date_in_future", params: { date: "2026", type: "arrest" } },
      { path: "markers.0.installed", code: "date_in_future", params: { date: "2030-05", markerKind: "stolperstein" } },
      { path: "media.0.date", code: "date_in_future", params: { date: "2099" } },
    ]);
  });

  it("stays silent for today, for this year, for an open end, and for 'about' next year", () => {
    expect(check(event("arrest", "2025-06-15"), event("residence", "2025"), event("exile", "1941/.."), event("other", "2026~"))).toEqual([]);
  });
});

describe("plausibility of whole documents", () => {
  it("finds nothing to say about Max Zucker's documented fate", () => {
    expect(plausibilityWarnings(personDocumentSchema.parse(zuckerDocument()), NOW)).toEqual([]);
  });

  it("lists several warnings in the order of the document's fields; after two deaths, 'after the death' means after both", () => {
    expect(codes(event("death", "1890"), event("birth", "1895~"), event("handover", "1938"), event("arrest", "1940"), event("execution", "1941"))).toEqual([
      "events.0.date death_before_birth",
      "events.2.date before_arrest",
      "events.2.date handover_before_september_1939",
      "events.4.type two_deaths",
    ]);
  });
});
