import { describe, expect, it } from "vitest";
import { revisions } from "../../src/db/schema";
import { newId } from "../../src/lib/ids";
import { findPossibleDuplicates } from "../../src/search/duplicates";
import { testDb } from "../helpers/app";
import { zuckerDocument } from "../helpers/documents";
import { publishMemorial } from "../helpers/memorials";
import { signIn } from "../helpers/users";

describe("possible duplicates", () => {
  it("finds a published memorial by its family name and a pending submission by name only", async () => {
    const { memorialId } = await publishMemorial(zuckerDocument());
    const submitter = await signIn();
    const pendingId = newId("rev");
    await testDb().insert(revisions).values({
      id: pendingId,
      kind: "new",
      document: "{}",
      status: "pending",
      submitterId: submitter.id,
      displayName: "Max Zucker",
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
    const found = await findPossibleDuplicates(testDb(), { names: ["max zucker"], includePending: true });
    expect(found.find((c) => c.id === memorialId)).toMatchObject({ kind: "memorial", name: "Max Zucker" });
    expect(found.find((c) => c.id === pendingId)).toMatchObject({ kind: "pending", slug: null, birth: null });

    const publicOnly = await findPossibleDuplicates(testDb(), { names: ["Zucker"], includePending: false });
    expect(publicOnly.some((c) => c.kind === "pending")).toBe(false);
    expect(await findPossibleDuplicates(testDb(), { names: ["Xy"], includePending: true })).toEqual([]);
  });
});
