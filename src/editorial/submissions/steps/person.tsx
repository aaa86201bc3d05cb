/** Step 1: the person's names (with their kinds and the main name) and, optionally, sex. */
import { NAME_KINDS, SEXES } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { Choices, Select, TextInput } from "../components/inputs";
import { AddAnother, RowFieldset } from "../components/rows";
import { assign, detectScript, rowsOf, stringOf, type Row } from "../form/draft";
import { choiceValue, isTicked, rowIndices, textValue } from "../form/form-values";
import type { StepModule, StepProps } from "./step";

function Fields({ draft, errors }: StepProps) {
  const { t } = useI18n();
  const names = rowsOf(draft.names);
  const rows = [...names, {}];
  const primaryIndex = Math.max(
    0,
    names.findIndex((n) => n.primary === true),
  );
  const kinds = NAME_KINDS.map((k): [string, string] => [k, t(`memorials:nameKinds.${k}`)]);
  return (
    <>
      <p class="lead">{t("submissions:person.intro")}</p>
      {errors.names ? (
        <p class="field__error" id="f-names">
          {errors.names}
        </p>
      ) : null}
      {rows.map((name, i) => {
        const isNew = i === names.length;
        return (
          <RowFieldset
            legend={
              isNew ? t("submissions:person.newName") : t("submissions:person.nameN", { n: i + 1 })
            }
            removeName={isNew ? undefined : `names.${i}.remove`}
          >
            <TextInput
              name={`names.${i}.display`}
              label={t("submissions:person.display")}
              hint={i === 0 ? t("submissions:person.displayHint") : undefined}
              value={stringOf(name.display)}
              error={errors[`names.${i}.display`]}
            />
            <div class="field-pair">
              <TextInput
                name={`names.${i}.given`}
                label={t("submissions:person.given")}
                value={stringOf(name.given)}
                error={errors[`names.${i}.given`]}
              />
              <TextInput
                name={`names.${i}.family`}
                label={t("submissions:person.family")}
                value={stringOf(name.family)}
                error={errors[`names.${i}.family`]}
              />
            </div>
            <Select
              name={`names.${i}.kind`}
              label={t("submissions:person.kind")}
              options={kinds}
              value={stringOf(name.kind) || "birth"}
              error={errors[`names.${i}.kind`]}
            />
            {isNew ? null : (
              <div class="choice">
                <input
                  id={`f-names-primary-${i}`}
                  type="radio"
                  name="names.primary"
                  value={String(i)}
                  checked={i === primaryIndex}
                />
                <label for={`f-names-primary-${i}`}>{t("submissions:person.primary")}</label>
              </div>
            )}
          </RowFieldset>
        );
      })}
      <AddAnother />
      <Choices
        name="sex"
        label={t("submissions:person.sex")}
        hint={t("submissions:person.sexHint")}
        value={stringOf(draft.sex)}
        options={[
          ["", t("submissions:person.sexNone")],
          ...SEXES.map((s): [string, string] => [s, t(`submissions:sexes.${s}`)]),
        ]}
        error={errors.sex}
      />
    </>
  );
}

export const personStep: StepModule = {
  Fields,
  apply(draft, values) {
    const existing = rowsOf(draft.names);
    const names: Row[] = [];
    let primary: Row | undefined;
    for (const i of rowIndices(values, "names")) {
      if (isTicked(values, `names.${i}.remove`)) continue;
      const given = textValue(values, `names.${i}.given`, 300);
      const family = textValue(values, `names.${i}.family`, 300);
      // Someone who fills in only given and family name means that name.
      const display =
        textValue(values, `names.${i}.display`, 300) ??
        ([given, family].filter(Boolean).join(" ") || undefined);
      if (i >= existing.length && !display) continue;
      const row: Row = { ...existing[i] };
      delete row.primary;
      assign(
        row,
        "kind",
        choiceValue(values, `names.${i}.kind`, NAME_KINDS) ?? row.kind ?? "birth",
      );
      assign(row, "display", display);
      assign(row, "given", given);
      assign(row, "family", family);
      if (display && !row.script) assign(row, "script", detectScript(display));
      if (values["names.primary"] === String(i)) primary = row;
      names.push(row);
    }
    (primary ?? names[0] ?? {}).primary = true;
    const next = { ...draft, names };
    assign(next, "sex", choiceValue(values, "sex", SEXES));
    return { draft: next };
  },
};
