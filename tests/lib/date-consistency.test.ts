import { describe, expect, it } from "vitest";
import { wordsDisagreement } from "../../src/domain/dates/date-consistency";
import { findDateProblems, withDatesFromWords } from "../../src/domain/dates/document-dates";

describe("words and code of a date", () => {
  it.each([
    ["1890", "wahrscheinlich 1942", "1942?"],
    ["1937", "March 1938", "1938-03"],
    ["1895", "about 1890", "1890~"],
    ["1890", "вероятно 1942", "1942?"],
    ["1938-05-01", "23 октября 1941 г.", "1941-10-23"],
    ["1937/1938", "after 1941", "[1942..]"],
  ])("%s with the words %j disagree: the words say %s", (edtf, text, wordsEdtf) => {
    expect(wordsDisagreement({ edtf, text })).toEqual({ edtf, text, wordsEdtf });
  });

  it.each([
    ["1890", "about 1890"],
    ["1891", "about 1890"],
    ["1942?", "1942"],
    ["1942", "probably 1942"],
    ["1938-03-15", "1938"],
    ["1938", "March 1938"],
    ["1937", "between 1937 and 1938"],
    ["1938-04", "Frühjahr 1938"],
    ["1939-01", "winter 1938"],
    ["[..1937]", "before 1938"],
    ["1940-02-08", "early February 1940"],
    ["1939", "after the pact was signed"],
    ["1941", "23.10.41"],
    ["1890", undefined],
  ])("%s with the words %j agree, or the words cannot be read", (edtf, text) => {
    expect(wordsDisagreement({ edtf, text })).toBeNull();
  });

  it("allows a Julian date the calendars' difference away from its words", () => {
    expect(wordsDisagreement({ edtf: "1917-03-14", text: "1 March 1917", calendar: "julian" })).toBeNull();
    expect(wordsDisagreement({ edtf: "1917-03-14", text: "1 March 1917" })).not.toBeNull();
  });
});

describe("dates of a stored document", () => {
  const stored = {
    events: [
      { type: "birth", date: { edtf: "1895~", text: "about 1895" } },
      { type: "death", date: { edtf: "1890", text: "wahrscheinlich 1942" } },
      { type: "arrest", date: { edtf: "1937", text: "March 1938" }, alternatives: [{ date: { edtf: "2008/2004" } }] },
    ],
    markers: [{ installed: { edtf: "85", text: "im Mai 2011" } }],
    media: [{ date: { edtf: "1935", text: "um 1935" } }, "not a row"],
  };

  it("finds every date whose words disagree or whose code is no longer valid", () => {
    expect(findDateProblems(stored)).toEqual([
      { path: "events.1.date", of: { section: "event", type: "death" }, kind: "disagrees", edtf: "1890", text: "wahrscheinlich 1942", wordsEdtf: "1942?" },
      { path: "events.2.date", of: { section: "event", type: "arrest" }, kind: "disagrees", edtf: "1937", text: "March 1938", wordsEdtf: "1938-03" },
      { path: "events.2.alternatives.0.date", of: { section: "alternative", type: "arrest" }, kind: "invalid", edtf: "2008/2004", text: undefined, problem: "reversed" },
      { path: "markers.0.installed", of: { section: "marker", kind: "" }, kind: "invalid", edtf: "85", text: "im Mai 2011", problem: "shortYear", wordsEdtf: "2011-05" },
    ]);
  });

  it("makes the dates follow their words where the words can be read, and nothing else", () => {
    const { document, changed } = withDatesFromWords(stored, findDateProblems(stored));
    expect(changed).toEqual(["events.1.date", "events.2.date", "markers.0.installed"]);
    expect(document.events[1]!.date).toEqual({ edtf: "1942?", text: "wahrscheinlich 1942" });
    expect(document.events[2]!.alternatives![0]!.date).toEqual({ edtf: "2008/2004" });
    expect(document.markers[0]!.installed).toEqual({ edtf: "2011-05", text: "im Mai 2011" });
    expect(stored.events[1]!.date.edtf).toBe("1890");
  });

  it("reads partial drafts without failing", () => {
    expect(findDateProblems(null)).toEqual([]);
    expect(findDateProblems({ events: "x", markers: [null], media: [{ date: { text: "um 1935" } }] })).toEqual([]);
  });
});
