/** What the moderators' page of one memorial shows: state, revisions, reports, merges, history. */
import { desc, eq, or } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { memorialMerges, memorials, memorialSlugs } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { listMemorialReports } from "../reports/reports.queries";
import { listAudit } from "./audit.queries";
import { listMemorialRevisions } from "./review.queries";

export async function loadMemorialAdmin(db: Database, memorialId: string) {
  const memorial = await db.select().from(memorials).where(eq(memorials.id, memorialId)).get();
  if (!memorial) throw new AppError("not_found");
  const [revisionList, reportList, merges, history] = await Promise.all([
    listMemorialRevisions(db, memorialId),
    listMemorialReports(db, memorialId),
    db
      .select()
      .from(memorialMerges)
      .where(or(eq(memorialMerges.memorialId, memorialId), eq(memorialMerges.survivorId, memorialId)))
      .orderBy(desc(memorialMerges.mergedAt)),
    listAudit(db, memorialId, { limit: 100 }),
  ]);
  return { memorial, revisions: revisionList, reports: reportList, merges, history };
}
export type MemorialAdmin = Awaited<ReturnType<typeof loadMemorialAdmin>>;

/** A memorial id from what a moderator typed: an id, a current slug or an old slug. */
export async function findMemorialId(db: Database, key: string): Promise<string | null> {
  const trimmed = key.trim().replace(/^.*\/memorials\//, "").replace(/[/?#].*$/, "");
  if (!trimmed) return null;
  const byId = await db.select({ id: memorials.id }).from(memorials).where(or(eq(memorials.id, trimmed), eq(memorials.slug, trimmed))).get();
  if (byId) return byId.id;
  const old = await db.select({ id: memorialSlugs.memorialId }).from(memorialSlugs).where(eq(memorialSlugs.slug, trimmed)).get();
  return old?.id ?? null;
}
