/**
 * Which versions the public may read (docs/versions.md): those of a published memorial, and
 * those of a memorial merged into one that is still published (read-only, saying where it went).
 * A withheld memorial — or one merged into a memorial that is now withheld — shows none of its
 * history (410, as the memorial itself).
 */
import type { Database } from "../../platform/db/client";
import { AppError } from "../../platform/http/errors";
import { findMemorialAnyState, memorialById, type MemorialRow } from "./versions.queries";

const MAX_MERGE_HOPS = 5;

export interface VersionedMemorial {
  memorial: MemorialRow;
  /** For a merged memorial: the published memorial it now lives in. */
  mergedInto: MemorialRow | null;
}

/** The memorial behind `key` (id, slug or old slug) whose history the public may read; throws 404 or 410. */
export async function openVersionedMemorial(db: Database, key: string): Promise<VersionedMemorial> {
  const memorial = await findMemorialAnyState(db, key);
  if (!memorial) throw new AppError("not_found");
  let end = memorial;
  for (let hop = 0; end.status === "merged" && end.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) {
    const next = await memorialById(db, end.mergedIntoId);
    if (!next) throw new AppError("not_found");
    end = next;
  }
  if (end.status === "withheld") throw new AppError("gone", "This memorial has been withdrawn from public view.");
  if (end.status !== "published") throw new AppError("not_found");
  return { memorial, mergedInto: end === memorial ? null : end };
}
