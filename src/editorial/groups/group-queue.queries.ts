/** The moderators' list of group proposals, oldest first (SQL of the group proposals in one place). */
import { and, asc, eq, gt, or } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { groupRevisions, users, type GroupRevisionStatus } from "../../platform/db/schema";
import { groupName, readStoredGroupDocument } from "../../domain/group-document";

export async function listGroupProposals(db: Database, status: GroupRevisionStatus, limit: number, after?: [number, string]) {
  const rows = await db
    .select({ revision: groupRevisions, submitterName: users.displayName })
    .from(groupRevisions)
    .leftJoin(users, eq(users.id, groupRevisions.submitterId))
    .where(
      and(
        eq(groupRevisions.status, status),
        after
          ? or(gt(groupRevisions.submittedAt, after[0]), and(eq(groupRevisions.submittedAt, after[0]), gt(groupRevisions.id, after[1])))
          : undefined,
      ),
    )
    .orderBy(asc(groupRevisions.submittedAt), asc(groupRevisions.id))
    .limit(limit);
  return rows.map(({ revision, submitterName }) => ({ ...revision, submitterName, parsed: readStoredGroupDocument(revision.document) }));
}

export type GroupProposal = Awaited<ReturnType<typeof listGroupProposals>>[number];

/** One proposal with the name it would publish under, for its submitter or a moderator. */
export async function loadGroupProposal(db: Database, id: string) {
  const row = await db.select().from(groupRevisions).where(eq(groupRevisions.id, id)).get();
  return row ? { ...row, parsed: readStoredGroupDocument(row.document) } : undefined;
}

export const proposalName = (p: Pick<GroupProposal, "parsed">) => groupName(p.parsed, "en");
