/**
 * The daily digest: each moderator and admin gets one mail listing what waits in the queue, in
 * their language — only when something waits, and never twice within 20 hours (a retried cron
 * run sends nothing new). Queued in batches with one audit entry per batch.
 */
import { sql } from "drizzle-orm";
import { auditInsert } from "../../platform/audit/audit";
import { runBatch, type BatchItem, type Database } from "../../platform/db/client";
import { queueMail } from "../../platform/mail/mailer";
import { absoluteUrl } from "../../platform/http/site-url";
import { mailDate, mailTranslator } from "./mail-text";

const RESEND_AFTER_MS = 20 * 3_600_000;
const MAILS_PER_BATCH = 50;

export interface QueueSummary {
  new: number;
  corrections: number;
  reports: number;
  changes: number;
  oldest_revision: number | null;
  oldest_report: number | null;
}

export function summariseQueue(db: Database): Promise<QueueSummary> {
  return db.get<QueueSummary>(sql`
    SELECT
      (SELECT count(*) FROM revisions WHERE status IN ('pending', 'in_review') AND kind = 'new') AS new,
      (SELECT count(*) FROM revisions WHERE status IN ('pending', 'in_review') AND kind = 'correction') AS corrections,
      (SELECT count(*) FROM reports WHERE status = 'open') AS reports,
      (SELECT count(*) FROM revisions WHERE status = 'changes_requested') AS changes,
      (SELECT min(submitted_at) FROM revisions WHERE status IN ('pending', 'in_review')) AS oldest_revision,
      (SELECT min(created_at) FROM reports WHERE status = 'open') AS oldest_report`);
}

interface Recipient {
  email: string;
  locale: string | null;
}

function digestRecipients(db: Database, now: number) {
  return db.all<Recipient>(sql`
    SELECT u.email, u.locale FROM users u
    WHERE u.role IN ('moderator', 'admin') AND u.disabled_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM mail_outbox m
        WHERE m.to_address = u.email AND m.kind = 'digest' AND m.created_at > ${now - RESEND_AFTER_MS})
    ORDER BY u.email`);
}

export async function sendModerationDigest(db: Database, env: Pick<Env, "SITE_URL">, now: number) {
  const summary = await summariseQueue(db);
  const waiting = summary.new + summary.corrections + summary.reports;
  if (waiting === 0) return { waiting, sent: 0 };
  const recipients = await digestRecipients(db, now);
  const link = absoluteUrl(env, "/moderation");
  const oldest = Math.min(summary.oldest_revision ?? now, summary.oldest_report ?? now);
  for (let i = 0; i < recipients.length; i += MAILS_PER_BATCH) {
    const chunk = recipients.slice(i, i + MAILS_PER_BATCH);
    const mails: BatchItem[] = chunk.map((recipient) => {
      const { locale, t } = mailTranslator(recipient.locale);
      const vars = {
        new: summary.new,
        corrections: summary.corrections,
        reports: summary.reports,
        changes: summary.changes,
        count: waiting,
        oldest: mailDate(oldest, locale),
        link,
      };
      return queueMail(
        db,
        { to: recipient.email, subject: t("operations:digest.subject", vars), text: t("operations:digest.body", vars), link, kind: "digest" },
        now,
      );
    });
    await runBatch(db, [
      ...mails,
      auditInsert(db, {
        actorId: null,
        action: "moderation.digest",
        subjectType: "system",
        subjectId: "moderation-digest",
        detail: { recipients: chunk.length, waiting },
        at: now,
      }),
    ]);
  }
  return { waiting, sent: recipients.length };
}
