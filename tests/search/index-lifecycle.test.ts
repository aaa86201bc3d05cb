import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/platform/db/client";
import { memorials, revisions, searchDocs } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema } from "../../src/domain/person-document";
import { clearReadTables, publishStatements } from "../../src/archive/memorials/publish";
import { rebuildSearchIndex } from "../../src/archive/search/search-rebuild";
import { request, testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { person, primary } from "./fixtures";

async function foundIds(q: string): Promise<string[]> {
  const res = await request(`/api/v1/memorials?q=${encodeURIComponent(q)}&limit=100`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
}

async function keyCount(memorialId: string): Promise<number> {
  const row = await testDb().get<{ n: number }>(sql`
    SELECT count(*) AS n FROM search_keys WHERE doc = (SELECT doc FROM search_docs WHERE memorial_id = ${memorialId})`);
  return row.n;
}

describe("the search index follows what is public", () => {
  it("never holds pending text: a submission is invisible to search until approved", async () => {
    const submitter = await signIn();
    const doc = personDocumentSchema.parse(
      person([primary("Ottilie Pendingsohn", "Ottilie", "Pendingsohn")], { biography: { en: "Secret Quarzfeldweg story." } }),
    );
    await testDb().insert(revisions).values({
      id: newId("rev"), kind: "new", document: JSON.stringify(doc), status: "pending", submitterId: submitter.id,
      displayName: "Ottilie Pendingsohn", createdAt: Date.now(), updatedAt: Date.now(),
    });
    expect(await foundIds("Pendingsohn")).toEqual([]);
    expect(await foundIds("Quarzfeldweg")).toEqual([]);
    const html = await (await request("/search?q=Pendingsohn")).text();
    expect(html).not.toContain("Pendingsohn</a>");
    const keys = await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM search_keys WHERE key LIKE 'f:pendingsohn%'`);
    expect(keys.n).toBe(0);
  });

  it("writes the entries in the approval batch and replaces them when a correction is approved", async () => {
    const { memorialId, document } = await publishMemorial(
      person([primary("Gustav Altname", "Gustav", "Altname")], { biography: { en: "He lived in Kleinstadtheim." } }),
    );
    expect(await foundIds("Altname")).toEqual([memorialId]);
    expect(await keyCount(memorialId)).toBeGreaterThan(3);

    const correction = personDocumentSchema.parse({ ...document, names: [primary("Gustav Neuname", "Gustav", "Neuname")], biography: { en: "He lived in Grossstadtheim." } });
    const revisionId = newId("rev");
    const submitter = await signIn();
    const db = testDb();
    await runBatch(db, [
      db.insert(revisions).values({
        id: revisionId, memorialId, kind: "correction", document: JSON.stringify(correction), status: "approved",
        submitterId: submitter.id, displayName: "Gustav Neuname", createdAt: Date.now(), updatedAt: Date.now(),
      }),
      ...publishStatements(db, { memorialId, revisionId, document: correction, now: Date.now() }),
    ]);
    expect(await foundIds("Neuname")).toEqual([memorialId]);
    expect(await foundIds("Altname")).toEqual([]);
    expect(await foundIds("Kleinstadtheim")).toEqual([]);
    expect(await foundIds("Grossstadtheim")).toEqual([memorialId]);
    expect(await db.select().from(searchDocs).where(eq(searchDocs.memorialId, memorialId))).toHaveLength(1);
  });

  it.each(["withheld", "merged"] as const)("removes a memorial from search when it is %s", async (status) => {
    const { memorialId } = await publishMemorial(person([primary(`Ida ${status}feld`, "Ida", `${status}feld`)]));
    expect(await foundIds(`${status}feld`)).toEqual([memorialId]);
    const db = testDb();
    await runBatch(db, [
      db.update(memorials).set({ status, withheldAt: Date.now() }).where(eq(memorials.id, memorialId)),
      ...clearReadTables(db, memorialId),
    ]);
    expect(await foundIds(`${status}feld`)).toEqual([]);
    expect(await db.select().from(searchDocs).where(eq(searchDocs.memorialId, memorialId))).toHaveLength(0);
    expect(await keyCount(memorialId)).toBe(0);
  });

  it("can be rebuilt from the published memorials, dropping entries of hidden ones", async () => {
    const { memorialId } = await publishMemorial(person([primary("Paula Rebuildova", "Paula", "Rebuildova")]));
    const hidden = await publishMemorial(person([primary("Rosa Rebuildova", "Rosa", "Rebuildova")]));
    const db = testDb();
    // A hidden memorial whose index entries were left behind, and a published one that lost its entries.
    await db.update(memorials).set({ status: "withheld" }).where(eq(memorials.id, hidden.memorialId));
    await db.run(sql`DELETE FROM search_keys WHERE doc = (SELECT doc FROM search_docs WHERE memorial_id = ${memorialId})`);
    // Search never shows a memorial that is not published, even with stale entries.
    expect(await foundIds("Rebuildova")).toEqual([]);
    expect(await db.select().from(searchDocs).where(eq(searchDocs.memorialId, hidden.memorialId))).toHaveLength(1);

    const result = await rebuildSearchIndex(db);
    expect(result.removed).toBe(1);
    expect(result.indexed).toBeGreaterThanOrEqual(1);
    expect(await foundIds("Rebuildova")).toEqual([memorialId]);
    expect(await db.select().from(searchDocs).where(eq(searchDocs.memorialId, hidden.memorialId))).toHaveLength(0);
  });
});
