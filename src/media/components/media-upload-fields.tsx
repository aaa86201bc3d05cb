/**
 * The fields of one file upload (file, caption, credit, date, source, licence, rights). Used by
 * /media/new and embeddable in any form with `method="post" enctype="multipart/form-data"`
 * whose handler calls `handleMediaForm` (media.form.ts).
 */
import { LICENCES } from "../../domain/person-document";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";

export interface MediaFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export function MediaUploadFields({ values, errors }: MediaFormState) {
  const { t } = useI18n();
  const text = (name: "caption" | "credit" | "date" | "source", hint: string) => (
    <Field id={`media-${name}`} label={t(`media:upload.${name}`)} hint={hint} error={errors[name]}>
      <input
        id={`media-${name}`}
        name={name}
        type="text"
        value={values[name] ?? ""}
        aria-invalid={errors[name] ? "true" : undefined}
        aria-describedby={describedBy(`media-${name}`, hint, errors[name])}
      />
    </Field>
  );
  const fileHint = t("media:upload.fileHint");
  return (
    <>
      <Field id="media-file" label={t("media:upload.file")} hint={fileHint} error={errors.file}>
        <input
          id="media-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/tiff,application/pdf"
          aria-invalid={errors.file ? "true" : undefined}
          aria-describedby={describedBy("media-file", fileHint, errors.file)}
        />
      </Field>
      {text("caption", t("media:upload.captionHint"))}
      {text("credit", t("media:upload.creditHint"))}
      {text("date", t("media:upload.dateHint"))}
      {text("source", t("media:upload.sourceHint"))}
      <fieldset
        class={errors.licence ? "field field--error" : "field"}
        aria-describedby={errors.licence ? "media-licence-error" : undefined}
      >
        <legend>{t("media:upload.licence")}</legend>
        {errors.licence ? (
          <p class="field__error" id="media-licence-error">
            {errors.licence}
          </p>
        ) : null}
        {LICENCES.map((licence) => (
          <label class="choice">
            <input
              type="radio"
              name="licence"
              value={licence}
              checked={values.licence === licence}
              required
            />{" "}
            {t(`media:upload.licences.${licence}`)}
          </label>
        ))}
      </fieldset>
      <div class={errors.rights_confirmed ? "field field--error" : "field"}>
        {errors.rights_confirmed ? (
          <p class="field__error" id="media-rights-error">
            {errors.rights_confirmed}
          </p>
        ) : null}
        <label class="choice">
          <input
            type="checkbox"
            name="rights_confirmed"
            value="true"
            required
            checked={values.rights_confirmed === "true"}
            aria-invalid={errors.rights_confirmed ? "true" : undefined}
            aria-describedby={errors.rights_confirmed ? "media-rights-error" : undefined}
          />{" "}
          {t("media:upload.rights")}
        </label>
      </div>
    </>
  );
}
