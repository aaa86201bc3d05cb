/**
 * For each event: tick boxes for its sources and for "known from the family", how sure the
 * submitter is, and — folded away until needed — another version of the fact with its source:
 * what another source says, a source's spelling, or a version the sources prove false.
 */
import { CERTAINTIES, VERSION_STATUSES } from "../../../domain/person-vocabulary";
import { useI18n } from "../../../platform/views/i18n";
import { Checkbox, Select, TextArea, TextInput } from "../components/inputs";
import { dateWords } from "../form/date-input";
import { localized, stringOf, type Row } from "../form/draft";

/** Certainties the select offers; "known from the family" is its own tick box. */
export const CHOSEN_CERTAINTIES = CERTAINTIES.filter((c) => c !== "family_account");

/** The version the form edits: the first one; any others (from the API) are kept as they are. */
export function editedVersion(event: Row): Row {
  return Array.isArray(event.alternatives) && event.alternatives[0] && typeof event.alternatives[0] === "object" ? (event.alternatives[0] as Row) : {};
}

function OtherVersion({ event, i, sources, errors }: { event: Row; i: number; sources: Row[]; errors: Record<string, string> }) {
  const { t, locale } = useI18n();
  const version = editedVersion(event);
  const field = (name: string) => `events.${i}.alt.${name}`;
  const cited = Array.isArray(version.sources) ? stringOf(version.sources[0]) : "";
  const statuses = VERSION_STATUSES.map((s): [string, string] => [s, t(`submissions:sources.versionStatuses.${s}`)]);
  const sourceChoices = sources.map((s, n): [string, string] => [stringOf(s.id), `${t("submissions:sources.sourceN", { n: n + 1 })}: ${stringOf(s.citation).slice(0, 60)}`]);
  return (
    <details class="other-version" open={Boolean(version.sources || version.description || version.place) || undefined}>
      <summary>{t("submissions:sources.otherVersion")}</summary>
      <Select name={field("status")} label={t("submissions:sources.versionStatus")} options={statuses} value={stringOf(version.status) || "other_version"} />
      <TextArea name={field("text")} label={t("submissions:sources.versionText")} value={localized(version.description, locale)} rows={2} />
      <TextInput name={field("place")} label={t("submissions:sources.versionPlace")} value={stringOf((version.place as Row | undefined)?.name)} />
      <Select name={field("source")} label={t("submissions:sources.versionSource")} options={sourceChoices} value={cited} placeholder={t("submissions:fate.choose")} />
      <TextArea name={field("why")} label={t("submissions:sources.versionWhy")} hint={t("submissions:sources.versionWhyHint")} value={localized(version.note, locale)} rows={2} />
    </details>
  );
}

/** `blank` is the empty source row: it can be ticked before it is saved, and counts once filled in. */
export function EventLinks({
  events,
  sources,
  blank,
  errors,
}: {
  events: Row[];
  sources: Row[];
  blank: Row;
  errors: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  if (events.length === 0) return <p>{t("submissions:sources.noEvents")}</p>;
  return (
    <>
      <input type="hidden" name="links" value="1" />
      {events.map((event, i) => {
        const refs = new Set(Array.isArray(event.sources) ? event.sources.map(String) : []);
        const error = errors[`events.${i}.sources`];
        const title = [
          event.type
            ? t(`memorials:eventTypes.${event.type as "birth"}`)
            : t("submissions:fate.eventN", { n: i + 1 }),
          dateWords(event.date, locale),
          stringOf((event.place as Row | undefined)?.name),
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <fieldset class={error ? "choices field--error" : "choices"} id={`f-events-${i}-sources`}>
            <legend>{title}</legend>
            {error ? <p class="field__error">{error}</p> : null}
            {[...sources, blank].map((s, n) => (
              <Checkbox
                name={`events.${i}.src.${stringOf(s.id)}`}
                checked={refs.has(stringOf(s.id))}
                label={`${t("submissions:sources.sourceN", { n: n + 1 })}: ${s === blank ? t("submissions:sources.newSource") : stringOf(s.citation).slice(0, 90)}`}
              />
            ))}
            <Checkbox
              name={`events.${i}.family`}
              checked={event.certainty === "family_account"}
              label={t("submissions:sources.family")}
            />
            <Select
              name={`events.${i}.certainty`}
              label={t("submissions:sources.certainty")}
              hint={t("submissions:sources.certaintyHint")}
              options={CHOSEN_CERTAINTIES.map((c): [string, string] => [c, t(`submissions:sources.certainties.${c}`)])}
              value={event.certainty === "family_account" ? "documented" : stringOf(event.certainty) || "documented"}
            />
            <OtherVersion event={event} i={i} sources={sources} errors={errors} />
          </fieldset>
        );
      })}
    </>
  );
}
