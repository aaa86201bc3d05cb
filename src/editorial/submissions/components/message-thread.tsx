/** The messages between the moderators and the submitter, oldest first. */
import type { listRevisionMessages } from "../../revisions/revision-messages";
import { useI18n } from "../../../platform/views/i18n";

/** British order ("22 November 2026"), as the memorial pages write dates. */
export const INTL_LOCALE = { en: "en-GB", de: "de-DE", ru: "ru-RU" } as const;

export type ThreadMessage = Awaited<ReturnType<typeof listRevisionMessages>>[number];

export function MessageThread({
  messages,
  submitterId,
}: {
  messages: ThreadMessage[];
  submitterId: string;
}) {
  const { t, locale } = useI18n();
  if (messages.length === 0) return <p class="muted">{t("submissions:detail.noMessages")}</p>;
  const when = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <ol class="thread">
      {messages.map((m) => {
        const mine = m.authorId === submitterId;
        return (
          <li class={mine ? "thread__message thread__message--mine" : "thread__message"}>
            <p class="thread__meta">
              <strong>
                {mine ? t("submissions:detail.fromYou") : t("submissions:detail.fromModerator")}
              </strong>
              {!mine && m.authorName ? ` (${m.authorName})` : ""} ·{" "}
              <time datetime={new Date(m.createdAt).toISOString()}>{when.format(m.createdAt)}</time>
            </p>
            <p class="thread__body">{m.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
