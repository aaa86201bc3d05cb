/** /import: the upload form and the contributor's imports. */
import { Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";
import type { ImportJob } from "./imports.queries";

export function ImportStartPage({ jobs, error }: { jobs: ImportJob[]; error?: string }) {
  const { t, locale } = useI18n();
  return (
    <article class="import">
      <h1>{t("imports:title")}</h1>
      <p>{t("imports:intro")}</p>
      <form method="post" action="/import" enctype="multipart/form-data" class="stack">
        {error ? (
          <div class="error-summary" role="alert">
            <p>{error}</p>
          </div>
        ) : null}
        <Field id="import-file" label={t("imports:file")} error={error}>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".ged,.gedcom,.csv,.tsv,.txt"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "import-file-error" : undefined}
          />
        </Field>
        <button type="submit" class="button button--primary">
          {t("imports:upload")}
        </button>
      </form>
      <h2>{t("imports:yours")}</h2>
      {jobs.length === 0 ? (
        <p>{t("imports:none")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("imports:columns.file")}</th>
                <th scope="col">{t("imports:columns.status")}</th>
                <th scope="col">{t("imports:columns.people")}</th>
                <th scope="col">{t("imports:columns.started")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr>
                  <td>
                    <a href={`/import/${job.id}`}>{job.filename ?? job.id}</a>
                  </td>
                  <td>{t(`imports:status.${job.status}`)}</td>
                  <td>{job.people.toLocaleString(locale)}</td>
                  <td>{new Date(job.createdAt).toLocaleDateString(locale, { timeZone: "UTC" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
