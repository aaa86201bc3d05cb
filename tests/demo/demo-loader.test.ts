import { and, count, eq, inArray, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memorials, memorialSources, revisions } from "../../src/platform/db/schema";
import demo from "../../src/operations/demo/demo-persons.json";
import { DEMO_EDITOR, DEMO_MODERATOR, loadDemoMemorials, type DemoPerson } from "../../src/operations/demo/demo-loader";
import { personDocumentSchema, type PersonDocument } from "../../src/domain/person-document";
import { request, testDb } from "../helpers/app";
import { signIn } from "../helpers/users";

const persons = (demo as { persons: DemoPerson[] }).persons;

let copies = 0;
/**
 * The demo under ids, keys and slugs of its own, so a test that needs an archive without these
 * memorials has one whatever ran before it (storage is shared by the tests of a file).
 */
function freshCopy(): DemoPerson[] {
  const tag = `t${++copies}${Date.now().toString(36)}`;
  return persons.map((p) => ({ ...p, key: `${p.key}-${tag}`, id: `${p.id}${tag}`, slug: `${p.slug}-${tag}` }));
}

/** The demo as `npm start` loads it; whatever an earlier test loaded is skipped. */
async function loadDemo() {
  const result = await loadDemoMemorials(testDb(), persons);
  expect(result.loaded + result.skipped).toBe(persons.length);
}

async function tableCounts() {
  const db = testDb();
  return db.get<{ memorials: number; revisions: number; names: number; events: number; sources: number; audit: number }>(sql`
    SELECT (SELECT count(*) FROM memorials) AS memorials,
           (SELECT count(*) FROM revisions) AS revisions,
           (SELECT count(*) FROM memorial_names) AS names,
           (SELECT count(*) FROM memorial_events) AS events,
           (SELECT count(*) FROM memorial_sources) AS sources,
           (SELECT count(*) FROM audit_log) AS audit`);
}

