/**
 * The search index follows what moderators do, through the same routes they use: submissions
 * approved with POST /api/v1/moderation/revisions/{id}/decision, corrections, withhold and
 * restore, merge and unmerge — and a visitor's search (API and /search page) after each step.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { PersonDocumentInput } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { signIn, type TestUser } from "../helpers/users";

type Found = { id: string; slug: string; name: string };

/** A person modelled on the demo's Max Zucker, under a name no other test uses. */
function personNamed(given: string, family: string): PersonDocumentInput {
  const doc = zuckerDocument();
  return { ...doc, names: [{ primary: true, kind: "other", display: `${given} ${family}`, given, family, script: "Latn" }] };
}

async function submit(contributor: TestUser, document: PersonDocumentInput, memorialId?: string): Promise<string> {
  const res = await request("/api/v1/submissions", {
    method: "POST",
    cookie: contributor.cookie,
    json: { ...(memorialId ? { memorial_id: memorialId } : {}), document, submitter: { relationship: "descendant", show_name: false }, consent: { publish: true } },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function approve(moderator: TestUser, revisionId: string): Promise<string> {
  const current = (await (await request(`/api/v1/moderation/revisions/${revisionId}`, { cookie: moderator.cookie })).json()) as { version: number };
  const res = await request(`/api/v1/moderation/revisions/${revisionId}/decision`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { action: "approve", version: current.version },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { memorial_id: string }).memorial_id;
}

async function memorialAction(moderator: TestUser, memorialId: string, action: string, extra: Record<string, unknown> = {}) {
  const state = (await (await request(`/api/v1/moderation/memorials/${memorialId}`, { cookie: moderator.cookie })).json()) as { version: number };
  const res = await request(`/api/v1/moderation/memorials/${memorialId}/${action}`, {
    method: "POST",
    cookie: moderator.cookie,
    json: { version: state.version, ...extra },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** What a visitor finds: the API's ids, and the memorial links on the /search page. */
async function search(q: string): Promise<{ api: string[]; page: string[] }> {
  const res = await request(`/api/v1/memorials?q=${encodeURIComponent(q)}&limit=100`);
  expect(res.status).toBe(200);
  const items = ((await res.json()) as { items: Found[] }).items;
  const html = await (await request(`/search?q=${encodeURIComponent(q)}`)).text();
  const page = [...html.matchAll(/<a href="\/memorials\/([^"/?]+)">/g)].map((m) => m[1]!);
  return { api: items.map((i) => i.id), page };
}

/**
 * The memorial's rows in the index. Search also checks that a memorial is published, so a
 * stale entry would not show; this catches one left behind.
 */
async function indexRows(memorialId: string): Promise<{ docs: number; keys: number }> {
  return testDb().get<{ docs: number; keys: number }>(sql`
    SELECT (SELECT count(*) FROM search_docs WHERE memorial_id = ${memorialId}) AS docs,
      (SELECT count(*) FROM search_keys k JOIN search_docs d ON d.doc = k.doc WHERE d.memorial_id = ${memorialId}) AS keys`);
}

async function keysContaining(word: string): Promise<number> {
  return (await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM search_keys WHERE instr(key, ${word}) > 0`)).n;
}

async function slugOf(id: string): Promise<string> {
  return ((await (await request(`/api/v1/memorials/${id}`)).json()) as { slug: string }).slug;
}

describe("search follows the moderators' decisions made through the routes", () => {
  it("finds a memorial once it is approved, and a renamed one by its new name only", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const revisionId = await submit(contributor, personNamed("Leopold", "Routenfeld"));
    expect(await search("Routenfeld")).toEqual({ api: [], page: [] });

    const memorialId = await approve(moderator, revisionId);
    const slug = await slugOf(memorialId);
    expect(await search("Routenfeld")).toEqual({ api: [memorialId], page: [slug] });
    // Other forms of the name reach it too: the transliteration key is written at approval.
    expect((await search("Рутенфельд")).api).toEqual([memorialId]);
    expect(await keysContaining("routenfeld")).toBeGreaterThan(0);

    const correctionId = await submit(contributor, personNamed("Leopold", "Umbenanntberg"), memorialId);
    // A pending correction changes nothing public.
    expect((await search("Umbenanntberg")).api).toEqual([]);
    expect((await search("Routenfeld")).api).toEqual([memorialId]);

    expect(await approve(moderator, correctionId)).toBe(memorialId);
    expect(await search("Umbenanntberg")).toEqual({ api: [memorialId], page: [await slugOf(memorialId)] });
    expect(await search("Routenfeld")).toEqual({ api: [], page: [] });
    expect(await keysContaining("routenfeld")).toBe(0);
  });

  it("drops a withheld memorial from search and brings it back on restore", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const memorialId = await approve(moderator, await submit(contributor, personNamed("Hedda", "Zurueckhalt")));
    const slug = await slugOf(memorialId);
    expect(await search("Zurückhalt")).toEqual({ api: [memorialId], page: [slug] });

    await memorialAction(moderator, memorialId, "withhold", { reason: "Takedown request by the family." });
    expect(await search("Zurückhalt")).toEqual({ api: [], page: [] });
    expect(await search("Hedda Zurueckhalt")).toEqual({ api: [], page: [] });
    expect(await indexRows(memorialId)).toEqual({ docs: 0, keys: 0 });

    await memorialAction(moderator, memorialId, "restore");
    expect(await search("Zurückhalt")).toEqual({ api: [memorialId], page: [slug] });
    expect((await indexRows(memorialId)).docs).toBe(1);
  });

  it("finds only the survivor of a merge, and both again after the merge is undone", async () => {
    const contributor = await signIn("contributor");
    const moderator = await signIn("moderator");
    const survivor = await approve(moderator, await submit(contributor, personNamed("Anselm", "Doppelgaenger")));
    const duplicate = await approve(moderator, await submit(contributor, personNamed("Anselm", "Doppelgänger")));
    const bySlug = { [survivor]: await slugOf(survivor), [duplicate]: await slugOf(duplicate) };
    const found = await search("Doppelgänger");
    expect(found.api.sort()).toEqual([survivor, duplicate].sort());
    expect(found.page.sort()).toEqual([bySlug[survivor], bySlug[duplicate]].sort());

    await memorialAction(moderator, duplicate, "merge", { survivor_id: survivor, reason: "The same person." });
    expect(await search("Doppelgänger")).toEqual({ api: [survivor], page: [bySlug[survivor]] });
    expect(await indexRows(duplicate)).toEqual({ docs: 0, keys: 0 });

    await memorialAction(moderator, duplicate, "unmerge");
    const again = await search("Doppelgänger");
    expect(again.api.sort()).toEqual([survivor, duplicate].sort());
    expect(again.page.sort()).toEqual([bySlug[survivor], bySlug[duplicate]].sort());
  });
});
