import { useI18n } from "../../platform/views/i18n";
import { FacetLists } from "./components/facet-list";
import { SearchForm, type FieldErrors } from "./components/search-form";
import { SearchHitItem } from "./components/search-hit";
import type { SearchParams } from "./search-params";
import type { SearchResult } from "./search.service";
import { searchHref } from "./search-url";

export interface SearchPageProps {
  params: SearchParams;
  result: SearchResult | null;
  errors: FieldErrors;
}

export function SearchPage({ params, result, errors }: SearchPageProps) {
  const { t } = useI18n();
  const errorList = Object.entries(errors);
  return (
    <div class="search-page">
      <h1>{params.q ? t("search:resultsFor", { q: params.q }) : t("search:title")}</h1>
      {result ? null : <p class="lead">{t("search:intro")}</p>}
      {errorList.length ? (
        <div class="notice" role="alert">
          <p>{t("search:invalid")}</p>
          <ul>{errorList.map(([field, message]) => <li><a href={`#search-${field}`}>{message}</a></li>)}</ul>
        </div>
      ) : null}
      <SearchForm values={params} errors={errors} />
      {result ? <Results params={params} result={result} /> : null}
    </div>
  );
}

function Results({ params, result }: { params: SearchParams; result: SearchResult }) {
  const { t } = useI18n();
  const total = result.facets?.total ?? result.items.length;
  return (
    <div class="search-results">
      <section aria-labelledby="results-title" class="search-results__list">
        <h2 id="results-title" class="visually-hidden">{t("search:results")}</h2>
        <p role="status">
          {result.facets?.capped ? t("search:countCapped", { count: total }) : t("search:count", { count: total })}
        </p>
        {result.items.length === 0 ? <p>{t("search:none")}</p> : null}
        <ol class="search-hits">{result.items.map((hit) => <SearchHitItem hit={hit} />)}</ol>
        <nav class="pager" aria-label={t("search:next")}>
          {params.cursor ? <a href={searchHref(params)}>{t("search:first")}</a> : null}
          {result.nextCursor ? <a rel="next" href={searchHref(params, { cursor: result.nextCursor })}>{t("search:next")}</a> : null}
        </nav>
      </section>
      {result.facets && result.facets.total > 0 ? <FacetLists facets={result.facets} params={params} /> : null}
    </div>
  );
}
