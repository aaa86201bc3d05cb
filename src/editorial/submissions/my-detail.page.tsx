/** The page of one submission in "My submissions": state, messages, reply, content, withdraw. */
import { useI18n } from "../../platform/views/i18n";
import { describedBy } from "../../platform/views/components/form-field";
import { TextArea } from "./components/inputs";
import { MessageThread, type ThreadMessage } from "./components/message-thread";
import { ReopenSection, type ReopenProps } from "./components/reopen";
import { ReviewSummary } from "./components/review-summary";
import { draftName, readDraft } from "./form/draft";
import { isEditable } from "./form-guard";
import { WITHDRAWABLE } from "./submission-writes";
import type { RevisionRow } from "./submissions.queries";

import { StatusBadge, useDate } from "./my.pages";

export interface DetailProps {
  revision: RevisionRow;
  messages: ThreadMessage[];
  memorialSlug?: string | null;
  notice?: string;
  errors?: { withdraw?: string; message?: string };
  message?: string;
  reopen?: Omit<ReopenProps, "revision">;
}

export function SubmissionDetailPage({
  revision,
  messages,
  memorialSlug,
  notice,
  errors = {},
  message,
  reopen = {},
}: DetailProps) {
  const { t } = useI18n();
  const date = useDate();
  const draft = readDraft(revision.document);
  const canWrite = ["pending", "in_review", "changes_requested"].includes(revision.status);
  return (
    <section>
      <h1>{draftName(draft) || t("submissions:start.unnamed")}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        <StatusBadge status={revision.status} /> · {t(`submissions:my.kinds.${revision.kind}`)}
      </p>
      <p>{t(`submissions:statusHelp.${revision.status}`)}</p>
      <p class="muted">
        {revision.submittedAt
          ? t("submissions:detail.submitted", { date: date(revision.submittedAt) })
          : t("submissions:detail.started", { date: date(revision.createdAt) })}
      </p>
      {memorialSlug ? (
        <p>
          <a href={`/memorials/${memorialSlug}`}>{t("submissions:detail.memorial")}</a>
        </p>
      ) : null}
      {isEditable(revision.status) ? (
        <p>
          <a
            class="button button--primary"
            href={
              revision.status === "draft"
                ? `/submit/${revision.id}/${revision.draftStep ?? "person"}`
                : `/submit/${revision.id}/review`
            }
          >
            {t(revision.status === "draft" ? "submissions:my.continue" : "submissions:my.revise")}
          </a>
        </p>
      ) : null}
      {revision.status === "rejected" && revision.decisionReason ? (
        <div class="notice">
          <h2>{t("submissions:detail.reason")}</h2>
          <p class="thread__body">{revision.decisionReason}</p>
        </div>
      ) : null}
      <ReopenSection revision={revision} {...reopen} />
      <h2>{t("submissions:detail.thread")}</h2>
      <MessageThread messages={messages} submitterId={revision.submitterId} />
      {canWrite ? (
        <form method="post" action={`/my/submissions/${revision.id}/messages`} novalidate>
          <TextArea
            name="message"
            label={t("submissions:detail.reply")}
            hint={t("submissions:detail.replyHint")}
            value={message}
            error={errors.message}
            rows={4}
          />
          <button type="submit" class="button">
            {t("submissions:detail.sendReply")}
          </button>
        </form>
      ) : null}
      <h2>{t("submissions:detail.content")}</h2>
      <ReviewSummary draft={draft} revision={revision} editable={false} />
      {WITHDRAWABLE.includes(revision.status) ? (
        <WithdrawForm revision={revision} error={errors.withdraw} />
      ) : null}
    </section>
  );
}

function WithdrawForm({ revision, error }: { revision: RevisionRow; error?: string }) {
  const { t } = useI18n();
  const id = "f-confirm";
  return (
    <form
      method="post"
      action={`/my/submissions/${revision.id}/withdraw`}
      class="withdraw"
      novalidate
    >
      <h2>{t("submissions:detail.withdrawTitle")}</h2>
      <p class="field__hint" id={`${id}-hint`}>
        {t("submissions:detail.withdrawHint")}
      </p>
      <input type="hidden" name="version" value={String(revision.version)} />
      <div class={error ? "field field--error" : "field"}>
        {error ? (
          <p class="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <div class="choice">
          <input
            id={id}
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy(id, "hint", error)}
          />
          <label for={id}>{t("submissions:detail.withdrawConfirm")}</label>
        </div>
      </div>
      <button type="submit" class="button">
        {t("submissions:detail.withdraw")}
      </button>
    </form>
  );
}
