/** /import/{id}: progress, the mapping step, the people to choose, and what happened to them. */
import type { FormErrors, FormValues } from "../../platform/http/forms";
import { useI18n } from "../../platform/views/i18n";
import { MappingForm } from "./components/mapping-form";
import { PeopleForm } from "./components/people-form";
import type { CsvPreview } from "./import-jobs";
import type { ImportJob, ImportRow, RowCounts } from "./imports.queries";
import { progressOf } from "./imports.shapes";

export interface JobPageProps {
  job: ImportJob;
  counts: RowCounts;
  rows: ImportRow[];
  nextAfter: number | null;
  values?: FormValues;
  errors?: FormErrors;
}

export function ImportJobPage({ job, counts, rows, nextAfter, values, errors }: JobPageProps) {
  const { t } = useI18n();
  const progress = progressOf(job, counts);
  const moving = job.status === "parsing" || job.status === "submitting" || job.status === "paused";
  return (
    <article class="import">
      <p><a href="/import">{t("imports:yours")}</a></p>
      <h1>{job.filename ?? job.id}</h1>
      <p>
        <strong>{t(`imports:status.${job.status}`)}</strong> · {t("imports:columns.people")}: {job.people}
      </p>
      <label for="import-progress">{t("imports:progress")}</label>{" "}
      <progress id="import-progress" max={1} value={progress} data-import={job.id}>
        {Math.round(progress * 100)}%
      </progress>{" "}
      <span>{Math.round(progress * 100)}%</span>
      {job.failedRow !== null ? (
        <div class="notice notice--warning" role="alert">
          <p>{t("imports:failedAt", { row: job.failedRow, message: job.failure ?? "" })}</p>
          <p>{t("imports:keptBefore")}</p>
        </div>
      ) : job.failure ? (
        <p class="notice">{job.failure}</p>
      ) : null}
      {moving ? (
        <form method="post" action={`/import/${job.id}/continue`} class="stack" data-auto-continue={job.status === "paused" ? undefined : job.id}>
          <p>{t("imports:continueHint")}</p>
          <button type="submit" class="button">{t("imports:continue")}</button>
        </form>
      ) : null}
      {job.status === "mapping" && job.header ? (
        <MappingForm jobId={job.id} preview={JSON.parse(job.header) as CsvPreview} values={values} errors={errors} />
      ) : null}
      {!moving && job.status !== "mapping" && rows.length ? <PeopleForm jobId={job.id} rows={rows} nextAfter={nextAfter} errors={errors} /> : null}
      {moving ? <script src="/js/import-progress.js" defer></script> : null}
    </article>
  );
}
