/**
 * Rebuilding the search index of a deployed archive: POST /api/v1/admin/search/rebuild, one
 * chunk per request, driven by the same client code `npm run search:rebuild -- --remote` runs
 * (scripts/lib/remote-rebuild.ts), here with the Worker itself as the network.
 */
import { env, exports } from "cloudflare:workers";
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb, runBatch } from "../../src/platform/db/client";
import { auditLog, mailOutbox, memorials, revisions } from "../../src/platform/db/schema";
import { AppError } from "../../src/platform/http/errors";
import { newId } from "../../src/platform/ids";
import { personDocumentSchema } from "../../src/domain/person-document";
import { publishStatements } from "../../src/archive/memorials/publish";
import { rebuildSearchChunk } from "../../src/archive/search/search-rebuild";
import { runRemoteRebuild, signInByLink, signOut, type ChunkAnswer, type Fetch } from "../../scripts/lib/remote-rebuild";
import { callChecked } from "../openapi/contract";
import { ORIGIN, request, testDb } from "../helpers/app";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { person, primary } from "./fixtures";

/** The network of the command, answered by the Worker under test. */
const worker: Fetch = (input, init) => exports.default.fetch(new Request(input, { redirect: "manual", ...init }));

async function foundIds(q: string): Promise<string[]> {
  const res = await request(`/api/v1/memorials?q=${encodeURIComponent(q)}&limit=100`);
  return ((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
}

async function docRows(memorialId: string): Promise<number> {
  return (await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM search_docs WHERE memorial_id = ${memorialId}`)).n;
}

/** A damaged index: one memorial lost its keys, a withheld one kept its entries, a key without doc. */
async function damagedIndex(word: string) {
  const db = testDb();
  const lost = await publishMemorial(person([primary(`Paula ${word}`, "Paula", word)]));
  const hidden = await publishMemorial(person([primary(`Rosa ${word}`, "Rosa", word)]));
  await db.update(memorials).set({ status: "withheld" }).where(eq(memorials.id, hidden.memorialId));
  await db.run(sql`DELETE FROM search_keys WHERE doc = (SELECT doc FROM search_docs WHERE memorial_id = ${lost.memorialId})`);
  await db.run(sql`INSERT INTO search_keys (key, doc, tier, pos) VALUES (${`x:${word.toLowerCase()}`}, 987654321, 0, 0)`);
  expect(await foundIds(word)).toEqual([]);
  return { lost: lost.memorialId, hidden: hidden.memorialId };
}

const rebuildAudits = (actorId: string) =>
  testDb().select().from(auditLog).where(and(eq(auditLog.action, "search.rebuild"), eq(auditLog.actorId, actorId))).orderBy(auditLog.id);

describe("rebuilding the index of a deployed archive", () => {
  it("signs an admin in by link and rebuilds chunk by chunk, each chunk audited", async () => {
    const { lost, hidden } = await damagedIndex("Fernbauova");
    const admin = await signIn("admin");
    // The command asks for a link; the admin pastes it from the mail.
    const cookie = await signInByLink(ORIGIN, admin.email, async () => {
      const mail = await testDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, admin.email)).orderBy(desc(mailOutbox.createdAt)).get();
      return mail!.link!;
    }, worker);
    const chunks: ChunkAnswer[] = [];
    const totals = await runRemoteRebuild({ base: ORIGIN, cookie, limit: 2, fetch: worker, onChunk: (c) => chunks.push(c) });

    expect(await foundIds("Fernbauova")).toEqual([lost]);
    expect(await docRows(hidden)).toBe(0);
    expect((await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM search_keys WHERE doc = 987654321`)).n).toBe(0);
    expect(totals.removed).toBeGreaterThanOrEqual(1);
    expect(totals.indexed).toBe((await testDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM memorials WHERE status = 'published'`)).n);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.at(-1)).toMatchObject({ phase: "memorials", done: true, next_cursor: null });

    // One audit entry per chunk, by the admin, with the cursor it started from and the next one.
    const audits = await rebuildAudits(admin.id);
    expect(audits).toHaveLength(chunks.length);
    const details = audits.map((a) => JSON.parse(a.detail!) as { cursor: string; next_cursor: string | null });
    expect(details[0]!.cursor).toBe("orphans:0");
    for (let i = 1; i < details.length; i++) expect(details[i]!.cursor).toBe(details[i - 1]!.next_cursor);
    expect(details.at(-1)!.next_cursor).toBeNull();

    await signOut(ORIGIN, cookie, worker);
    expect((await worker(`${ORIGIN}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("is idempotent and resumable: a chunk sent twice, then the rest from its cursor", async () => {
    const { lost } = await damagedIndex("Wiederholdt");
    const admin = await signIn("admin");
    const first = await callChecked("POST", "/api/v1/admin/search/rebuild", "/api/v1/admin/search/rebuild", { cookie: admin.cookie, json: { limit: 500 } });
    expect(first.status).toBe(200);
    const cursor = (first.body as ChunkAnswer).next_cursor;
    expect(cursor).toBe("memorials:");
    const again = await callChecked("POST", "/api/v1/admin/search/rebuild", "/api/v1/admin/search/rebuild", { cookie: admin.cookie, json: { limit: 500 } });
    expect(again.body).toMatchObject({ phase: "orphans", removed: 0, next_cursor: "memorials:" });

    // The connection dropped after one chunk; the command resumes from the cursor it printed.
    const totals = await runRemoteRebuild({ base: ORIGIN, cookie: admin.cookie, cursor, fetch: worker });
    expect(totals.indexed).toBeGreaterThan(0);
    expect(await foundIds("Wiederholdt")).toEqual([lost]);
    const before = await testDb().get<{ docs: number; keys: number }>(sql`SELECT (SELECT count(*) FROM search_docs) AS docs, (SELECT count(*) FROM search_keys) AS keys`);
    await runRemoteRebuild({ base: ORIGIN, cookie: admin.cookie, fetch: worker });
    const after = await testDb().get<{ docs: number; keys: number }>(sql`SELECT (SELECT count(*) FROM search_docs) AS docs, (SELECT count(*) FROM search_keys) AS keys`);
    expect(after).toEqual(before);
  });

  it("refuses a chunk whose memorial changed meanwhile (409), and the repeated chunk indexes the change", async () => {
    const { memorialId, revisionId, document } = await publishMemorial(person([primary("Konrad Vorhername", "Konrad", "Vorhername")]));
    const renamed = personDocumentSchema.parse({ ...document, names: [primary("Konrad Nachhername", "Konrad", "Nachhername")] });
    const correctionId = newId("rev");
    const submitter = await signIn();
    // An approval lands between the chunk's read and its write.
    const approveMeanwhile = async () => {
      const db = testDb();
      await runBatch(db, [
        db.insert(revisions).values({
          id: correctionId, memorialId, kind: "correction", basedOnRevisionId: revisionId, document: JSON.stringify(renamed), status: "approved",
          submitterId: submitter.id, displayName: "Konrad Nachhername", createdAt: Date.now(), updatedAt: Date.now(),
        }),
        ...publishStatements(db, { memorialId, revisionId: correctionId, document: renamed, now: Date.now() }),
      ]);
    };
    const before = memorialId.slice(0, -1);
    const racing = createDb(interleaved(env.DB, approveMeanwhile));
    const refused = await rebuildSearchChunk(racing, { cursor: `memorials:${before}`, limit: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("conflict");
    // Nothing of the refused chunk was kept: the approval's entries stand.
    expect(await foundIds("Nachhername")).toEqual([memorialId]);
    expect(await foundIds("Vorhername")).toEqual([]);

    const repeated = await rebuildSearchChunk(testDb(), { cursor: `memorials:${before}`, limit: 1 });
    expect(repeated.indexed).toBe(1);
    expect(await foundIds("Nachhername")).toEqual([memorialId]);
    expect(await foundIds("Vorhername")).toEqual([]);
  });

  it("retries a refused chunk from the command with the same cursor", async () => {
    const admin = await signIn("admin");
    const sent: Array<string | null> = [];
    let refusals = 1;
    const flaky: Fetch = async (input, init) => {
      sent.push((JSON.parse(String(init?.body)) as { cursor: string | null }).cursor);
      if (refusals-- > 0) return Response.json({ title: "Conflict", status: 409 }, { status: 409, headers: { "content-type": "application/problem+json" } });
      return worker(input, init);
    };
    await runRemoteRebuild({ base: ORIGIN, cookie: admin.cookie, fetch: flaky, sleep: async () => {} });
    expect(sent.slice(0, 2)).toEqual([null, null]);
  });

  it("is for admins only, from this site only, and checks its input", async () => {
    const [moderator, admin] = [await signIn("moderator"), await signIn("admin")];
    const post = (cookie: string | undefined, json: unknown, headers: Record<string, string> = {}) =>
      request("/api/v1/admin/search/rebuild", { method: "POST", cookie, json, headers });
    expect((await post(undefined, {})).status).toBe(401);
    expect((await post(moderator.cookie, {})).status).toBe(403);
    // A page on another site cannot make an admin's browser start it.
    expect((await post(admin.cookie, {}, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(admin.cookie, {}, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await rebuildAudits(admin.id)).toEqual([]);
    const badCursor = await post(admin.cookie, { cursor: "memorials:'; DROP TABLE x" });
    expect(badCursor.status).toBe(422);
    expect(await badCursor.json()).toMatchObject({ errors: [{ path: "cursor" }] });
    expect((await post(admin.cookie, { limit: 0 })).status).toBe(422);
    expect((await post(admin.cookie, { limit: 100_000 })).status).toBe(422);
    const refused = await runRemoteRebuild({ base: ORIGIN, cookie: moderator.cookie, fetch: worker }).catch((e: unknown) => e);
    expect(String(refused)).toContain("403");
  });
});

/** The D1 binding, with `before` run once just ahead of the first batch (a concurrent write). */
function interleaved(d1: D1Database, before: () => Promise<void>): D1Database {
  let fired = false;
  return new Proxy(d1, {
    get(target, prop) {
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          if (!fired) {
            fired = true;
            await before();
          }
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
