import { SLOT, StaffTime, withElement } from "../moderation/components/staff-time";
import type { FormErrors, FormValues } from "../../platform/http/forms";
import { MemorialActionForm } from "../moderation/memorial-admin.pages";
import { AuditList } from "../moderation/components/history";
import type { AuditView } from "../moderation/audit.queries";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";
import type { ReportCorrection } from "./report-corrections";
import type { loadReport } from "./reports.queries";

type LoadedReport = Awaited<ReturnType<typeof loadReport>>;

function NoteForm({ reportId, version, action, errors = {}, values = {} }: { reportId: string; version: number; action: "resolve" | "correction"; errors?: FormErrors; values?: FormValues }) {
  const { t } = useI18n();
  const id = `${action}-note`;
  return (
    <form method="post" action={`/moderation/reports/${reportId}/${action}`} class="card" novalidate>
      <h3>{t(`reports:review.${action}.title`)}</h3>
      <p class="muted">{t(`reports:review.${action}.explain`)}</p>
      <input type="hidden" name="version" value={String(version)} />
      <Field id={id} label={t("reports:review.note")} error={errors.note}>
        <textarea id={id} name="note" required aria-invalid={errors.note ? "true" : undefined} aria-describedby={describedBy(id, undefined, errors.note)}>
          {values.note ?? ""}
        </textarea>
      </Field>
      <button type="submit">{t(`reports:review.${action}.submit`)}</button>
    </form>
  );
}

/** Corrections opened from the report: the moderator's own draft can be continued. */
function Corrections({ corrections, userId }: { corrections: ReportCorrection[]; userId: string }) {
  const { t } = useI18n();
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">{t("reports:review.corrections.title")}</h2>
      <ul>
        {corrections.map((c) => (
          <li data-revision={c.revisionId}>
            {c.status === "draft" ? (
              c.submitterId === userId ? (
                <a href={`/submit/${c.revisionId}/person`}>{t("reports:review.corrections.continue")}</a>
              ) : (
                t("reports:review.corrections.othersDraft")
              )
            ) : (
              <a href={`/moderation/revisions/${c.revisionId}`}>{t("reports:review.corrections.review")}</a>
            )}{" "}
            <span class="muted">({t(`reports:review.corrections.statuses.${c.status}`)}{c.note ? ` · ${c.note}` : ""})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface ReportReviewProps {
  loaded: LoadedReport;
  corrections: ReportCorrection[];
  history: AuditView[];
  userId: string;
  now: number;
  errors?: FormErrors;
  values?: FormValues;
  failedAction?: string;
}

export function ReportReviewPage({ loaded, corrections, history, userId, now, errors, values, failedAction }: ReportReviewProps) {
  const { t } = useI18n();
  const { report } = loaded;
  const open = report.status === "open";
  const held = report.claimedBy !== null && (report.claimedUntil ?? 0) > now;
  const asReport = { id: report.id, version: report.version };
  const failed = (action: string) => (failedAction === action ? { errors, values } : {});
  return (
    <article>
      <p class="muted"><a href="/moderation">{t("moderation:queue.title")}</a></p>
      <h1>{t("reports:review.title", { kind: t(`reports:kinds.${report.kind}`) })}</h1>
      {errors?._form ? <p class="field__error" role="alert">{errors._form}</p> : null}
      <dl class="review__facts">
        <dt>{t("reports:review.memorial")}</dt>
        <dd>
          <a href={`/moderation/memorials/${report.memorialId}`}>{loaded.memorialName ?? report.memorialId}</a>
          {loaded.memorialStatus ? ` · ${t(`moderation:memorialStatuses.${loaded.memorialStatus}`)}` : ""}
        </dd>
        <dt>{t("moderation:review.status")}</dt>
        <dd data-status={report.status}>{t(`reports:statuses.${report.status}`)} · v{report.version}</dd>
        <dt>{t("reports:review.received")}</dt>
        <dd><StaffTime at={report.createdAt} /></dd>
        {report.resolutionNote ? <><dt>{t("reports:review.note")}</dt><dd>{report.resolutionNote}</dd></> : null}
      </dl>
      <h2>{t("reports:review.message")}</h2>
      <blockquote class="report-message">{report.message}</blockquote>
      <Corrections corrections={corrections} userId={userId} />
      {open ? (
        <section aria-labelledby="act">
          <h2 id="act">{t("reports:review.act")}</h2>
          <p>
            {held
              ? report.claimedBy === userId
                ? withElement(t("moderation:claim.mine", { until: SLOT }), <StaffTime at={report.claimedUntil!} style="time" />)
                : withElement(t("moderation:claim.other", { name: loaded.claimedByName ?? "?", until: SLOT }), <StaffTime at={report.claimedUntil!} style="time" />)
              : t("moderation:claim.free")}
          </p>
          {!held || report.claimedBy === userId ? (
            <form method="post" action={`/moderation/reports/${report.id}/claim`}>
              <button type="submit">{t("moderation:claim.take")}</button>
            </form>
          ) : null}
          <NoteForm reportId={report.id} version={report.version} action="resolve" {...failed("resolve")} />
          {loaded.memorialStatus === "published" && loaded.memorialVersion !== null ? (
            <>
              <MemorialActionForm memorialId={report.memorialId} version={loaded.memorialVersion} action="withhold" report={asReport} reasonRequired {...failed("withhold")} />
              <MemorialActionForm memorialId={report.memorialId} version={loaded.memorialVersion} action="merge" report={asReport} reasonRequired {...failed("merge")} />
              <NoteForm reportId={report.id} version={report.version} action="correction" {...failed("correction")} />
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="history">
        <h2 id="history">{t("moderation:history.title")}</h2>
        <AuditList entries={history} />
      </section>
    </article>
  );
}