/** Queries over many ids, 90 at a time (D1 binds at most 100 parameters). */
async function inChunks<T>(ids: string[], query: (chunk: string[]) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < ids.length; i += 90) results.push(await query(ids.slice(i, i + 90)));
  return results;
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
    const copy = freshCopy();
    const ids = copy.map((p) => p.id);
    const before = await tableCounts();
    const first = await loadDemoMemorials(testDb(), copy);
    expect(first).toEqual({ loaded: copy.length, skipped: 0 });
    const db = testDb();
    const published = await inChunks(ids, (chunk) =>
      db.select({ n: count() }).from(memorials).where(and(inArray(memorials.id, chunk), eq(memorials.status, "published"))).get(),
    );
    expect(published.reduce((n, row) => n + (row?.n ?? 0), 0)).toBe(copy.length);
    const revs = (await inChunks(ids, (chunk) => db.select().from(revisions).where(inArray(revisions.memorialId, chunk)))).flat();
    expect(revs).toHaveLength(copy.length);
    for (const rev of revs) {
      expect(rev).toMatchObject({ status: "approved", submitterId: DEMO_EDITOR.id, decidedBy: DEMO_MODERATOR.id });
    }
    const approvals = (
      await inChunks(revs.map((r) => r.id), (chunk) =>
        db.select({ subjectId: auditLog.subjectId, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.action, "revision.approve"), inArray(auditLog.subjectId, chunk))),
      )
    ).flat();
    expect(approvals).toHaveLength(copy.length);
    expect(new Set(approvals.map((a) => a.actorId))).toEqual(new Set([DEMO_MODERATOR.id]));
    const after = await tableCounts();
    expect(after.memorials - before.memorials).toBe(copy.length);
    expect(after.revisions - before.revisions).toBe(copy.length);
  });

  it("load twice: nothing is duplicated", async () => {
    const copy = freshCopy();
    expect(await loadDemoMemorials(testDb(), copy)).toEqual({ loaded: copy.length, skipped: 0 });
    const before = await tableCounts();
    const again = await loadDemoMemorials(testDb(), copy);
    expect(again).toEqual({ loaded: 0, skipped: copy.length });
    expect(await tableCounts()).toEqual(before);
  });

  it("keep every source of every person in the published read tables", async () => {
    await loadDemo();
    const db = testDb();
    for (const person of persons) {
      const doc = person.document as PersonDocument;
      const rows = await db.select().from(memorialSources).where(eq(memorialSources.memorialId, person.id));
      expect(rows.map((r) => r.sourceKey).sort(), person.key).toEqual(doc.sources.map((s) => s.id).sort());
    }
  });

  it("include Max Zucker with his brass plate in the text's words, without a point on the map nobody gave", async () => {
    await loadDemo();
    const res = await request("/memorials/max-zucker");
    expect(res.status).toBe(200);
    const html = await res.text();
    const plaque = html.slice(html.indexOf('aria-labelledby="markers"'));
    expect(plaque).toContain("Memorial plaque");
    expect(plaque).toContain("Heinrich Dernburg Street");
    expect(plaque).toContain("West Berlin");
    // The text gives a street, not coordinates: no map of Berlin's centre passed off as the plaque's place.
    expect(plaque).not.toContain("mini-map");
    expect(html).not.toContain("Heinrich-Dernburg-Straße");
    expect(html).toContain("23 October 1941");
    expect(html).toContain("as told there by Dmitry Volcek");
  });

  it("keep contradictions as disputed facts with both versions, and a misspelling as a note, not a dispute", () => {
    const disputed = persons.flatMap((p) => (p.document as PersonDocument).events.filter((e) => e.certainty === "disputed"));
    expect(disputed.length).toBeGreaterThan(0);
    for (const event of disputed) expect(event.alternatives?.length).toBeGreaterThan(0);
    expect(disputed.some((e) => JSON.stringify(e).includes("Ravensburg"))).toBe(false);
    const bn = persons.find((p) => p.key === "margarete-buber-neumann")!.document as PersonDocument;
    const camp = bn.events.find((e) => e.type === "camp" && e.place?.name.startsWith("Ravensbrück"))!;
    expect(camp.certainty).toBe("documented");
    expect(camp.sources).toContain("f1");
    expect(bn.sources.find((s) => s.id === "f1")?.note).toContain("“Ravensburg”");
  });

  it("record in the moderation record the real basis for publishing each one, never a confirmation nobody made", async () => {
    await loadDemo();
    const db = testDb();
    const revs = (await inChunks(persons.map((p) => p.id), (chunk) => db.select().from(revisions).where(inArray(revisions.memorialId, chunk)))).flat();
    expect(revs).toHaveLength(persons.length);
    const byMemorial = new Map(revs.map((r) => [r.memorialId, r]));
    for (const person of persons) {
      const doc = person.document as PersonDocument;
      const died = doc.events.some((e) => e.type === "death" || e.type === "execution");
      const expected = died ? "death_recorded" : person.living ? "adult_before_1941" : "born_over_110_years_ago";
      expect(byMemorial.get(person.id)?.livingConfirmation, person.key).toBe(expected);
    }
    expect(revs.filter((r) => r.livingConfirmation === "death_confirmed")).toEqual([]);

    const landauer = byMemorial.get(persons.find((p) => p.key === "hans-landauer")!.id)!;
    const approval = await db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "revision.approve"), eq(auditLog.subjectId, landauer.id)))
      .get();
    expect(JSON.parse(String(approval?.detail))).toMatchObject({
      living_basis: "adult_before_1941",
      living_evidence: "A veteran of the International Brigades, in a prison cell in 1941.",
    });
    const moderator = await signIn("moderator");
    const api = await request(`/api/v1/moderation/revisions/${landauer.id}`, { cookie: moderator.cookie });
    expect(((await api.json()) as { decision: { living_confirmation: string } }).decision.living_confirmation).toBe("adult_before_1941");
  });

  it("load nothing when someone may be alive and the demo data gives no basis", async () => {
    const [copy] = freshCopy().filter((p) => p.key.startsWith("hans-landauer"));
    const withoutBasis = { ...copy!, living: undefined };
    await expect(loadDemoMemorials(testDb(), [withoutBasis])).rejects.toThrow(/may be alive/);
    const rows = await testDb().select({ id: memorials.id }).from(memorials).where(like(memorials.id, `${copy!.id}%`));
    expect(rows).toEqual([]);
  });

  it("round-trip through the API: every document comes back unchanged and valid", async () => {
    await loadDemo();
    for (const person of persons) {
      const res = await request(`/api/v1/memorials/${person.id}`);
      expect(res.status, person.key).toBe(200);
      const body = (await res.json()) as { document: unknown };
      expect(personDocumentSchema.parse(body.document)).toEqual(personDocumentSchema.parse(person.document));
    }
  });
});
