/** Step 6: Stolpersteine, plaques, graves and monuments that remember the person. */
import { MARKER_KINDS } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { Select, TextArea, TextInput } from "../components/inputs";
import { AddAnother, RowFieldset } from "../components/rows";
import { readDateInput } from "../form/date-input";
import { assign, localized, rowsOf, setLocalized, stringOf, type Row } from "../form/draft";
import { choiceValue, isTicked, rowIndices, textValue } from "../form/form-values";
import { DateField } from "./date-field";
import type { StepModule, StepProps } from "./step";

function Fields({ draft, errors }: StepProps) {
  const { t, locale } = useI18n();
  const markers = rowsOf(draft.markers);
  const kinds = MARKER_KINDS.map((k): [string, string] => [k, t(`memorials:markerKinds.${k}`)]);
  return (
    <>
      <p class="lead">{t("submissions:markers.intro")}</p>
      {[...markers, {} as Row].map((marker, i) => {
        const isNew = i === markers.length;
        const field = (name: string) => `markers.${i}.${name}`;
        return (
          <RowFieldset
            legend={
              isNew
                ? t("submissions:markers.newMarker")
                : t("submissions:markers.markerN", { n: i + 1 })
            }
            removeName={isNew ? undefined : field("remove")}
          >
            <Select
              name={field("kind")}
              label={t("submissions:markers.kind")}
              options={kinds}
              value={stringOf(marker.kind) || "stolperstein"}
              error={errors[field("kind")]}
            />
            <TextInput
              name={field("address")}
              label={t("submissions:markers.address")}
              value={stringOf(marker.address)}
              error={errors[field("address")]}
            />
            <TextInput
              name={field("place")}
              label={t("submissions:markers.place")}
              value={stringOf((marker.place as Row | undefined)?.name)}
              error={errors[field("place")]}
            />
            <TextArea
              name={field("inscription")}
              label={t("submissions:markers.inscription")}
              value={stringOf(marker.inscription)}
              rows={3}
              error={errors[field("inscription")]}
            />
            <DateField
              name={field("installed")}
              label={t("submissions:markers.installed")}
              date={marker.installed}
              error={errors[field("installed")]}
            />
            <TextArea
              name={field("note")}
              label={t("submissions:markers.note")}
              value={localized(marker.note, locale)}
              rows={2}
              error={errors[field("note")]}
            />
          </RowFieldset>
        );
      })}
      <AddAnother />
    </>
  );
}

export const markersStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const existing = rowsOf(draft.markers);
    const markers: Row[] = [];
    for (const i of rowIndices(values, "markers")) {
      if (isTicked(values, `markers.${i}.remove`)) continue;
      const row: Row = { ...existing[i] };
      const field = (name: string) => `markers.${i}.${name}`;
      assign(row, "address", textValue(values, field("address"), 300));
      assign(row, "inscription", textValue(values, field("inscription"), 5_000));
      const placeName = textValue(values, field("place"), 300);
      assign(
        row,
        "place",
        placeName ? { ...(row.place as Row | undefined), name: placeName } : undefined,
      );
      assign(row, "installed", readDateInput(values, field("installed"), row.installed));
      setLocalized(row, "note", locale, textValue(values, field("note"), 5_000));
      if (
        i >= existing.length &&
        !row.address &&
        !row.inscription &&
        !row.place &&
        !row.installed &&
        !row.note
      )
        continue;
      assign(row, "kind", choiceValue(values, field("kind"), MARKER_KINDS) ?? row.kind);
      markers.push(row);
    }
    return { draft: { ...draft, markers } };
  },
};
