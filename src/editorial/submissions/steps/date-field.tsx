/** The date field: the family's words, with the EDTF code for researchers folded away. */
import { useI18n } from "../../../platform/views/i18n";
import { TextInput } from "../components/inputs";
import { dateCode, dateWords } from "../form/date-input";

export function DateField({
  name,
  label,
  hint,
  date,
  error,
}: {
  name: string;
  label: string;
  hint?: string;
  date: unknown;
  error?: string;
}) {
  const { t, locale } = useI18n();
  const words = dateWords(date, locale);
  const code = dateCode(date);
  return (
    <div class="date-field">
      <TextInput name={name} label={label} hint={hint} value={words} error={error} />
      <input type="hidden" name={`${name}_shown`} value={words} />
      <input type="hidden" name={`${name}_edtf_shown`} value={code} />
      <details class="date-field__code" open={code !== "" && error !== undefined}>
        <summary>{t("submissions:fate.edtf")}</summary>
        <TextInput
          name={`${name}_edtf`}
          label={t("submissions:fate.edtf")}
          hint={t("submissions:fate.edtfHint")}
          value={code}
        />
      </details>
    </div>
  );
}
