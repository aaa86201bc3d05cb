/** "My submissions": the list of one's revisions and the page of one revision. */
import { useI18n } from "../../platform/views/i18n";
import { INTL_LOCALE } from "./components/message-thread";
import { ReopenForm } from "./components/reopen";
import type { OwnRevisionItem, RevisionRow } from "./submissions.queries";

export function useDate() {
  const { locale } = useI18n();
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeZone: "UTC",
  });
  return (ms: number) => format.format(ms);
}

export function StatusBadge({ status }: { status: RevisionRow["status"] }) {
  const { t } = useI18n();
  return <span class={`status status--${status}`}>{t(`submissions:statuses.${status}`)}</span>;
}

function nextAction(item: Pick<OwnRevisionItem, "id" | "status" | "draftStep">): {
  href: string;
  label: "continue" | "revise" | "view";
} {
  if (item.status === "draft")
    return { href: `/submit/${item.id}/${item.draftStep ?? "person"}`, label: "continue" };
  if (item.status === "changes_requested")
    return { href: `/submit/${item.id}/review`, label: "revise" };
  return { href: `/my/submissions/${item.id}`, label: "view" };
}

export function MySubmissionsPage({
  items,
  notice,
}: {
  items: OwnRevisionItem[];
  notice?: string;
}) {
  const { t } = useI18n();
  const date = useDate();
  return (
    <section>
      <h1>{t("submissions:my.title")}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p class="lead">{t("submissions:my.intro")}</p>
      {items.length === 0 ? <p>{t("submissions:my.empty")}</p> : null}
      <ul class="submission-list">
        {items.map((item) => {
          const action = nextAction(item);
          return (
            <li class="card">
              <h2 class="submission-list__name">
                <a href={`/my/submissions/${item.id}`}>
                  {item.name || t("submissions:start.unnamed")}
                </a>
              </h2>
              <p>
                <StatusBadge status={item.status} /> · {t(`submissions:my.kinds.${item.kind}`)} ·{" "}
                {t("submissions:my.updated")}: {date(item.updatedAt)}
              </p>
              {action.label !== "view" ? (
                <p>
                  <a class="button" href={action.href}>
                    {t(`submissions:my.${action.label}`)}
                  </a>
                </p>
              ) : null}
              {item.status === "rejected" ? <ReopenForm revision={item} compact /> : null}
            </li>
          );
        })}
      </ul>
      <p>
        <a class="button button--primary" href="/submit">
          {t("submissions:my.start")}
        </a>
      </p>
    </section>
  );
}
