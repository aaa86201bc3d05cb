/**
 * The way back on "My submissions": the button that reopens a rejected or returned submission
 * as a new draft (a plain POST form, no script needed), and on a reopened draft the link to the
 * earlier submission with its conversation.
 */
import { useI18n } from "../../../platform/views/i18n";
import { canReopen } from "../submission-reopen";
import type { RevisionRow } from "../submissions.queries";
import { MessageThread, type ThreadMessage } from "./message-thread";

/** The POST form; `compact` on the list, with the explanation on the submission's page. */
export function ReopenForm({ revision, compact = false }: { revision: Pick<RevisionRow, "id" | "status" | "version">; compact?: boolean }) {
  const { t } = useI18n();
  const button = (
    <button type="submit" class={compact ? "button" : "button button--primary"}>
      {t(compact ? "submissions:my.reopen" : "submissions:detail.reopen")}
    </button>
  );
  return (
    <form method="post" action={`/my/submissions/${revision.id}/reopen`} class="reopen">
      <input type="hidden" name="version" value={String(revision.version)} />
      {compact ? (
        button
      ) : (
        <>
          <h2>{t("submissions:detail.reopenTitle")}</h2>
          <p class="field__hint">
            {t(revision.status === "changes_requested" ? "submissions:detail.reopenHintReturned" : "submissions:detail.reopenHint")}
          </p>
          {button}
        </>
      )}
    </form>
  );
}

export interface ReopenProps {
  revision: RevisionRow;
  /** The open draft (or later state) that reopened this revision. */
  successor?: { id: string } | null;
  /** The thread of the revision this one reopens. */
  earlier?: ThreadMessage[];
}

/** What the submission's page says about reopening: the way back, or where it led, or where it came from. */
export function ReopenSection({ revision, successor, earlier = [] }: ReopenProps) {
  const { t } = useI18n();
  return (
    <>
      {revision.reopenedFrom ? (
        <div class="notice">
          <p>
            {t("submissions:detail.reopenedFrom")}{" "}
            <a href={`/my/submissions/${revision.reopenedFrom}`}>{t("submissions:detail.openEarlier")}</a>
          </p>
          {earlier.length ? (
            <>
              <h2>{t("submissions:detail.earlierThread")}</h2>
              <MessageThread messages={earlier} submitterId={revision.submitterId} />
            </>
          ) : null}
        </div>
      ) : null}
      {successor ? (
        <p class="notice">
          {t("submissions:detail.reopenedAs")}{" "}
          <a class="button" href={`/my/submissions/${successor.id}`}>
            {t("submissions:detail.continueReopened")}
          </a>
        </p>
      ) : canReopen(revision) ? (
        <ReopenForm revision={revision} />
      ) : null}
    </>
  );
}
