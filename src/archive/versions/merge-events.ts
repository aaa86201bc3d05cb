/** The merges a memorial took part in, as its history page tells them; a memorial now withheld is never named. */
import type { Database } from "../../platform/db/client";
import { memorialById, mergesOf, type MemorialRow } from "./versions.queries";

/** A merge this memorial took part in: another entry merged into it, it merged into another, or a merge undone. */
export interface MergeEvent {
  kind: "mergedIn" | "mergedAway" | "unmerged";
  at: number;
  other: Pick<MemorialRow, "id" | "slug" | "displayName">;
}

export async function mergeEvents(db: Database, memorialId: string): Promise<MergeEvent[]> {
  const merges = await mergesOf(db, memorialId);
  const events: MergeEvent[] = [];
  for (const merge of merges) {
    const away = merge.memorialId === memorialId;
    const other = await memorialById(db, away ? merge.survivorId : merge.memorialId);
    if (!other || other.status === "withheld") continue;
    if (merge.undoneAt !== null) events.push({ kind: "unmerged", at: merge.undoneAt, other });
    else events.push({ kind: away ? "mergedAway" : "mergedIn", at: merge.mergedAt, other });
  }
  return events;
}
