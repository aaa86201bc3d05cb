/** Step 5: people related to the person, inside or outside the archive. */
import { CERTAINTIES, RELATION_TYPES } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { Select, TextArea, TextInput } from "../components/inputs";
import { AddAnother, RowFieldset } from "../components/rows";
import { assign, localized, rowsOf, setLocalized, stringOf, type Row } from "../form/draft";
import { choiceValue, isTicked, rowIndices, textValue } from "../form/form-values";
import type { StepModule, StepProps } from "./step";

function Fields({ draft, errors }: StepProps) {
  const { t, locale } = useI18n();
  const relations = rowsOf(draft.relations);
  const types = RELATION_TYPES.map((r): [string, string] => [r, t(`memorials:relationTypes.${r}`)]);
  return (
    <>
      <p class="lead">{t("submissions:relations.intro")}</p>
      {[...relations, {} as Row].map((relation, i) => {
        const isNew = i === relations.length;
        const field = (name: string) => `relations.${i}.${name}`;
        return (
          <RowFieldset
            legend={
              isNew
                ? t("submissions:relations.newRelation")
                : t("submissions:relations.relationN", { n: i + 1 })
            }
            removeName={isNew ? undefined : field("remove")}
          >
            <Select
              name={field("type")}
              label={t("submissions:relations.type")}
              options={types}
              value={stringOf(relation.type) || "spouse"}
              error={errors[field("type")]}
            />
            <TextInput
              name={field("name")}
              label={t("submissions:relations.name")}
              value={stringOf(relation.name)}
              error={errors[field("name")]}
            />
            {relation.memorial_id ? (
              <p class="muted">
                {t("submissions:relations.linked", {
                  name: stringOf(relation.name) || stringOf(relation.memorial_id),
                })}
              </p>
            ) : null}
            <TextInput
              name={field("memorial")}
              label={t("submissions:relations.memorial")}
              hint={t("submissions:relations.memorialHint")}
              value={stringOf(relation.memorial_id)}
              error={errors[field("memorial")]}
              list="memorial-choices"
              search="memorials"
            />
            <Select
              name={field("certainty")}
              label={t("submissions:relations.certainty")}
              options={CERTAINTIES.map((c): [string, string] => [c, t(`memorials:certainty.${c}`)])}
              value={stringOf(relation.certainty)}
              placeholder={t("submissions:relations.certaintyNotSaid")}
              error={errors[field("certainty")]}
            />
            <TextArea
              name={field("note")}
              label={t("submissions:relations.note")}
              value={localized(relation.note, locale)}
              rows={2}
              error={errors[field("note")]}
            />
          </RowFieldset>
        );
      })}
      <AddAnother />
      <datalist id="memorial-choices"></datalist>
      <script src="/js/memorial-link.js" defer></script>
    </>
  );
}

/**
 * The memorial a submitter links to: its id, or its permanent address (the citation's link), as
 * typed or as the search offers it. Anything else is kept as typed for the check to report.
 * @example memorialIdIn("https://zeugnis.example/memorials/mem_abc12345") // "mem_abc12345"
 */
function memorialIdIn(value: string | undefined): string | undefined {
  const typed = value?.trim();
  if (!typed) return undefined;
  return /\b(mem_[a-z0-9]{8,40})\b/.exec(typed)?.[1] ?? typed.slice(0, 300);
}

export const relationsStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const existing = rowsOf(draft.relations);
    const relations: Row[] = [];
    for (const i of rowIndices(values, "relations")) {
      if (isTicked(values, `relations.${i}.remove`)) continue;
      const row: Row = { ...existing[i] };
      assign(row, "name", textValue(values, `relations.${i}.name`, 300));
      setLocalized(row, "note", locale, textValue(values, `relations.${i}.note`, 5_000));
      if (`relations.${i}.memorial` in values) assign(row, "memorial_id", memorialIdIn(values[`relations.${i}.memorial`]));
      if (`relations.${i}.certainty` in values) assign(row, "certainty", choiceValue(values, `relations.${i}.certainty`, CERTAINTIES));
      if (i >= existing.length && !row.name && !row.note && !row.memorial_id) continue;
      assign(row, "type", choiceValue(values, `relations.${i}.type`, RELATION_TYPES) ?? row.type);
      relations.push(row);
    }
    return { draft: { ...draft, relations } };
  },
};
