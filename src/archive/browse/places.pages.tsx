import { useI18n } from "../../platform/views/i18n";
import { BrowseTrail, MemorialList } from "./components/memorial-list";
import type { MemorialPage } from "./browse.queries";
import type { PlaceCount } from "./facets.queries";
import { collator as collatorFor, displayNames } from "../../domain/intl";

/** A country's name in the reader's language ("Belarus", "Weißrussland" → per CLDR, "Беларусь"). */
export function countryName(code: string | null, locale: string): string | null {
  if (!code) return null;
  try {
    return displayNames(locale, "region").of(code) ?? code;
  } catch {
    return code;
  }
}

export const placeHref = (key: string) => `/browse/place?name=${encodeURIComponent(key)}`;

/** The historical names of a place other than the one it is listed under. */
export function otherNames(place: PlaceCount): string[] {
  const names = JSON.parse(place.names) as string[];
  return names.filter((n) => n !== place.key);
}

function groupByCountry(places: PlaceCount[], locale: string, unknown: string) {
  const groups = new Map<string, PlaceCount[]>();
  for (const place of places) {
    const name = countryName(place.country, locale) ?? unknown;
    groups.set(name, [...(groups.get(name) ?? []), place]);
  }
  const collator = collatorFor(locale);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === unknown ? 1 : b === unknown ? -1 : collator.compare(a, b)))
    .map(([country, list]) => ({ country, places: list.sort((a, b) => collator.compare(a.key, b.key)) }));
}

export function PlacesIndexPage({ places }: { places: PlaceCount[] }) {
  const { t, locale } = useI18n();
  const groups = groupByCountry(places, locale, t("browse:places.unknownCountry"));
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:places.title")}</h1>
      <p class="lead">{t("browse:places.intro")}</p>
      {groups.length === 0 ? <p>{t("browse:none")}</p> : null}
      {groups.map((group) => (
        <section aria-label={group.country}>
          <h2>{group.country}</h2>
          <ul class="facet-list">
            {group.places.map((place) => {
              const others = otherNames(place);
              return (
                <li>
                  <a href={placeHref(place.key)}>{place.key}</a>
                  {others.length > 0 ? <span class="muted"> ({t("browse:places.namedAs", { names: others.join("; ") })})</span> : null}
                  <span class="facet-count"> — {t("browse:count", { count: place.n })}</span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

export function PlacePage({ name, page }: { name: string; page: MemorialPage }) {
  const { t } = useI18n();
  return (
    <>
      <BrowseTrail>
        <a href="/browse/places">{t("browse:places.title")}</a>
      </BrowseTrail>
      <h1>{t("browse:places.placeTitle", { place: name })}</h1>
      <MemorialList page={page} />
    </>
  );
}
