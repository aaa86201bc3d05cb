/** The column-mapping step of a CSV import: a select per fact, the list's source, a preview. */
import type { FormErrors, FormValues } from "../../../platform/http/forms";
import { SOURCE_KINDS } from "../../../domain/person-document";
import { Field } from "../../../platform/views/components/form-field";
import { useI18n } from "../../../platform/views/i18n";
import { CSV_FIELDS, guessColumns } from "../csv-mapping";
import type { CsvPreview } from "../import-jobs";

export function MappingForm({ jobId, preview, values, errors }: { jobId: string; preview: CsvPreview; values?: FormValues; errors?: FormErrors }) {
  const { t } = useI18n();
  const guess = guessColumns(preview.header);
  const chosen = (field: string) => (values ? (values[`columns.${field}`] ?? "") : String(guess[field as keyof typeof guess] ?? ""));
  const err = (path: string) => errors?.[path];
  return (
    <form method="post" action={`/import/${jobId}/mapping`} class="stack">
      <h2>{t("imports:mapping.title")}</h2>
      <p>{t("imports:mapping.intro")}</p>
      <h3>{t("imports:mapping.preview")}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>{preview.header.map((h) => <th scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {preview.samples.map((row) => (
              <tr>{preview.header.map((_, i) => <td>{row[i] ?? ""}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>{t("imports:mapping.title")}</legend>
        {CSV_FIELDS.map((field) => (
          <Field id={`map-${field}`} label={t(`imports:fields.${field}`)} error={err(`columns.${field}`)}>
            <select id={`map-${field}`} name={`columns.${field}`} aria-describedby={err(`columns.${field}`) ? `map-${field}-error` : undefined}>
              <option value="">{t("imports:mapping.notInList")}</option>
              {preview.header.map((h, i) => (
                <option value={String(i)} selected={chosen(field) === String(i)}>
                  {`${i + 1}: ${h}`}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("imports:mapping.source")}</legend>
        <Field id="map-source-kind" label={t("imports:mapping.sourceKind")}>
          <select id="map-source-kind" name="source.kind">
            {SOURCE_KINDS.map((k) => (
              <option value={k} selected={(values?.["source.kind"] ?? "archive") === k}>
                {t(`submissions:sourceKinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="map-citation" label={t("imports:mapping.citation")} error={err("source.citation")}>
          <textarea id="map-citation" name="source.citation" rows={3} required aria-describedby={err("source.citation") ? "map-citation-error" : undefined}>
            {values?.["source.citation"] ?? ""}
          </textarea>
        </Field>
      </fieldset>
      <div class="field field--checkbox">
        <input id="map-header" type="checkbox" name="header_row" value="1" checked={values ? values.header_row === "1" : true} />
        <label for="map-header">{t("imports:mapping.headerRow")}</label>
      </div>
      <Field id="map-encoding" label={t("imports:mapping.encoding")}>
        <select id="map-encoding" name="encoding">
          {["", "UTF-8", "WINDOWS-1252"].map((e) => (
            <option value={e} selected={(values?.encoding ?? "") === e}>
              {e || "auto"}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" class="button button--primary">
        {t("imports:mapping.save")}
      </button>
    </form>
  );
}
