/** Step 2: the events of the person's life and fate, with dates as the family words them. */
import { AGENCIES, EVENT_TYPES, SENTENCING_BODIES } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { Select, TextArea, TextInput } from "../components/inputs";
import { AddAnother, RowFieldset } from "../components/rows";
import { readDateInput } from "../form/date-input";
import {
  assign,
  localized,
  otherLanguages,
  rowsOf,
  setLocalized,
  stringOf,
  type Row,
} from "../form/draft";
import { choiceValue, isTicked, rowIndices, textValue } from "../form/form-values";
import { DateField } from "./date-field";
import type { StepModule, StepProps } from "./step";

function Fields({ draft, errors }: StepProps) {
  const { t, locale } = useI18n();
  const events = rowsOf(draft.events);
  const types = EVENT_TYPES.map((e): [string, string] => [e, t(`memorials:eventTypes.${e}`)]);
  const agencies = AGENCIES.map((a): [string, string] => [a, t(`evidence:agencies.${a}`)]);
  const bodies = SENTENCING_BODIES.map((b): [string, string] => [b, t(`evidence:sentencingBodies.${b}`)]);
  return (
    <>
      <p class="lead">{t("submissions:fate.intro")}</p>
      {[...events, {} as Row].map((event, i) => {
        const isNew = i === events.length;
        const place = (event.place ?? {}) as Row;
        const others = otherLanguages(event.description, locale);
        return (
          <RowFieldset
            legend={
              isNew ? t("submissions:fate.newEvent") : t("submissions:fate.eventN", { n: i + 1 })
            }
            removeName={isNew ? undefined : `events.${i}.remove`}
          >
            <Select
              name={`events.${i}.type`}
              label={t("submissions:fate.type")}
              options={types}
              value={stringOf(event.type)}
              placeholder={t("submissions:fate.choose")}
              error={errors[`events.${i}.type`]}
            />
            <DateField
              name={`events.${i}.date`}
              label={t("submissions:fate.date")}
              hint={t("submissions:fate.dateHint")}
              date={event.date}
              error={errors[`events.${i}.date`]}
            />
            <div class="field-pair">
              <TextInput
                name={`events.${i}.place`}
                label={t("submissions:fate.place")}
                hint={t("submissions:fate.placeHint")}
                value={stringOf(place.name)}
                error={errors[`events.${i}.place`]}
              />
              <TextInput
                name={`events.${i}.modern_place`}
                label={t("submissions:fate.modernPlace")}
                value={stringOf(place.modern_name)}
                error={errors[`events.${i}.modern_place`]}
              />
            </div>
            <TextArea
              name={`events.${i}.description`}
              label={t("submissions:fate.description")}
              value={localized(event.description, locale)}
              error={errors[`events.${i}.description`]}
              rows={3}
            />
            {others.length ? (
              <p class="muted">
                {t("submissions:fate.otherLanguages", { languages: others.join(", ") })}
              </p>
            ) : null}
            <div class="field-pair">
              <Select
                name={`events.${i}.agency`}
                label={t("submissions:fate.agency")}
                options={agencies}
                value={stringOf(event.agency)}
                placeholder={t("submissions:fate.agencyNotKnown")}
                error={errors[`events.${i}.agency`]}
              />
              <TextInput
                name={`events.${i}.agency_note`}
                label={t("submissions:fate.agencyNote")}
                hint={t("submissions:fate.agencyNoteHint")}
                value={stringOf(event.agency_note)}
                error={errors[`events.${i}.agency_note`]}
              />
            </div>
            <VerdictFields event={event} i={i} bodies={bodies} errors={errors} />
          </RowFieldset>
        );
      })}
      <AddAnother />
    </>
  );
}

/**
 * Charge, sentencing body and sentence as the file states them, folded away unless given or
 * wrong: most events have none, and a charge is not a fact (docs/evidence.md).
 */
function VerdictFields({ event, i, bodies, errors }: { event: Row; i: number; bodies: Array<[string, string]>; errors: Record<string, string> }) {
  const { t } = useI18n();
  const field = (name: string) => `events.${i}.${name}`;
  const open = Boolean(event.charge || event.sentencing_body || event.sentence || VERDICT_FIELDS.some((f) => errors[field(f)]));
  return (
    <details class="verdict" open={open}>
      <summary>{t("submissions:fate.verdict")}</summary>
      <p class="field__hint">{t("submissions:fate.verdictHint")}</p>
      <TextInput name={field("charge")} label={t("submissions:fate.charge")} hint={t("submissions:fate.chargeHint")} value={stringOf(event.charge)} error={errors[field("charge")]} />
      <Select
        name={field("sentencing_body")}
        label={t("submissions:fate.sentencingBody")}
        options={bodies}
        value={stringOf(event.sentencing_body)}
        placeholder={t("submissions:fate.agencyNotKnown")}
        error={errors[field("sentencing_body")]}
      />
      <TextInput name={field("sentence")} label={t("submissions:fate.sentence")} value={stringOf(event.sentence)} error={errors[field("sentence")]} />
    </details>
  );
}

const VERDICT_FIELDS = ["charge", "sentencing_body", "sentence"] as const;

function readPlace(values: Record<string, string>, i: number, existing: unknown): Row | undefined {
  const name = textValue(values, `events.${i}.place`, 300);
  const modern = textValue(values, `events.${i}.modern_place`, 300);
  if (!name && !modern) return undefined;
  const place: Row = { ...(existing as Row | undefined) };
  assign(place, "name", name);
  assign(place, "modern_name", modern);
  return place;
}

export const fateStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const existing = rowsOf(draft.events);
    const events: Row[] = [];
    for (const i of rowIndices(values, "events")) {
      if (isTicked(values, `events.${i}.remove`)) continue;
      const row: Row = { ...existing[i] };
      assign(row, "type", choiceValue(values, `events.${i}.type`, EVENT_TYPES));
      assign(row, "date", readDateInput(values, `events.${i}.date`, row.date));
      assign(row, "place", readPlace(values, i, row.place));
      setLocalized(row, "description", locale, textValue(values, `events.${i}.description`, 5_000));
      assign(row, "agency", choiceValue(values, `events.${i}.agency`, AGENCIES));
      assign(row, "agency_note", textValue(values, `events.${i}.agency_note`, 300));
      assign(row, "charge", textValue(values, `events.${i}.charge`, 300));
      assign(row, "sentencing_body", choiceValue(values, `events.${i}.sentencing_body`, SENTENCING_BODIES));
      assign(row, "sentence", textValue(values, `events.${i}.sentence`, 300));
      const filled = row.type || row.date || row.place || row.description;
      if (i >= existing.length && !filled) continue;
      events.push(row);
    }
    return { draft: { ...draft, events } };
  },
};
