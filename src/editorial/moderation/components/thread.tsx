import { StaffTime } from "./staff-time";
import type { FormErrors, FormValues } from "../../../platform/http/forms";
import { formatLifeDates } from "../../../domain/dates/date-format";
import type { DuplicateCandidate } from "../../../archive/search/duplicates";
import { describedBy, Field } from "../../../platform/views/components/form-field";
import { useI18n } from "../../../platform/views/i18n";
import type { RevisionReview } from "../review.queries";

/** The conversation with the submitter, and the form to add to it. */
export function Thread({ revisionId, messages, errors = {}, values = {} }: { revisionId: string; messages: RevisionReview["messages"]; errors?: FormErrors; values?: FormValues }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="thread">
      <h2 id="thread">{t("moderation:thread.title")}</h2>
      {messages.length === 0 ? <p class="muted">{t("moderation:thread.empty")}</p> : null}
      <ol class="thread">
        {messages.map((m) => (
          <li class={m.authorRole === "contributor" ? "thread__message" : "thread__message thread__message--moderator"}>
            <p class="muted">
              {m.authorName ?? "—"} · <StaffTime at={m.createdAt} />
            </p>
            <p class="thread__body">{m.body}</p>
          </li>
        ))}
      </ol>
      <form method="post" action={`/moderation/revisions/${revisionId}/messages`} novalidate>
        <Field id="body" label={t("moderation:thread.label")} hint={t("moderation:thread.hint")} error={errors.body}>
          <textarea id="body" name="body" aria-invalid={errors.body ? "true" : undefined} aria-describedby={describedBy("body", t("moderation:thread.hint"), errors.body)}>
            {values.body ?? ""}
          </textarea>
        </Field>
        <button type="submit">{t("moderation:thread.send")}</button>
      </form>
    </section>
  );
}

/** Possible duplicates, best first (src/archive/search/duplicates.ts), each with its dates and how they fit. */
export function Duplicates({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t, locale } = useI18n();
  if (candidates.length === 0) return <p class="muted">{t("moderation:review.noDuplicates")}</p>;
  return (
    <ol class="duplicates">
      {candidates.map((c) => (
        <li class={`duplicates__item duplicates__item--${c.dateMatch}`} data-date-match={c.dateMatch}>
          <a href={c.kind === "memorial" ? `/moderation/memorials/${c.id}` : `/moderation/revisions/${c.id}`}>{c.name}</a>{" "}
          <span class="muted">
            {formatLifeDates(c.birth, c.death, locale)}
            {c.kind === "pending" ? ` (${t("moderation:review.pendingDuplicate")})` : null}
          </span>
          <br />
          {c.dateMatch === "conflict" ? (
            <strong>{t("moderation:review.dateMatch.conflict")}</strong>
          ) : (
            <span class="muted">{t(`moderation:review.dateMatch.${c.dateMatch}`)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
