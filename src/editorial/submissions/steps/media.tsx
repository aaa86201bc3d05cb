/**
 * Step 7: photos and documents. Files are uploaded on the media upload page (it works without
 * JavaScript and keeps files private until approval); it returns here and the file is attached
 * to the draft (see `attachMedia`). Its button saves the step first, then opens the upload page. This step shows the attached files, lets the submitter
 * correct a caption or credit, and remove a file from the entry.
 */
import { LICENCES } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { TextInput } from "../components/inputs";
import { RowFieldset } from "../components/rows";
import { localized, rowsOf, setLocalized, stringOf, assign, type Row } from "../form/draft";
import { isTicked, rowIndices, textValue } from "../form/form-values";
import type { StepModule, StepProps } from "./step";

function Fields({ draft, errors }: StepProps) {
  const { t, locale } = useI18n();
  const files = rowsOf(draft.media);
  return (
    <>
      <p class="lead">{t("submissions:media.intro")}</p>
      {files.length === 0 ? <p>{t("submissions:media.none")}</p> : null}
      {files.map((file, i) => {
        const field = (name: string) => `media.${i}.${name}`;
        const id = stringOf(file.id);
        const licence = stringOf(file.licence);
        return (
          <RowFieldset legend={t("submissions:media.fileN", { n: i + 1 })} removeName={field("remove")}>
            <input type="hidden" name={field("id")} value={id} />
            <p>
              <a href={`/media/${encodeURIComponent(id)}`}>
                <img src={`/media/${encodeURIComponent(id)}?size=thumb`} alt={t("submissions:media.preview", { n: i + 1 })} width="160" />
              </a>
            </p>
            {errors[field("id")] ? <p class="field__error">{errors[field("id")]}</p> : null}
            <TextInput name={field("caption")} label={t("submissions:media.caption")} value={localized(file.caption, locale)} error={errors[field("caption")]} />
            <TextInput name={field("credit")} label={t("submissions:media.credit")} value={stringOf(file.credit)} error={errors[field("credit")]} />
            <p class="field__hint">
              {t("submissions:media.licence")}: {(LICENCES as readonly string[]).includes(licence) ? t(`media:upload.licences.${licence as (typeof LICENCES)[number]}`) : licence}
            </p>
          </RowFieldset>
        );
      })}
      {/* A button of the step form: what was typed here is saved before the upload page opens. */}
      <p>
        <button type="submit" name="action" value="upload" class="button">
          {t("submissions:media.add")}
        </button>
      </p>
      <p class="field__hint">{t("submissions:media.saveFirst")}</p>
    </>
  );
}

export const mediaStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const current = rowsOf(draft.media);
    const byId = new Map(current.map((row) => [stringOf(row.id), row]));
    const kept: Row[] = [];
    for (const i of rowIndices(values, "media")) {
      const id = values[`media.${i}.id`];
      const row = id ? byId.get(id) : undefined;
      // Only files already attached can be edited here; attaching goes through the upload page.
      if (!row || isTicked(values, `media.${i}.remove`)) continue;
      const next = { ...row };
      setLocalized(next, "caption", locale, textValue(values, `media.${i}.caption`, 5_000));
      assign(next, "credit", textValue(values, `media.${i}.credit`, 300));
      kept.push(next);
    }
    return { draft: { ...draft, media: kept } };
  },
};
