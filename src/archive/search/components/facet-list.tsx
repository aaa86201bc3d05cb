import { useI18n } from "../../../platform/views/i18n";
import type { SearchParams } from "../search-params";
import type { Facets } from "../search.service";
import { searchHref } from "../search-url";

type FacetName = "fate" | "persecutor" | "marker" | "country" | "nationality" | "organisation";

/** Counts per facet value; each value links to the same search narrowed by it. */
export function FacetLists({ facets, params }: { facets: Facets; params: SearchParams }) {
  const { t } = useI18n();
  const label = (facet: FacetName, value: string) => {
    if (facet === "fate") return t(`memorials:eventTypes.${value as "arrest"}`);
    if (facet === "persecutor") return t(`search:persecutors.${value as "soviet"}`);
    if (facet === "marker") return t(`memorials:markerKinds.${value as "plaque"}`);
    return value;
  };
  const href = (facet: FacetName, value: string) => {
    if (facet === "fate") return searchHref(params, { fate: [...new Set([...params.fate, value])], cursor: null });
    if (facet === "marker") return searchHref(params, { marker: "1", cursor: null });
    return searchHref(params, { [facet]: value, cursor: null });
  };
  const names: FacetName[] = ["fate", "persecutor", "marker", "country", "nationality", "organisation"];
  return (
    <nav class="facets" aria-labelledby="facets-title">
      <h2 id="facets-title">{t("search:facets.title")}</h2>
      {names
        .filter((facet) => facets[facet].length > 0)
        .map((facet) => (
          <section class="facet">
            <h3>{t(`search:facets.${facet}`)}</h3>
            <ul>
              {facets[facet].map(([value, n]) => (
                <li>
                  <a href={href(facet, value)}>{label(facet, value)}</a> <span class="muted">({n})</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </nav>
  );
}
