import type { Child } from "hono/jsx";
import { useI18n } from "../../../platform/views/i18n";
import { fieldId } from "../form/form-values";

/** One repeated entry (a name, an event, a source…) with its heading and a remove box. */
export function RowFieldset({
  legend,
  removeName,
  children,
}: {
  legend: string;
  removeName?: string;
  children: Child;
}) {
  const { t } = useI18n();
  const id = removeName ? fieldId(removeName) : undefined;
  return (
    <fieldset class="row">
      <legend>{legend}</legend>
      {children}
      {removeName ? (
        <div class="choice row__remove">
          <input id={id} type="checkbox" name={removeName} value="on" />
          <label for={id}>{t("submissions:actions.remove")}</label>
        </div>
      ) : null}
    </fieldset>
  );
}

export function AddAnother() {
  const { t } = useI18n();
  return (
    <p>
      <button type="submit" name="action" value="add" class="button">
        {t("submissions:actions.add")}
      </button>
    </p>
  );
}
