import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/platform/db/client";
import { memorials, revisions } from "../../src/platform/db/schema";
import { newId } from "../../src/platform/ids";
import { clearReadTables } from "../../src/archive/memorials/publish";
import { findPossibleDuplicates } from "../../src/archive/search/duplicates";
import { testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";
import { person, primary } from "./fixtures";

async function pendingSubmission(displayName: string, document: unknown = {}) {
  const submitter = await signIn();
  const id = newId("rev");
  await testDb().insert(revisions).values({
    id, kind: "new", document: JSON.stringify(document), status: "pending", submitterId: submitter.id,
    displayName, createdAt: Date.now(), updatedAt: Date.now(),
  });
  return id;
}

describe("possible duplicates", () => {
  it("finds a published memorial by its family name and a pending submission by name only", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const pendingId = await pendingSubmission("Max Zucker");
    const found = await findPossibleDuplicates(testDb(), { names: ["max zucker"], includePending: true });
    expect(found.find((c) => c.id === memorialId)).toMatchObject({ kind: "memorial", name: "Max Zucker" });
    expect(found.find((c) => c.id === pendingId)).toMatchObject({ kind: "pending", slug: null, birth: null });

    const publicOnly = await findPossibleDuplicates(testDb(), { names: ["Zucker"], includePending: false });
    expect(publicOnly.some((c) => c.kind === "pending")).toBe(false);
    expect(await findPossibleDuplicates(testDb(), { names: ["Xy"], includePending: true })).toEqual([]);
  });

  it("finds other spellings, scripts and sounds, but only names of pending entries", async () => {
    const { memorialId } = await publishMemorial(person([primary("Boris Winogradow", "Boris", "Winogradow")]));
    const pendingId = await pendingSubmission("B. Vinogradov", {
      names: [{ display: "Борис Виноградов" }],
      biography: { en: "Private text of a pending submission." },
    });
    const found = await findPossibleDuplicates(testDb(), { names: ["Борис Виноградов"], includePending: true });
    expect(found.find((c) => c.id === memorialId)).toMatchObject({ kind: "memorial", matchedName: "Boris Winogradow" });
    const pending = found.find((c) => c.id === pendingId);
    expect(pending).toEqual({ kind: "pending", id: pendingId, slug: null, name: "B. Vinogradov", birth: null, death: null, matchedName: "Борис Виноградов", dateMatch: "unknown" });
    expect(JSON.stringify(found)).not.toContain("Private text");

    const phonetic = await findPossibleDuplicates(testDb(), { names: ["Winogradoff"], includePending: false });
    expect(phonetic.map((c) => c.id)).toContain(memorialId);
    const excluded = await findPossibleDuplicates(testDb(), { names: ["Vinogradov"], includePending: true, excludeMemorialId: memorialId, excludeRevisionId: pendingId });
    expect(excluded.map((c) => c.id)).not.toContain(memorialId);
    expect(excluded.map((c) => c.id)).not.toContain(pendingId);
  });

  it("does not suggest withheld memorials", async () => {
    const { memorialId } = await publishMemorial(person([primary("Hedwig Verborgenova", "Hedwig", "Verborgenova")]));
    const db = testDb();
    await runBatch(db, [db.update(memorials).set({ status: "withheld" }).where(eq(memorials.id, memorialId)), ...clearReadTables(db, memorialId)]);
    expect(await findPossibleDuplicates(db, { names: ["Hedwig Verborgenova"], includePending: false })).toEqual([]);
  });
});
