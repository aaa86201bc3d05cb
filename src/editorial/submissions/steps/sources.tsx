/**
 * Step 4: the sources, then for each event which sources tell it — or that it is known only
 * from the family. The schema requires one of the two for every event; ticking boxes is the
 * easiest way for a descendant to give it.
 */
import { SOURCE_KINDS, VERSION_STATUSES } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { Select, TextArea, TextInput } from "../components/inputs";
import { AddAnother, RowFieldset } from "../components/rows";
import { assign, rowsOf, setLocalized, stringOf, type Row } from "../form/draft";
import { choiceValue, isTicked, rowIndices, textValue } from "../form/form-values";
import { dropSourceRefs, nextSourceId, validSourceId } from "./source-links";
import { CHOSEN_CERTAINTIES, editedVersion, EventLinks } from "./source-event-links";
import type { StepModule, StepProps } from "./step";

const ARCHIVE_FIELDS = ["archive", "fond", "opis", "delo", "list", "page"] as const;
const TEXT_FIELDS = ["citation", ...ARCHIVE_FIELDS, "url"] as const;

function SourceRow({
  source,
  i,
  isNew,
  errors,
}: {
  source: Row;
  i: number;
  isNew: boolean;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const kinds = SOURCE_KINDS.map((k): [string, string] => [k, t(`submissions:sourceKinds.${k}`)]);
  const field = (name: string) => `sources.${i}.${name}`;
  return (
    <RowFieldset
      legend={
        isNew ? t("submissions:sources.newSource") : t("submissions:sources.sourceN", { n: i + 1 })
      }
      removeName={isNew ? undefined : field("remove")}
    >
      <input type="hidden" name={field("id")} value={stringOf(source.id)} />
      <Select
        name={field("kind")}
        label={t("submissions:sources.kind")}
        options={kinds}
        value={stringOf(source.kind) || "archive"}
        error={errors[field("kind")]}
      />
      <TextArea
        name={field("citation")}
        label={t("submissions:sources.citation")}
        hint={t("submissions:sources.citationHint")}
        value={stringOf(source.citation)}
        rows={3}
        error={errors[field("citation")]}
      />
      <details
        class="source__archive"
        open={ARCHIVE_FIELDS.some((f) => source[f] || errors[field(f)])}
      >
        <summary>{t("submissions:sources.archiveDetails")}</summary>
        <div class="field-grid">
          {ARCHIVE_FIELDS.map((f) => (
            <TextInput
              name={field(f)}
              label={t(`submissions:sources.${f}`)}
              value={stringOf(source[f])}
              error={errors[field(f)]}
            />
          ))}
        </div>
      </details>
      <TextInput
        name={field("url")}
        type="url"
        label={t("submissions:sources.url")}
        value={stringOf(source.url)}
        error={errors[field("url")]}
      />
    </RowFieldset>
  );
}

function Fields({ draft, errors }: StepProps) {
  const { t } = useI18n();
  const sources = rowsOf(draft.sources);
  const blank: Row = { id: nextSourceId(sources) };
  return (
    <>
      <p class="lead">{t("submissions:sources.intro")}</p>
      {errors.sources ? (
        <p class="field__error" id="f-sources">
          {errors.sources}
        </p>
      ) : null}
      {[...sources, blank].map((source, i) => (
        <SourceRow source={source} i={i} isNew={i === sources.length} errors={errors} />
      ))}
      <AddAnother />
      <h3>{t("submissions:sources.perEvent")}</h3>
      <p class="field__hint">{t("submissions:sources.perEventHint")}</p>
      <EventLinks events={rowsOf(draft.events)} sources={sources} blank={blank} errors={errors} />
    </>
  );
}

export const sourcesStep: StepModule = {
  Fields,
  apply(draft, values, locale) {
    const existing = rowsOf(draft.sources);
    const sources: Row[] = [];
    const taken = new Set<string>();
    const removed = new Set<string>();
    for (const i of rowIndices(values, "sources")) {
      const row: Row = { ...existing[i] };
      if (isTicked(values, `sources.${i}.remove`)) {
        if (row.id) removed.add(String(row.id));
        continue;
      }
      for (const f of TEXT_FIELDS)
        assign(row, f, textValue(values, `sources.${i}.${f}`, f === "citation" ? 2_000 : 300));
      if (i >= existing.length && !TEXT_FIELDS.some((f) => row[f])) continue;
      assign(row, "kind", choiceValue(values, `sources.${i}.kind`, SOURCE_KINDS) ?? row.kind);
      row.id =
        validSourceId(stringOf(row.id), taken) ??
        validSourceId(values[`sources.${i}.id`], taken) ??
        nextSourceId([...existing, ...sources]);
      taken.add(String(row.id));
      sources.push(row);
    }
    const next = dropSourceRefs({ ...draft, sources }, removed);
    if (values.links === "1")
      next.events = rowsOf(next.events).map((event, i) => linkEvent(event, i, sources, values, locale));
    return { draft: next };
  },
};

function linkEvent(event: Row, i: number, sources: Row[], values: Record<string, string>, locale: string): Row {
  const row: Row = {
    ...event,
    sources: sources
      .map((s) => String(s.id))
      .filter((id) => isTicked(values, `events.${i}.src.${id}`)),
  };
  const chosen = choiceValue(values, `events.${i}.certainty`, CHOSEN_CERTAINTIES);
  if (isTicked(values, `events.${i}.family`)) row.certainty = "family_account";
  else if (chosen) row.certainty = chosen;
  else if (row.certainty === "family_account") delete row.certainty;
  const version = readVersion(values, i, editedVersion(event), locale);
  const kept = Array.isArray(event.alternatives) ? event.alternatives.slice(1) : [];
  const alternatives = version ? [version, ...kept] : kept;
  if (alternatives.length) row.alternatives = alternatives;
  else delete row.alternatives;
  // Another version the submitter gives is a disagreement between sources: the fact is disputed.
  const disagrees = alternatives.some((a) => (a as Row).status === "other_version");
  if (disagrees && (row.certainty === undefined || row.certainty === "documented")) row.certainty = "disputed";
  return row;
}

/** The version the submitter entered, or undefined when the form's version fields are empty. */
function readVersion(values: Record<string, string>, i: number, existing: Row, locale: string): Row | undefined {
  const field = (name: string) => `events.${i}.alt.${name}`;
  if (!(field("status") in values)) return Object.keys(existing).length ? existing : undefined;
  const row: Row = { ...existing };
  setLocalized(row, "description", locale, textValue(values, field("text"), 5_000));
  setLocalized(row, "note", locale, textValue(values, field("why"), 5_000));
  const place = textValue(values, field("place"), 300);
  assign(row, "place", place ? { ...(existing.place as Row | undefined), name: place } : undefined);
  // The form chooses the first source; further ones (given through the API) stay with it.
  const source = values[field("source")];
  const others = Array.isArray(existing.sources) ? existing.sources.slice(1).filter((id) => id !== source) : [];
  assign(row, "sources", source ? [source, ...others] : undefined);
  if (!row.description && !row.place && !row.note && !row.sources && !row.date) return undefined;
  // Another version's source is required by the schema; an empty one is reported next to it.
  if (!row.sources) row.sources = [];
  assign(row, "status", choiceValue(values, field("status"), VERSION_STATUSES) ?? "other_version");
  return row;
}
