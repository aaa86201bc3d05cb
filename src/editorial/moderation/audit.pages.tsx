import type { FormErrors, FormValues } from "../../platform/http/forms";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";
import type { AuditView } from "./audit.queries";
import { AUDIT_ACTIONS } from "./audit.messages";
import { ActionLabel, ActorName, entryNote, SubjectLink } from "./components/audit-entry";
import { StaffTime } from "./components/staff-time";

export interface AuditPageProps {
  staff: Array<{ id: string; name: string | null }>;
  /** The name of a filtered actor who is not staff (reached through "only this person"). */
  actorName: string | null;
  values: FormValues;
  errors: FormErrors;
  entries: AuditView[];
  nextHref: string | null;
}

const GROUPS: Array<["revision" | "memorial" | "report" | "media" | "user" | "other", string[]]> = [
  ["revision", ["revision"]],
  ["memorial", ["memorial"]],
  ["report", ["report"]],
  ["media", ["media"]],
  ["user", ["user", "session"]],
  ["other", ["import", "search", "moderation"]],
];

function ActionSelect({ value }: { value: string | undefined }) {
  const { t } = useI18n();
  return (
    <select id="audit-action" name="action">
      <option value="">{t("audit:page.anything")}</option>
      {GROUPS.map(([group, families]) => (
        <optgroup label={t(`audit:groups.${group}`)}>
          {AUDIT_ACTIONS.filter((a) => families.includes(a.split(".")[0]!)).map((action) => (
            <option value={action} selected={value === action}>
              <ActionLabel action={action} />
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

function Filters({ staff, actorName, values, errors }: Pick<AuditPageProps, "staff" | "actorName" | "values" | "errors">) {
  const { t } = useI18n();
  const actorIsOther = values.actor && !staff.some((s) => s.id === values.actor);
  const dateField = (name: "from" | "to") => (
    <Field id={`audit-${name}`} label={t(`audit:page.${name}`)} hint={t("audit:page.datesHint")} error={errors[name]}>
      <input
        type="date"
        id={`audit-${name}`}
        name={name}
        value={values[name] ?? ""}
        aria-invalid={errors[name] ? "true" : undefined}
        aria-describedby={describedBy(`audit-${name}`, t("audit:page.datesHint"), errors[name])}
      />
    </Field>
  );
  return (
    <form method="get" action="/moderation/audit" class="card audit-filters" aria-label={t("audit:page.filters")} novalidate>
      <Field id="audit-actor" label={t("audit:page.actor")}>
        <select id="audit-actor" name="actor">
          <option value="">{t("audit:page.anyone")}</option>
          {actorIsOther ? (
            <option value={values.actor} selected>
              {actorName ?? t("audit:unnamed")}
            </option>
          ) : null}
          {staff.map((s) => (
            <option value={s.id} selected={values.actor === s.id}>
              {s.name ?? t("audit:unnamed")}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-action" label={t("audit:page.action")}>
        <ActionSelect value={values.action} />
      </Field>
      {dateField("from")}
      {dateField("to")}
      <Field id="audit-subject" label={t("audit:page.subject")} hint={t("audit:page.subjectHint")} error={errors.subject_id}>
        <input
          type="text"
          id="audit-subject"
          name="subject_id"
          value={values.subject_id ?? ""}
          aria-describedby={describedBy("audit-subject", t("audit:page.subjectHint"), errors.subject_id)}
        />
      </Field>
      <p>
        <button type="submit">{t("audit:page.show")}</button> <a href="/moderation/audit">{t("audit:page.clear")}</a>
      </p>
    </form>
  );
}

function Entries({ entries }: { entries: AuditView[] }) {
  const { t } = useI18n();
  return (
    <div class="table-wrap">
      <table class="audit-table">
        <caption class="visually-hidden">{t("audit:page.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit:cols.when")}</th>
            <th scope="col">{t("audit:cols.who")}</th>
            <th scope="col">{t("audit:cols.what")}</th>
            <th scope="col">{t("audit:cols.subject")}</th>
            <th scope="col">{t("audit:cols.note")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td><StaffTime at={e.at} /></td>
              <td><ActorName entry={e} /></td>
              <td>
                <ActionLabel action={e.action} />
                {e.subject_version !== null ? <span class="muted"> · {t("audit:cols.version")} {e.subject_version}</span> : null}
              </td>
              <td><SubjectLink entry={e} /></td>
              <td>{entryNote(e) ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditPage({ staff, actorName, values, errors, entries, nextHref }: AuditPageProps) {
  const { t } = useI18n();
  return (
    <section>
      <p class="muted"><a href="/moderation">{t("moderation:queue.title")}</a></p>
      <h1>{t("audit:page.title")}</h1>
      <p class="lead">{t("audit:page.intro")}</p>
      <Filters staff={staff} actorName={actorName} values={values} errors={errors} />
      {Object.keys(errors).length ? null : entries.length === 0 ? <p>{t("audit:page.empty")}</p> : <Entries entries={entries} />}
      {nextHref ? <p><a href={nextHref} rel="next">{t("audit:page.older")}</a></p> : null}
    </section>
  );
}
