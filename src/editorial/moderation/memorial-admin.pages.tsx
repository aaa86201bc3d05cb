import type { FormErrors, FormValues } from "../../platform/http/forms";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";
import { AuditList } from "./components/history";
import type { MemorialAdmin } from "./memorial-admin.queries";

export interface ActionFormProps {
  memorialId: string;
  version: number;
  action: "withhold" | "restore" | "merge" | "unmerge";
  errors?: FormErrors;
  values?: FormValues;
  /** Set when the action answers a report; the report is resolved with it. */
  report?: { id: string; version: number };
  reasonRequired?: boolean;
}

/** One memorial action (withhold, restore, merge, undo a merge) as a small form. */
export function MemorialActionForm({ memorialId, version, action, errors = {}, values = {}, report, reasonRequired }: ActionFormProps) {
  const { t } = useI18n();
  const id = (name: string) => `${action}-${name}`;
  const reasonHint = report ? t("moderation:memorial.reasonReportHint") : undefined;
  return (
    <form method="post" action={`/moderation/memorials/${memorialId}/${action}`} class="card" novalidate>
      <h3>{t(`moderation:memorial.actions.${action}`)}</h3>
      <p class="muted">{t(`moderation:memorial.explain.${action}`)}</p>
      <input type="hidden" name="version" value={String(version)} />
      {report ? <input type="hidden" name="report_id" value={report.id} /> : null}
      {report ? <input type="hidden" name="report_version" value={String(report.version)} /> : null}
      {action === "merge" ? (
        <Field id={id("survivor")} label={t("moderation:memorial.survivor")} hint={t("moderation:memorial.survivorHint")} error={errors.survivor_id}>
          <input type="text" id={id("survivor")} name="survivor_id" value={values.survivor_id ?? ""} required aria-invalid={errors.survivor_id ? "true" : undefined} aria-describedby={describedBy(id("survivor"), t("moderation:memorial.survivorHint"), errors.survivor_id)} />
        </Field>
      ) : null}
      <Field id={id("reason")} label={t(reasonRequired ? "moderation:memorial.reasonRequired" : "moderation:memorial.reason")} hint={reasonHint} error={errors.reason}>
        <textarea id={id("reason")} name="reason" required={reasonRequired} aria-invalid={errors.reason ? "true" : undefined} aria-describedby={describedBy(id("reason"), reasonHint, errors.reason)}>
          {values.reason ?? ""}
        </textarea>
      </Field>
      <button type="submit">{t(`moderation:memorial.actions.${action}`)}</button>
    </form>
  );
}

export function MemorialAdminPage({ admin, errors, values, failedAction }: { admin: MemorialAdmin; errors?: FormErrors; values?: FormValues; failedAction?: string }) {
  const { t } = useI18n();
  const { memorial } = admin;
  const formProps = (action: ActionFormProps["action"]) => ({
    memorialId: memorial.id,
    version: memorial.version,
    action,
    ...(failedAction === action ? { errors, values } : {}),
  });
  return (
    <article>
      <p class="muted"><a href="/moderation">{t("moderation:queue.title")}</a></p>
      <h1>{memorial.displayName}</h1>
      {errors?._form ? <p class="field__error" role="alert">{errors._form}</p> : null}
      <dl class="review__facts">
        <dt>{t("moderation:review.status")}</dt>
        <dd data-status={memorial.status}>{t(`moderation:memorialStatuses.${memorial.status}`)} · v{memorial.version}</dd>
        <dt>{t("moderation:memorial.publicPage")}</dt>
        <dd><a href={`/memorials/${memorial.slug}`}>/memorials/{memorial.slug}</a></dd>
        {memorial.withheldReason ? <><dt>{t("moderation:memorial.withheldReason")}</dt><dd>{memorial.withheldReason}</dd></> : null}
        {memorial.mergedIntoId ? <><dt>{t("moderation:memorial.mergedInto")}</dt><dd><a href={`/moderation/memorials/${memorial.mergedIntoId}`}>{memorial.mergedIntoId}</a></dd></> : null}
      </dl>
      <section aria-labelledby="actions">
        <h2 id="actions">{t("moderation:memorial.actionsTitle")}</h2>
        {memorial.status === "published" ? (
          <>
            <MemorialActionForm {...formProps("withhold")} reasonRequired />
            <MemorialActionForm {...formProps("merge")} />
          </>
        ) : null}
        {memorial.status === "withheld" ? <MemorialActionForm {...formProps("restore")} /> : null}
        {memorial.status === "merged" ? <MemorialActionForm {...formProps("unmerge")} /> : null}
      </section>
      <section aria-labelledby="revisions">
        <h2 id="revisions">{t("moderation:memorial.revisions")}</h2>
        <ul>
          {admin.revisions.map((r) => (
            <li>
              <a href={`/moderation/revisions/${r.id}`}>{r.id}</a> · {t(`moderation:kinds.${r.kind}`)} · {t(`moderation:statuses.${r.status}`)}
              {r.id === memorial.currentRevisionId ? ` · ${t("moderation:memorial.current")}` : ""}
            </li>
          ))}
        </ul>
      </section>
      {admin.reports.length ? (
        <section aria-labelledby="reports">
          <h2 id="reports">{t("moderation:memorial.reports")}</h2>
          <ul>
            {admin.reports.map((r) => (
              <li><a href={`/moderation/reports/${r.id}`}>{t(`reports:kinds.${r.kind}`)}</a> · {t(`reports:statuses.${r.status}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history">
        <h2 id="history">{t("moderation:history.title")}</h2>
        <AuditList entries={admin.history} />
      </section>
    </article>
  );
}
