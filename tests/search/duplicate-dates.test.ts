/**
 * Possible duplicates ranked by name and dates (issue 4: "same or similar names, overlapping
 * dates"): the two Max Zuckers with memorial stones — the demo's Berlin refugee, who died in the
 * Warsaw Ghetto on 23 October 1941, and the Hamburg man born 1891 and murdered in 1940.
 */
import { describe, expect, it } from "vitest";
import demo from "../../src/operations/demo/demo-persons.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { findDuplicatesForContributor, findPossibleDuplicates } from "../../src/archive/search/duplicates";
import { compareLifeDates } from "../../src/archive/search/life-dates";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { createRevision } from "../helpers/revisions";
import { signIn } from "../helpers/users";
import { hamburgZucker } from "./fixtures";

const berlinZucker = (demo as { persons: DemoPerson[] }).persons.find((p) => p.key === "max-zucker")!;

/** Hamburg's Max Zucker first, so that by name alone (and index order) he would come first. */
async function bothZuckers() {
  const hamburg = await publishMemorial(hamburgZucker());
  await loadDemoMemorials(testDb(), [berlinZucker]);
  return { hamburg: hamburg.memorialId, berlin: berlinZucker.id };
}

/** What a descendant of the Berlin refugee sends: his name and his death in the ghetto. */
function berlinSubmission(): PersonDocumentInput {
  const doc = zuckerDocument();
  return { ...doc, names: [doc.names[0]!] };
}

describe("comparing life dates", () => {
  it("agrees when the dates overlap, however precise", () => {
    expect(compareLifeDates({ birth: null, death: "1941" }, { birth: null, death: "1941-10-23" })).toBe("agree");
    expect(compareLifeDates({ birth: "1891", death: null }, { birth: "1891-03-02", death: "1940" })).toBe("agree");
  });

  it("calls a miss close when the evidence allows it: Julian dates, approximate years", () => {
    expect(compareLifeDates({ birth: "1900-01-01", death: null }, { birth: "1900-01-13", death: null })).toBe("close");
    expect(compareLifeDates({ birth: "1890~", death: null }, { birth: "1891", death: null })).toBe("close");
    expect(compareLifeDates({ birth: "1890?", death: null }, { birth: "1892-06", death: null })).toBe("close");
  });

  it("finds a conflict when a date misses by more, or one was born after the other died", () => {
    expect(compareLifeDates({ birth: null, death: "1941-10-23" }, { birth: "1891", death: "1940" })).toBe("conflict");
    expect(compareLifeDates({ birth: "1890~", death: null }, { birth: "1899", death: null })).toBe("conflict");
    expect(compareLifeDates({ birth: "1942", death: null }, { birth: null, death: "1940" })).toBe("conflict");
    // One close date does not outweigh one that conflicts.
    expect(compareLifeDates({ birth: "1891", death: "1941" }, { birth: "1891", death: "1938" })).toBe("conflict");
  });

  it("knows nothing without a date on both sides, and ignores dates that are not EDTF", () => {
    expect(compareLifeDates({ birth: null, death: null }, { birth: "1891", death: "1940" })).toBe("unknown");
    expect(compareLifeDates({ birth: "1891", death: null }, { birth: null, death: "1940" })).toBe("unknown");
    expect(compareLifeDates({ birth: "about 1890", death: null }, { birth: "1891", death: null })).toBe("unknown");
  });
});

