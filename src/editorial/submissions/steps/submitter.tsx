/** Step 7: who the submitter is to the person, a note, whether their name is shown, consent. */
import { RELATIONSHIPS } from "../../../platform/db/schema";
import { useI18n } from "../../../platform/views/i18n";
import { Choices, TextArea } from "../components/inputs";
import { choiceValue, isTicked, textValue } from "../form/form-values";
import type { StepModule, StepProps } from "./step";

function Fields({ revision, errors }: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <p class="lead">{t("submissions:submitter.intro")}</p>
      <Choices
        name="relationship"
        label={t("submissions:submitter.relationship")}
        value={revision.relationship ?? undefined}
        options={RELATIONSHIPS.map((r): [string, string] => [
          r,
          t(`submissions:submitter.relationships.${r}`),
        ])}
        error={errors.relationship}
      />
      <TextArea
        name="note"
        label={t("submissions:submitter.note")}
        hint={t("submissions:submitter.noteHint")}
        value={revision.submitterNote ?? ""}
        rows={4}
        error={errors.note}
      />
      <Choices
        name="show_name"
        label={t("submissions:submitter.showName")}
        value={revision.showName ? "yes" : "no"}
        options={[
          ["yes", t("submissions:submitter.showNameYes")],
          ["no", t("submissions:submitter.showNameNo")],
        ]}
      />
      <Choices
        name="consent"
        type="checkbox"
        label={t("submissions:submitter.consentLegend")}
        value={revision.consentPublish ? "yes" : undefined}
        options={[["yes", t("submissions:submitter.consent")]]}
        error={errors.consent}
      />
    </>
  );
}

export const submitterStep: StepModule = {
  Fields,
  apply(draft, values) {
    return {
      draft,
      changes: {
        relationship: choiceValue(values, "relationship", RELATIONSHIPS) ?? null,
        submitterNote: textValue(values, "note", 5_000) ?? null,
        showName: values.show_name === "yes",
        consentPublish: isTicked(values, "consent"),
      },
    };
  },
};
