/** The people of an import, to choose from, and what the contributor says about them. */
import type { FormErrors } from "../../../platform/http/forms";
import { RELATIONSHIPS } from "../../../platform/db/schema";
import { Field } from "../../../platform/views/components/form-field";
import { describeWarnings, readStoredWarnings } from "../../../editorial/revisions/plausibility-warnings";
import { useI18n } from "../../../platform/views/i18n";
import { describeNote, readNotes } from "../../../editorial/revisions/import-notes";
import type { ImportRow } from "../imports.queries";

export function PeopleForm({ jobId, rows, nextAfter, errors }: { jobId: string; rows: ImportRow[]; nextAfter: number | null; errors?: FormErrors }) {
  const { t, locale } = useI18n();
  const err = (k: string) => errors?.[k];
  return (
    <form method="post" action={`/import/${jobId}/submit`} class="stack">
      <h2>{t("imports:people")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("imports:select")}</th>
              <th scope="col">{t("imports:name")}</th>
              <th scope="col">{t("imports:birth")}</th>
              <th scope="col">{t("imports:death")}</th>
              <th scope="col">{t("imports:state")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const warnings = readNotes(row.warnings).map((note) => describeNote(note, t, locale));
              const implausible = describeWarnings(readStoredWarnings(row.plausibility), t, locale);
              const id = `row-${row.row}`;
              const choosable = row.status === "draft" || row.status === "held";
              return (
                <tr>
                  <td>
                    {choosable ? (
                      <input type="checkbox" id={id} name="row" value={String(row.row)} aria-label={`${t("imports:select")}: ${row.name}`} aria-describedby={row.status === "held" ? `${id}-held` : undefined} />
                    ) : null}
                  </td>
                  <td>
                    {choosable ? <label for={id}>{row.name}</label> : row.name}
                    {row.status === "held" ? <p class="notice notice--warning" id={`${id}-held`}>{t("importNotes:heldHint")}</p> : null}
                    {warnings.length ? (
                      <details>
                        <summary>{t("imports:warnings")}</summary>
                        <ul>{warnings.map((w) => <li>{w}</li>)}</ul>
                      </details>
                    ) : null}
                    {implausible.length ? (
                      <details class="plausibility" data-warnings={String(implausible.length)}>
                        <summary>{t("plausibility:count", { count: implausible.length })}</summary>
                        <ul>{implausible.map((w) => <li data-code={w.code}>{w.message}</li>)}</ul>
                      </details>
                    ) : null}
                    {row.error ? <p class="field__error">{row.error}</p> : null}
                  </td>
                  <td>{row.birth ?? ""}</td>
                  <td>{row.death ?? ""}</td>
                  <td>
                    {t(`imports:rowStates.${row.status}`)}
                    {row.revisionId ? (
                      <>
                        {" "}
                        <a href={row.status === "needs_edit" ? `/submit/${row.revisionId}/person` : `/my/submissions/${row.revisionId}`}>{t("imports:openRevision")}</a>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {nextAfter !== null ? <p><a href={`/import/${jobId}?after=${nextAfter}`}>{t("imports:more")}</a></p> : null}
      <fieldset>
        <legend>{t("imports:submitter")}</legend>
        <Field id="import-relationship" label={t("imports:relationship")} error={err("submitter.relationship")}>
          <select id="import-relationship" name="relationship" required>
            <option value=""></option>
            {RELATIONSHIPS.map((r) => <option value={r}>{t(`submissions:submitter.relationships.${r}`)}</option>)}
          </select>
        </Field>
        <Field id="import-note" label={t("imports:note")}>
          <textarea id="import-note" name="note" rows={3}></textarea>
        </Field>
        <div class="field field--checkbox">
          <input id="import-show-name" type="checkbox" name="show_name" value="1" />
          <label for="import-show-name">{t("imports:showName")}</label>
        </div>
        <div class={err("consent.publish") ? "field field--checkbox field--error" : "field field--checkbox"}>
          {err("consent.publish") ? <p class="field__error" id="import-consent-error">{err("consent.publish")}</p> : null}
          <input id="import-consent" type="checkbox" name="consent" value="1" required aria-describedby={err("consent.publish") ? "import-consent-error" : undefined} />
          <label for="import-consent">{t("imports:consent")}</label>
        </div>
      </fieldset>
      {err("rows") ? <p class="field__error" role="alert">{err("rows")}</p> : null}
      <div class="actions">
        <button type="submit" class="button button--primary">{t("imports:sendSelected")}</button>
        <button type="submit" name="all" value="1" class="button">{t("imports:sendAll")}</button>
      </div>
    </form>
  );
}
