import { readStoredWarnings } from "../revisions/plausibility-warnings";
import { useAppContext, useI18n } from "../../platform/views/i18n";
import { Age } from "./components/history";
import { approvalsNeeded } from "./agreements";
import { StaffTime } from "./components/staff-time";
import type { QueueCounts, QueueFilter, QueueItem } from "./queue.queries";

export interface QueuePageProps {
  items: QueueItem[];
  counts: QueueCounts;
  filter: Pick<QueueFilter, "view" | "kind"> & { mine: boolean };
  nextHref: string | null;
  userId: string;
  now: number;
  /** PUBLICATION_NEEDS_TWO_MODERATORS (agreements.ts). */
  twoModerators: boolean;
}

function itemHref(item: QueueItem) {
  return item.kind === "report" ? `/moderation/reports/${item.id}` : `/moderation/revisions/${item.id}`;
}

/** Filter links with their counts; the current one is marked for screen readers too. */
function Filters({ counts, filter }: Pick<QueuePageProps, "counts" | "filter">) {
  const { t } = useI18n();
  const links: Array<[string, string, number | null, boolean]> = [
    ["/moderation", t("moderation:queue.filters.all"), counts.new + counts.correction + counts.report, filter.view === "open" && !filter.kind && !filter.mine],
    ["/moderation?kind=new", t("moderation:queue.filters.new"), counts.new, filter.kind === "new"],
    ["/moderation?kind=correction", t("moderation:queue.filters.correction"), counts.correction, filter.kind === "correction"],
    ["/moderation?kind=report", t("moderation:queue.filters.report"), counts.report, filter.kind === "report"],
    ["/moderation?claimed=me", t("moderation:queue.filters.mine"), counts.mine, filter.mine],
    ["/moderation?status=changes_requested", t("moderation:queue.filters.waiting"), counts.changes_requested, filter.view === "changes_requested"],
  ];
  return (
    <nav aria-label={t("moderation:queue.filters.label")}>
      <ul class="queue-filters">
        {links.map(([href, label, count, current]) => (
          <li>
            <a href={href} aria-current={current ? "page" : undefined}>
              {label} <span class="count">({count})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What the date consistency check says about an item (src/editorial/date-check/date-check.ts). */
function DateCheckTags({ item }: { item: QueueItem }) {
  const { t } = useI18n();
  return (
    <>
      {item.date_findings > 0 ? <span class="tag tag--warning" data-date-check="findings">{t("dates:queue.flag", { count: item.date_findings })}</span> : null}
      {item.by_date_check ? <span class="tag" data-date-check="opened">{t("dates:queue.byCheck")}</span> : null}
    </>
  );
}

export function QueuePage({ items, counts, filter, nextHref, userId, now, twoModerators }: QueuePageProps) {
  const { t } = useI18n();
  const isAdmin = useAppContext().var.user?.role === "admin";
  return (
    <section>
      <h1>{t("moderation:queue.title")}</h1>
      <p>
        <a href="/moderation/audit">{t("audit:page.title")}</a>
        {isAdmin ? (
          <>
            {" · "}
            <a href="/admin/users">{t("admin:users.title")}</a> · <a href="/admin/operations">{t("operations:page.title")}</a>
          </>
        ) : null}
      </p>
      <Filters counts={counts} filter={filter} />
      {items.length === 0 ? (
        <p>{t("moderation:queue.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table class="queue">
            <caption class="visually-hidden">{t("moderation:queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation:queue.cols.name")}</th>
                <th scope="col">{t("moderation:queue.cols.kind")}</th>
                <th scope="col">{t("moderation:queue.cols.age")}</th>
                <th scope="col">{t("moderation:queue.cols.submitter")}</th>
                <th scope="col">{t("moderation:queue.cols.sources")}</th>
                <th scope="col">{t("plausibility:countLabel")}</th>
                <th scope="col">{t("moderation:queue.cols.claim")}</th>
                <th scope="col">{t("moderation:queue.cols.decided")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr>
                  <td>
                    <a href={itemHref(item)}>{item.name || t("moderation:queue.unnamed")}</a>
                    <DateCheckTags item={item} />
                  </td>
                  <td>
                    {t(`moderation:kinds.${item.kind}`)}
                    {item.report_kind ? ` · ${t(`reports:kinds.${item.report_kind as "error"}`)}` : ""}
                    {item.approvals && approvalsNeeded(item, { twoModerators }) === 2
                      ? ` · ${t("moderation:fourEyes.count", { count: item.approvals, needed: 2 })}`
                      : ""}
                  </td>
                  <td><Age since={item.submitted_at} now={now} /></td>
                  <td>
                    <Person id={item.submitted_by} name={item.submitted_by_name} userId={userId} nobody={t("audit:visitor")} />
                    {item.relationship ? <span class="muted"> · {t(`moderation:relationships.${item.relationship as "other"}`)}</span> : null}
                    {item.same_client_as_moderator ? <strong class="queue__flag"> · {t("moderation:fourEyes.sameClientShort")}</strong> : null}
                  </td>
                  <td>{item.source_count ?? "—"}</td>
                  <td><WarningCount stored={item.plausibility} /></td>
                  <td><Person id={item.claimed_by} name={item.claimed_by_name} userId={userId} nobody="—" /></td>
                  <td>
                    <Person id={item.decided_by} name={item.decided_by_name} userId={userId} nobody="—" />
                    {item.decided_at ? <span class="muted"> · <StaffTime at={item.decided_at} /></span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextHref ? <p><a href={nextHref} rel="next">{t("moderation:queue.next")}</a></p> : null}
    </section>
  );
}

/**
 * Four eyes at a glance: a person by their public name ("You" for the moderator reading), never
 * by email; `nobody` when there is no one (a visitor's report, an unclaimed item).
 */
function Person({ id, name, userId, nobody }: { id: string | null; name: string | null; userId: string; nobody: string }) {
  const { t } = useI18n();
  if (!id) return <>{nobody}</>;
  if (id === userId) return <strong>{t("moderation:queue.claimedByMe")}</strong>;
  return <>{name ?? t("audit:unnamed")}</>;
}

/** How many dates the plausibility checks questioned when the revision was sent. */
function WarningCount({ stored }: { stored: string | null }) {
  const { t } = useI18n();
  const count = readStoredWarnings(stored).length;
  return count ? <span class="queue__warnings">{t("plausibility:count", { count })}</span> : <>—</>;
}
