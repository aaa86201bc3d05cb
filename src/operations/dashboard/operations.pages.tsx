/** /admin/operations: the operator's page (admins only). Plain tables and lists, no script. */
import { INTL_LOCALE } from "../../editorial/submissions/components/message-thread";
import { useI18n } from "../../platform/views/i18n";
import { DateFindingText } from "../../editorial/date-check/date-findings";
import type { DateFindingsView } from "../../editorial/date-check/date-findings.queries";
import type { OperationsSnapshot } from "./operations-snapshot";
import { ACTIVITY_DAYS, SIGN_IN_WINDOW_DAYS } from "./operations.queries";

const D1_LIMIT_BYTES = 10 * 1024 ** 3;

function useFormats() {
  const { locale } = useI18n();
  const intl = INTL_LOCALE[locale];
  const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(intl);
  return {
    when: (ms: number) => dateTime.format(ms),
    count: (n: number) => number.format(n),
    megabytes: (bytes: number) => `${new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(bytes / 1024 ** 2)} MB`,
    percent: (share: number) => new Intl.NumberFormat(intl, { maximumFractionDigits: 2 }).format(share * 100),
  };
}

function Facts({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl class="review__facts">
      {rows.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

/** What the date consistency check found (src/editorial/date-check/date-check.ts), newest first. */
function DateFindings({ view }: { view: DateFindingsView }) {
  const { t } = useI18n();
  const f = useFormats();
  return (
    <section aria-labelledby="date-findings">
      <h2 id="date-findings">{t("dates:operations.title")}</h2>
      <p>{t("dates:operations.intro")}</p>
      <Facts
        rows={[
          [t("dates:operations.lastChecked"), view.lastChecked === null ? t("dates:operations.never") : f.when(view.lastChecked)],
          [t("dates:operations.total"), f.count(view.total)],
        ]}
      />
      {view.newest.length ? (
        <div class="table-wrap">
          <table data-date-findings>
            <caption>{t("dates:operations.caption", { count: view.newest.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dates:operations.entry")}</th>
                <th scope="col">{t("dates:operations.status")}</th>
                <th scope="col">{t("dates:operations.dates")}</th>
                <th scope="col">{t("dates:operations.correction")}</th>
              </tr>
            </thead>
            <tbody>
              {view.newest.map((row) => (
                <tr data-revision={row.revisionId}>
                  <th scope="row">
                    {row.status === "draft" ? row.name : <a href={`/moderation/revisions/${row.revisionId}`}>{row.name || row.revisionId}</a>}
                  </th>
                  <td>{t(`moderation:statuses.${row.status}`)}</td>
                  <td>
                    <ul>
                      {row.findings.map((finding) => (
                        <li>
                          <DateFindingText finding={finding} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {row.correctionId ? (
                      <a href={`/moderation/revisions/${row.correctionId}`}>{t("dates:operations.correctionOpened")}</a>
                    ) : (
                      t("dates:operations.noCorrection")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function OperationsPage({ snapshot, development }: { snapshot: OperationsSnapshot; development: boolean }) {
  const { t } = useI18n();
  const f = useFormats();
  const { figures, activity, databaseBytes, now } = snapshot;
  const oldest = [figures.oldest_revision, figures.oldest_report].filter((v): v is number => v !== null);
  return (
    <section class="operations">
      <h1>{t("operations:page.title")}</h1>
      <p>{t("operations:page.intro", { time: f.when(now) })}</p>

      <h2>{t("operations:page.queue")}</h2>
      <Facts
        rows={[
          [t("operations:page.pending"), f.count(figures.pending)],
          [t("operations:page.inReview"), f.count(figures.in_review)],
          [t("operations:page.expiredClaims"), f.count(figures.expired_claims)],
          [t("operations:page.reports"), f.count(figures.open_reports)],
          [t("operations:page.oldest"), oldest.length ? t("operations:page.oldestSince", { date: f.when(Math.min(...oldest)) }) : t("operations:page.nothingWaiting")],
          [t("operations:page.changesRequested"), f.count(figures.changes_requested)],
          [t("operations:page.drafts"), f.count(figures.drafts)],
          [t("operations:page.staleDrafts"), f.count(figures.stale_drafts)],
        ]}
      />

      <h2>{t("operations:page.activity", { count: ACTIVITY_DAYS })}</h2>
      <div class="table-wrap">
        <table>
          <caption>{t("operations:page.activityCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("operations:page.day")}</th>
              <th scope="col">{t("operations:page.submitted")}</th>
              <th scope="col">{t("operations:page.resubmitted")}</th>
              <th scope="col">{t("operations:page.decided")}</th>
              <th scope="col">{t("operations:page.reportsMade")}</th>
            </tr>
          </thead>
          <tbody>
            {activity.map((day) => (
              <tr data-day={day.day}>
                <th scope="row">{day.day}</th>
                <td>{f.count(day.submitted)}</td>
                <td>{f.count(day.resubmitted)}</td>
                <td>{f.count(day.decided)}</td>
                <td>{f.count(day.reports)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("operations:page.signIns", { count: SIGN_IN_WINDOW_DAYS })}</h2>
      <Facts
        rows={[
          [t("operations:page.linksRequested"), f.count(figures.links_requested)],
          [t("operations:page.signInsCompleted"), f.count(figures.sign_ins)],
          [t("operations:page.linksUnused"), f.count(figures.links_unused)],
        ]}
      />

      <h2>{t("operations:page.mail")}</h2>
      {development ? <p class="muted">{t("operations:page.mailNotSent")}</p> : null}
      <Facts
        rows={[
          [t("operations:page.mailWaiting"), f.count(figures.mail_waiting)],
          [t("operations:page.mailFailed"), f.count(figures.mail_failed)],
          [t("operations:page.mailOldest"), figures.mail_oldest === null ? "—" : f.when(figures.mail_oldest)],
        ]}
      />

      <DateFindings view={snapshot.dates} />

      <h2>{t("operations:page.database")}</h2>
      <Facts
        rows={[
          [
            t("operations:page.databaseSize"),
            databaseBytes === null
              ? t("operations:page.unknown")
              : t("operations:page.databaseShare", { size: f.megabytes(databaseBytes), percent: f.percent(databaseBytes / D1_LIMIT_BYTES) }),
          ],
        ]}
      />
    </section>
  );
}
