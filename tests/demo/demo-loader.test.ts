import { count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, memorialSources, revisions } from "../../src/db/schema";
import demo from "../../src/demo/demo-persons.json";
import { DEMO_EDITOR, DEMO_MODERATOR, loadDemoMemorials, type DemoPerson } from "../../src/demo/demo-loader";
import { personDocumentSchema, type PersonDocument } from "../../src/lib/person-document";
import { request, testDb } from "../helpers/app";

const persons = (demo as { persons: DemoPerson[] }).persons;

async function tableCounts() {
  const db = testDb();
  return db.get<Record<string, number>>(sql`
    SELECT (SELECT count(*) FROM memorials) AS memorials,
           (SELECT count(*) FROM revisions) AS revisions,
           (SELECT count(*) FROM memorial_names) AS names,
           (SELECT count(*) FROM memorial_events) AS events,
           (SELECT count(*) FROM memorial_sources) AS sources,
           (SELECT count(*) FROM audit_log) AS audit`);
}

describe("the demo memorials", () => {
  it("are real documents: every one validates and cites its sources", () => {
    expect(persons.length).toBeGreaterThanOrEqual(60);
    for (const person of persons) {
      const doc = personDocumentSchema.parse(person.document);
      expect(doc.sources.length, person.key).toBeGreaterThan(0);
      for (const event of doc.events) {
        expect(event.sources.length + (event.certainty === "family_account" ? 1 : 0), `${person.key} ${event.type}`).toBeGreaterThan(0);
      }
      expect(doc.biography?.en, person.key).toBeTruthy();
    }
  });

  it("load once: approved revisions by the demo editor, decided by the demo moderator, audited", async () => {
    const first = await loadDemoMemorials(testDb(), persons);
    expect(first).toEqual({ loaded: persons.length, skipped: 0 });
    const db = testDb();
    const published = await db.select({ n: count() }).from(memorials).where(eq(memorials.status, "published")).get();
    expect(published?.n).toBe(persons.length);
    const revs = await db.select().from(revisions).where(inArray(revisions.memorialId, persons.map((p) => p.id).slice(0, 90)));
    for (const rev of revs) {
      expect(rev).toMatchObject({ status: "approved", submitterId: DEMO_EDITOR.id, decidedBy: DEMO_MODERATOR.id });
    }
    const approvals = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "revision.approve")).get();
    expect(approvals?.n).toBe(persons.length);
  });

  it("load twice: nothing is duplicated", async () => {
    const before = await tableCounts();
    const again = await loadDemoMemorials(testDb(), persons);
    expect(again).toEqual({ loaded: 0, skipped: persons.length });
    expect(await tableCounts()).toEqual(before);
  });

  it("keep every source of every person in the published read tables", async () => {
    const db = testDb();
    for (const person of persons) {
      const doc = person.document as PersonDocument;
      const rows = await db.select().from(memorialSources).where(eq(memorialSources.memorialId, person.id));
      expect(rows.map((r) => r.sourceKey).sort(), person.key).toEqual(doc.sources.map((s) => s.id).sort());
    }
  });

  it("include Max Zucker with his brass plate on Heinrich-Dernburg-Straße", async () => {
    const res = await request("/memorials/max-zucker");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Heinrich-Dernburg-Straße");
    expect(html).toContain("Memorial plaque");
    expect(html).toContain("23 October 1941");
  });

  it("keep contradictions as disputed facts with both versions", () => {
    const disputed = persons.flatMap((p) => (p.document as PersonDocument).events.filter((e) => e.certainty === "disputed"));
    expect(disputed.length).toBeGreaterThan(0);
    for (const event of disputed) expect(event.alternatives?.length).toBeGreaterThan(0);
    const ravensbrueck = disputed.find((e) => JSON.stringify(e).includes("Ravensburg"));
    expect(ravensbrueck).toBeDefined();
  });

  it("round-trip through the API: every document comes back unchanged and valid", async () => {
    for (const person of persons) {
      const res = await request(`/api/v1/memorials/${person.id}`);
      expect(res.status, person.key).toBe(200);
      const body = (await res.json()) as { document: unknown };
      expect(personDocumentSchema.parse(body.document)).toEqual(personDocumentSchema.parse(person.document));
    }
  });
});
