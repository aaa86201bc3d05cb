import { EVENT_TYPES, PERSECUTORS } from "../../../domain/person-document";
import { describedBy, Field } from "../../../platform/views/components/form-field";
import { useI18n } from "../../../platform/views/i18n";
import type { SearchParams } from "../search-params";
import { SORTS } from "../search-params";

export type FieldErrors = Partial<Record<string, string>>;

/** The whole search as a GET form: works without JavaScript, and its URL can be shared. */
export function SearchForm({ values, errors }: { values: SearchParams; errors: FieldErrors }) {
  const { t } = useI18n();
  const text = (name: "place" | "country" | "nationality" | "organisation") => (
    <Field id={`search-${name}`} label={t(`search:fields.${name}`)} error={errors[name]}>
      <input id={`search-${name}`} name={name} type="text" value={values[name] ?? ""}
        aria-invalid={errors[name] ? "true" : undefined} aria-describedby={describedBy(`search-${name}`, undefined, errors[name])} />
    </Field>
  );
  const year = (name: "from" | "to") => (
    <Field id={`search-${name}`} label={t(`search:fields.${name}`)} error={errors[name]}>
      <input id={`search-${name}`} name={name} type="number" inputmode="numeric" min="1800" max="2100" value={values[name]?.toString() ?? ""}
        aria-invalid={errors[name] ? "true" : undefined} aria-describedby={describedBy(`search-${name}`, undefined, errors[name])} />
    </Field>
  );
  return (
    <form class="search-form" role="search" action="/search" method="get">
      <Field id="search-q" label={t("search.label")} error={errors.q}>
        <div class="search-form__row">
          <input id="search-q" name="q" type="search" value={values.q} placeholder={t("search.placeholder")}
            aria-invalid={errors.q ? "true" : undefined} aria-describedby={describedBy("search-q", undefined, errors.q)} />
          <button type="submit" class="button button--primary">{t("search.button")}</button>
        </div>
      </Field>
      <details class="search-form__filters" open={Object.keys(errors).length > 0 || undefined}>
        <summary>{t("search:filters")}</summary>
        <fieldset class="search-form__fates">
          <legend>{t("search:fields.fate")}</legend>
          {EVENT_TYPES.map((type) => (
            <label class="check">
              <input type="checkbox" name="fate" value={type} checked={values.fate.includes(type)} /> {t(`memorials:eventTypes.${type}`)}
            </label>
          ))}
        </fieldset>
        <Field id="search-persecutor" label={t("search:fields.persecutor")}>
          <select id="search-persecutor" name="persecutor">
            <option value="">{t("search:fields.any")}</option>
            {PERSECUTORS.map((p) => <option value={p} selected={values.persecutor === p}>{t(`search:persecutors.${p}`)}</option>)}
          </select>
        </Field>
        <Field id="search-event" label={t("search:fields.event")}>
          <select id="search-event" name="event">
            <option value="">{t("search:fields.anyEvent")}</option>
            {EVENT_TYPES.map((type) => <option value={type} selected={values.event === type}>{t(`memorials:eventTypes.${type}`)}</option>)}
          </select>
        </Field>
        <div class="search-form__years">{year("from")}{year("to")}</div>
        {text("place")}
        {text("country")}
        {text("nationality")}
        {text("organisation")}
        <label class="check">
          <input type="checkbox" name="marker" value="1" checked={values.marker} /> {t("search:fields.marker")}
        </label>
        <Field id="search-sort" label={t("search:sort.label")}>
          <select id="search-sort" name="sort">
            {SORTS.map((s) => <option value={s} selected={values.sort === s}>{t(`search:sort.${s}`)}</option>)}
          </select>
        </Field>
        <p><button type="submit" class="button">{t("search:apply")}</button> <a href="/search">{t("search:reset")}</a></p>
      </details>
    </form>
  );
}
