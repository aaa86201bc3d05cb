/** Step 6: Stolpersteine, plaques, graves and monuments that remember the person. */
import { COORDINATE_PRECISIONS, MARKER_KINDS } from "../../../domain/person-document";
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
            <div class="field-pair">
              <TextInput
                name={field("position")}
                label={t("submissions:markers.position")}
                hint={t("submissions:markers.positionHint")}
                value={positionWords(marker.place as Row | undefined)}
                error={errors[field("position")]}
              />
              <Select
                name={field("precision")}
                label={t("submissions:markers.precision")}
                options={COORDINATE_PRECISIONS.map((p): [string, string] => [p, t(`evidence:precisions.${p}`)])}
                value={stringOf((marker.place as Row | undefined)?.precision) || "town"}
              />
            </div>
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

/** "52.4996, 13.2939": the point as the form shows it; a position that could not be read, as typed. */
function positionWords(place: Row | undefined): string {
  if (!place) return "";
  if (typeof place.lat === "number" && typeof place.lon === "number") return `${place.lat}, ${place.lon}`;
  return stringOf(place.lat);
}

const POSITION = /^\s*(-?\d{1,3}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/;

/**
 * The place with the point the submitter gave and how precise it is. A position that cannot be
 * read is kept as typed, so the check reports it next to the field and nothing is lost.
 */
function readPosition(place: Row, position: string | undefined, precision: string | undefined): Row {
  const { lat: _lat, lon: _lon, precision: _precision, ...rest } = place;
  if (!position) return rest;
  const match = POSITION.exec(position);
  if (!match) return { ...rest, lat: position };
  const [lat, lon] = [Number(match[1]!.replace(",", ".")), Number(match[2]!.replace(",", "."))];
  const known = (COORDINATE_PRECISIONS as readonly string[]).includes(precision ?? "") ? precision : "town";
  return { ...rest, lat, lon, precision: known };
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
      const position = textValue(values, field("position"), 100);
      assign(row, "place", placeName || position ? readPosition({ ...(row.place as Row | undefined), ...(placeName ? { name: placeName } : {}) }, position, values[field("precision")]) : undefined);
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