describe("possible duplicates of a Max Zucker", () => {
  it("rank the Zucker whose dates fit first and mark the namesake, in the query", async () => {
    const { hamburg, berlin } = await bothZuckers();
    const found = await findPossibleDuplicates(testDb(), {
      names: ["Max Zucker"],
      life: { birth: null, death: "1941-10-23" },
      includePending: false,
      limit: 50,
    });
    const rank = (id: string) => found.findIndex((c) => c.id === id);
    const namesakes = found.filter((c) => c.death === "1940").map((c) => c.id);
    for (const namesake of namesakes) expect(rank(berlin)).toBeLessThan(rank(namesake));
    expect(found[rank(berlin)]).toMatchObject({ dateMatch: "agree", death: "1941-10-23" });
    expect(found[rank(hamburg)]).toMatchObject({ dateMatch: "conflict", birth: "1891", death: "1940" });
    expect(rank(berlin)).toBeLessThan(rank(hamburg));
    // Conflicting dates come after every candidate whose dates do not conflict.
    const order = found.map((c) => c.dateMatch);
    expect(order.indexOf("conflict")).toBeGreaterThan(order.lastIndexOf("agree"));

    // Someone born 1891 who died in 1940 is the other way round.
    const other = await findPossibleDuplicates(testDb(), { names: ["Max Zucker"], life: { birth: "1891", death: "1940" }, includePending: false, limit: 50 });
    expect(other.findIndex((c) => c.id === hamburg)).toBeLessThan(other.findIndex((c) => c.id === berlin));
  });

  it("rank and show them on the review page and in the API, pending entries with their dates", async () => {
    const { hamburg, berlin } = await bothZuckers();
    const waiting = await createRevision({ document: person("Max Zucker", { birth: "1891", death: "1940" }) });
    const { id } = await createRevision({ document: berlinSubmission() });
    const moderator = await signIn("moderator");

    const api = (await (await request(`/api/v1/moderation/revisions/${id}`, { cookie: moderator.cookie })).json()) as {
      duplicates: Array<{ id: string; kind: string; birth: string | null; death: string | null; dateMatch: string }>;
    };
    const ids = api.duplicates.map((d) => d.id);
    // Every Hamburg Zucker in the archive (other tests of this file add theirs) ranks below.
    const namesakes = api.duplicates.filter((d) => d.kind === "memorial" && d.death === "1940").map((d) => d.id);
    expect(namesakes).toContain(hamburg);
    expect(ids.indexOf(berlin)).toBeGreaterThanOrEqual(0);
    for (const namesake of namesakes) expect(ids.indexOf(berlin)).toBeLessThan(ids.indexOf(namesake));
    expect(api.duplicates.find((d) => d.id === hamburg)).toMatchObject({ dateMatch: "conflict" });
    expect(api.duplicates.find((d) => d.id === waiting.id)).toMatchObject({ kind: "pending", birth: "1891", death: "1940", dateMatch: "conflict" });

    const html = await (await request(`/moderation/revisions/${id}`, { cookie: moderator.cookie })).text();
    const aside = html.slice(html.indexOf('id="duplicates"'));
    const item = (href: string) => aside.slice(aside.lastIndexOf("<li", aside.indexOf(href)), aside.indexOf("</li>", aside.indexOf(href)));
    for (const namesake of namesakes) {
      expect(aside.indexOf(`/moderation/memorials/${berlin}"`)).toBeLessThan(aside.indexOf(`/moderation/memorials/${namesake}"`));
    }
    expect(item(`/moderation/memorials/${berlin}"`)).toContain("23 October 1941");
    expect(item(`/moderation/memorials/${berlin}"`)).toContain("dates agree");
    expect(item(`/moderation/memorials/${hamburg}"`)).toContain("1891 – 1940");
    expect(item(`/moderation/memorials/${hamburg}"`)).toContain("dates do not fit: probably a namesake");
    expect(item(`/moderation/revisions/${waiting.id}"`)).toContain("1891 – 1940");
    expect(item(`/moderation/revisions/${waiting.id}"`)).toContain("pending submission");
  });

  it("show contributors their own pending entries by name only, and of others' only that they exist", async () => {
    const waiting = await createRevision({ document: person("Max Zucker", { birth: "1891", death: "1940" }) });
    const own = await findDuplicatesForContributor(testDb(), ["Max Zucker"], waiting.submitter.id, 50);
    expect(own.candidates.find((c) => c.id === waiting.id)).toMatchObject({ kind: "pending", birth: null, death: null, dateMatch: "unknown" });
    const someoneElse = await signIn();
    const others = await findDuplicatesForContributor(testDb(), ["Max Zucker"], someoneElse.id, 50);
    expect(others.othersPending).toBe(true);
    expect(others.candidates.some((c) => c.kind === "pending")).toBe(false);
    expect(JSON.stringify(others)).not.toContain(waiting.id);
  });
});

function person(name: string, life: { birth: string; death: string }): PersonDocumentInput {
  const [given, family] = name.split(" ");
  return {
    names: [{ primary: true, kind: "other", display: name, given, family, script: "Latn" }],
    events: [
      { type: "birth", date: { edtf: life.birth }, place: { name: "Hamburg", country: "DE" }, sources: ["s1"] },
      { type: "death", date: { edtf: life.death }, sources: ["s1"] },
    ],
    sources: [{ id: "s1", kind: "book", citation: "Test citation." }],
  };
}
