/**
 * Abandoned drafts. A descendant's words are never deleted: a draft stays until its author sends
 * or withdraws it. Once a draft has been untouched for 30 days, its author gets one reminder
 * (in their language) with the link to continue; editing the draft and leaving it again for 30
 * days earns one more. Disabled accounts get none. Each reminder is audited, and the audit entry
 * is what marks the draft as reminded.
 */
import { sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type Database } from "../../platform/db/client";
import { queueMail } from "../../platform/mail/mailer";
import { absoluteUrl } from "../../platform/http/site-url";
import { mailDate, mailTranslator } from "./mail-text";

export const STALE_DRAFT_MS = 30 * 86_400_000;

interface StaleDraft {
  id: string;
  display_name: string;
  draft_step: string | null;
  created_at: number;
  updated_at: number;
  version: number;
  email: string;
  locale: string | null;
}

export function findStaleDrafts(db: Database, now: number, limit: number) {
  return db.all<StaleDraft>(sql`
    SELECT r.id, r.display_name, r.draft_step, r.created_at, r.updated_at, r.version, u.email, u.locale
    FROM revisions r JOIN users u ON u.id = r.submitter_id
    WHERE r.status = 'draft' AND r.updated_at < ${now - STALE_DRAFT_MS} AND u.disabled_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM audit_log a
        WHERE a.subject_id = r.id AND a.action = 'revision.draft_reminder' AND a.at >= r.updated_at)
    ORDER BY r.updated_at
    LIMIT ${limit}`);
}

export async function remindAbandonedDrafts(db: Database, env: Pick<Env, "SITE_URL">, now: number, limit = 50) {
  const drafts = await findStaleDrafts(db, now, limit);
  for (const draft of drafts) {
    const { locale, t } = mailTranslator(draft.locale);
    const name = draft.display_name || t("operations:draftReminder.unnamed");
    const link = absoluteUrl(env, `/submit/${draft.id}/${draft.draft_step ?? "person"}`);
    await runBatch(db, [
      queueMail(
        db,
        {
          to: draft.email,
          subject: t("operations:draftReminder.subject", { name }),
          text: t("operations:draftReminder.body", { name, link, date: mailDate(draft.created_at, locale) }),
          link,
          kind: "notification",
        },
        now,
      ),
      auditInsert(db, {
        actorId: null,
        action: "revision.draft_reminder",
        subjectType: "revision",
        subjectId: draft.id,
        subjectVersion: draft.version,
        detail: { untouched_since: draft.updated_at },
        at: now,
      }),
    ]);
  }
  return { reminded: drafts.length };
}
