/**
 * The seed's 54 collective records, loaded by the real demo loaders: each public with its
 * sources, the New Year 1939/40 train with Margarete Buber-Neumann and Bloch in their roles and
 * both of its figures with their sources, Mensing's list with the figures that disagree with it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import demoPersons from "../../src/operations/demo/demo-persons.json";
import demoGroups from "../../src/operations/demo/demo-groups.json";
import { loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import { loadDemoGroups, type DemoGroup } from "../../src/operations/demo/demo-groups-loader";
import { request, testDb } from "../helpers/app";

const persons = (demoPersons as { persons: DemoPerson[] }).persons;
const groups = (demoGroups as { groups: DemoGroup[] }).groups;
const CONVERTER_NOTES = [/\bseed\b/i, /\bF[0-4]\b/, /not named in the/i];

async function allGroupIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const answer = (await (await request(`/api/v1/groups?limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { items: Array<{ id: string }>; next_cursor: string | null };
    ids.push(...answer.items.map((i) => i.id));
    cursor = answer.next_cursor;
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  await loadDemoMemorials(testDb(), persons);
  await loadDemoGroups(testDb(), groups);
});

describe("the demo groups", () => {
  it("are all 54 public, each with its sources and without converter notes", async () => {
    expect(groups).toHaveLength(54);
    expect(new Set(await allGroupIds())).toEqual(new Set(groups.map((g) => g.id)));
    for (const group of groups) {
      const html = await (await request(`/groups/${group.slug}`)).text();
      expect(html, group.slug).toContain('id="group-sources"');
      const text = html.replace(/<script\b[\s\S]*?<\/script>/gi, " ").replace(/<[^>]+>/g, " ");
      for (const pattern of CONVERTER_NOTES) expect(text, group.slug).not.toMatch(pattern);
    }
  });

  it("show the New Year 1939/40 train with Buber-Neumann and Bloch in their roles and both figures with their sources", async () => {
    const answer = (await (await request("/api/v1/groups/transport-1939-12-31-brest-litovsk")).json()) as {
      document: { sources: Array<{ id: string; citation: string }>; counts: Array<{ value: number; sources: string[]; words?: string }> };
    };
    const citation = (id: string) => answer.document.sources.find((s) => s.id === id)!.citation;
    const [onTrain, withHer] = answer.document.counts;
    expect(onTrain).toMatchObject({ value: 70, words: "about seventy prisoners" });
    expect(citation(onTrain!.sources[0]!)).toContain("Gestapo and NKVD");
    expect(withHer).toMatchObject({ value: 30, words: "with 29 others" });
    expect(citation(withHer!.sources[0]!)).toContain("Alex de Jong");

    const html = await (await request("/groups/transport-1939-12-31-brest-litovsk")).text();
    expect(html).toMatch(/Margarete Buber-Neumann<\/a> — handed over/);
    expect(html).toMatch(/Bloch[^<]*<\/a> — refused to cross/);
    expect(html).toContain("a German teacher");
    expect(html).toContain("about 70");
    expect(html).toContain("Brest-Litovsk, the bridge over the Bug");

    const buberNeumann = persons.find((p) => p.key === "margarete-buber-neumann")!;
    expect(await (await request(`/memorials/${buberNeumann.slug}`)).text()).toContain("/groups/transport-1939-12-31-brest-litovsk");
  });

  it("show Mensing's 325 beside the figures that disagree with it, each with its source", async () => {
    const html = await (await request("/groups/mensing-list-325")).text();
    expect(html).toContain("The sources give different figures");
    for (const figure of ["325", "no more than 350", "at least 350", "more than 600"]) expect(html).toContain(figure);
  });

  it("load once: a second load adds nothing", async () => {
    expect(await loadDemoGroups(testDb(), groups)).toEqual({ loaded: 0, skipped: 54 });
  });
});
