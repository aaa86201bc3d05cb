/** For each event, tick boxes for its sources and for "known from the family". */
import { useI18n } from "../../../platform/views/i18n";
import { Checkbox } from "../components/inputs";
import { dateWords } from "../form/date-input";
import { stringOf, type Row } from "../form/draft";

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
          </fieldset>
        );
      })}
    </>
  );
}
