/**
 * What a visitor sees of a group: figures that disagree side by side with their sources, the
 * group's people (never one whose memorial was withheld), its route, and the index and API.
 */
import { describe, expect, it } from "vitest";
import { publishMemorial } from "../helpers/memorials";
import { zuckerDocument } from "../helpers/documents";
import { request } from "../helpers/app";
import { withholdMemorial } from "../helpers/public-states";
import { publishGroup, trainDocument } from "./helpers";

describe("a group's page", () => {
  it("shows disagreeing figures side by side, each with its source, never an average", async () => {
    const group = await publishGroup(trainDocument("Train with two counts"));
    const html = await (await request(`/groups/${group.slug}`)).text();
    expect(html).toContain("The sources give different figures");
    expect(html).toContain("325");
    expect(html).toContain("at least 350");
    expect(html).not.toContain("337");
    expect(html).toContain("Wilhelm Mensing, From the Ruhr to the Gulag.");
    expect(html).toContain("Hans Schafranek, Zwischen NKWD und Gestapo.");
    expect(html).toContain("Handed over at:");
    const german = await (await request(`/groups/${group.slug}?lang=de`)).text();
    expect(german).toContain("Testzug nach Brest-Litowsk");
    expect(german).toContain("mindestens 350");
  });

  it("loses a member whose memorial is withheld, on the page and in the API", async () => {
    const kept = await publishMemorial(zuckerDocument());
    const withheld = await publishMemorial({ ...zuckerDocument(), names: [{ primary: true, kind: "birth", display: "Erich Withheldtest", given: "Erich", family: "Withheldtest", script: "Latn" }] });
    const group = await publishGroup(
      trainDocument("Train with a withheld memorial", [
        { memorial_id: kept.memorialId, role: "handed_over", sources: ["s1"] },
        { memorial_id: withheld.memorialId, role: "handed_over", sources: ["s1"] },
        { name: "Bloch", role: "refused_to_cross", sources: ["s1"] },
      ]),
    );
    expect(await (await request(`/groups/${group.slug}`)).text()).toContain("Erich Withheldtest");

    await withholdMemorial(withheld.memorialId);
    const html = await (await request(`/groups/${group.slug}`)).text();
    expect(html).not.toContain("Erich Withheldtest");
    expect(html).not.toContain(withheld.slug);
    expect(html).toContain(`/memorials/${kept.slug}`);
    expect(html).toContain("Bloch");
    const api = (await (await request(`/api/v1/groups/${group.slug}`)).json()) as { document: { members: Array<{ memorial_id?: string }> } };
    expect(api.document.members.map((m) => m.memorial_id)).toEqual([kept.memorialId, undefined]);
  });

  it("answers 404 for a group that does not exist", async () => {
    expect((await request("/groups/no-such-train")).status).toBe(404);
    const api = await request("/api/v1/groups/grp_nosuchgroup0000");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("the groups index and API", () => {
  it("find groups by name in any of their languages, in date order, page by page", async () => {
    const early = await publishGroup({ ...trainDocument("Indexfinder train A"), date: { edtf: "1939-12" } });
    const late = await publishGroup({ ...trainDocument("Indexfinder train B"), date: { edtf: "1941-05" } });
    const all = (await (await request("/api/v1/groups?q=Indexfinder")).json()) as { items: Array<{ id: string; kind: string; date: string }> };
    expect(all.items.map((i) => i.id)).toEqual([early.id, late.id]);
    expect(all.items[0]).toMatchObject({ kind: "transport", date: "1939-12" });

    const first = (await (await request("/api/v1/groups?q=Indexfinder&limit=1")).json()) as { items: Array<{ id: string }>; next_cursor: string };
    expect(first.items.map((i) => i.id)).toEqual([early.id]);
    const second = (await (await request(`/api/v1/groups?q=Indexfinder&limit=1&cursor=${first.next_cursor}`)).json()) as { items: Array<{ id: string }> };
    expect(second.items.map((i) => i.id)).toEqual([late.id]);

    expect(((await (await request("/api/v1/groups?q=Testzug")).json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((await request("/api/v1/groups?cursor=garbage")).status).toBe(400);
    const index = await (await request("/groups?q=Indexfinder")).text();
    expect(index).toContain(`/groups/${early.slug}`);
    expect(index).toContain(`/groups/${late.slug}`);
  });
});
