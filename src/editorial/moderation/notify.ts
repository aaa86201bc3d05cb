/**
 * Mail to a submitter about their revision: a decision or a moderator's message. Written in
 * the submitter's language, queued in the same batch as the change it reports.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { revisions, users } from "../../platform/db/schema";
import { isLocale, translator } from "../../platform/i18n";
import { queueMail } from "../../platform/mail/mailer";
import type { DecisionInput } from "./decisions";

export interface Submitter {
  id: string;
  email: string;
  locale: string | null;
}

export async function loadSubmitter(db: Database, userId: string): Promise<Submitter | undefined> {
  return db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(eq(users.id, userId)).get();
}

type RevisionForMail = Pick<typeof revisions.$inferSelect, "id" | "displayName">;

function submissionLink(origin: string, revisionId: string) {
  return `${origin}/my/submissions/${revisionId}`;
}

export function decisionMail(
  db: Database,
  submitter: Submitter,
  revision: RevisionForMail,
  input: Pick<DecisionInput, "action" | "reason">,
  ctx: { origin: string; now: number },
) {
  const t = translator(isLocale(submitter.locale) ? submitter.locale : "en");
  const link = submissionLink(ctx.origin, revision.id);
  const vars = { name: revision.displayName, reason: input.reason ?? "", link };
  return queueMail(
    db,
    {
      to: submitter.email,
      subject: t(`moderation:mail.${input.action}.subject`, vars),
      text: t(`moderation:mail.${input.action}.body`, vars),
      link,
      kind: "notification",
    },
    ctx.now,
  );
}

export function messageMail(db: Database, submitter: Submitter, revision: RevisionForMail, body: string, ctx: { origin: string; now: number }) {
  const t = translator(isLocale(submitter.locale) ? submitter.locale : "en");
  const link = submissionLink(ctx.origin, revision.id);
  return queueMail(
    db,
    {
      to: submitter.email,
      subject: t("moderation:mail.message.subject", { name: revision.displayName }),
      text: t("moderation:mail.message.body", { name: revision.displayName, message: body, link }),
      link,
      kind: "notification",
    },
    ctx.now,
  );
}
