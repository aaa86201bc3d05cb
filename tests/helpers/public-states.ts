/** Memorials leaving public view the way moderation does it: status change plus cleared read tables. */
import { eq } from "drizzle-orm";
import { runBatch } from "../../src/platform/db/client";
import { memorials } from "../../src/platform/db/schema";
import { clearReadTables } from "../../src/archive/memorials/publish";
import { purgePageCache, testDb } from "./app";

export async function withholdMemorial(memorialId: string) {
  const db = testDb();
  await runBatch(db, [
    db.update(memorials).set({ status: "withheld", withheldAt: Date.now(), withheldReason: "test" }).where(eq(memorials.id, memorialId)),
    ...clearReadTables(db, memorialId),
  ]);
  await purgePageCache();
}

export async function mergeMemorial(memorialId: string, survivorId: string) {
  const db = testDb();
  await runBatch(db, [
    db.update(memorials).set({ status: "merged", mergedIntoId: survivorId }).where(eq(memorials.id, memorialId)),
    ...clearReadTables(db, memorialId),
  ]);
  await purgePageCache();
}
