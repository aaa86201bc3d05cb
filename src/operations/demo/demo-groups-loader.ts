/**
 * Loads the demo groups (src/operations/demo/demo-groups.json, built from the seed's
 * `groups_and_documents` by scripts/demo-data/build-demo-groups.ts) as approved proposals:
 * proposed by the demo editor, approved by the demo moderator, audited, and published with the
 * same statements a moderator's approval uses. Idempotent: groups that already exist are skipped.
 * Run after the demo memorials, whose ids the members name.
 */
import { inArray } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type Database } from "../../platform/db/client";
import { groupRevisions, groups } from "../../platform/db/schema";
import { demoId } from "../../platform/ids";
import { groupDocumentSchema } from "../../domain/group-document";
import { groupPublishStatements } from "../../archive/groups/publish-group";
import { DEMO_EDITOR, DEMO_MODERATOR, ensureDemoUsers, type DemoLoadResult } from "./demo-loader";

export interface DemoGroup {
  key: string;
  id: string;
  slug: string;
  document: unknown;
}

export async function loadDemoGroups(db: Database, entries: DemoGroup[], now = Date.now()): Promise<DemoLoadResult> {
  await ensureDemoUsers(db, now);
  const existing = new Set<string>();
  for (let i = 0; i < entries.length; i += 90) {
    const rows = await db.select({ id: groups.id }).from(groups).where(inArray(groups.id, entries.slice(i, i + 90).map((e) => e.id)));
    rows.forEach((row) => existing.add(row.id));
  }
  // Every document is checked before the first write: a bad entry loads nothing.
  const toLoad = entries.filter((e) => !existing.has(e.id)).map((e) => ({ entry: e, document: groupDocumentSchema.parse(e.document) }));
  for (const { entry, document } of toLoad) {
    const revisionId = await demoId("grv", entry.key);
    await runBatch(db, [
      db.insert(groupRevisions).values({
        id: revisionId,
        groupId: entry.id,
        kind: "new",
        document: JSON.stringify(document),
        status: "approved",
        version: 2,
        submitterId: DEMO_EDITOR.id,
        submitterNote: "Demo group built from published historical articles.",
        createdAt: now,
        submittedAt: now,
        decidedAt: now,
        decidedBy: DEMO_MODERATOR.id,
      }),
      ...groupPublishStatements(db, { groupId: entry.id, revisionId, document, now, newSlug: entry.slug }),
      auditInsert(db, { actorId: DEMO_MODERATOR.id, action: "group.publish", subjectType: "group", subjectId: entry.id, subjectVersion: 1, detail: { demo: true, revision_id: revisionId }, at: now }),
    ]);
  }
  return { loaded: toLoad.length, skipped: entries.length - toLoad.length };
}
