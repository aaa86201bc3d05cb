import { useI18n } from "../../platform/views/i18n";
import { BrowseTrail, MemorialList } from "./components/memorial-list";
import type { MemorialPage } from "./browse.queries";
import type { YearCount } from "./facets.queries";
import { YEAR_EVENT_TYPES, type YearEventType } from "./fates";
import { numberFormat } from "../../domain/intl";

interface YearRow {
  year: number;
  counts: Record<YearEventType, number>;
}

function tabulate(counts: YearCount[]) {
  const years = new Map<number, YearRow>();
  const undated: Record<YearEventType, number> = { arrest: 0, handover: 0 };
  for (const row of counts) {
    const type = row.type as YearEventType;
    if (row.year === null) {
      undated[type] += row.n;
      continue;
    }
    const entry = years.get(row.year) ?? { year: row.year, counts: { arrest: 0, handover: 0 } };
    entry.counts[type] += row.n;
    years.set(row.year, entry);
  }
  return { years: [...years.values()].sort((a, b) => a.year - b.year), undated };
}

export function YearsIndexPage({ counts }: { counts: YearCount[] }) {
  const { t, locale } = useI18n();
  const { years, undated } = tabulate(counts);
  const number = numberFormat(locale);
  const cell = (year: number, type: YearEventType, n: number) =>
    n > 0 ? <a href={`/browse/years/${year}?event=${type}`}>{number.format(n)}</a> : number.format(0);
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:years.title")}</h1>
      <p class="lead">{t("browse:years.intro")}</p>
      <table class="year-table">
        <thead>
          <tr>
            <th scope="col">{t("browse:years.year")}</th>
            {YEAR_EVENT_TYPES.map((type) => (
              <th scope="col">{t(`browse:years.${type}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((row) => (
            <tr>
              <th scope="row">
                <a href={`/browse/years/${row.year}`}>{row.year}</a>
              </th>
              {YEAR_EVENT_TYPES.map((type) => (
                <td>{cell(row.year, type, row.counts[type])}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("browse:years.undated")}</th>
            {YEAR_EVENT_TYPES.map((type) => (
              <td>{number.format(undated[type])}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function YearPage({ year, event, page }: { year: number; event: YearEventType; page: MemorialPage }) {
  const { t } = useI18n();
  return (
    <>
      <BrowseTrail>
        <a href="/browse/years">{t("browse:years.title")}</a>
      </BrowseTrail>
      <h1>{t("browse:years.yearTitle", { year })}</h1>
      <nav class="tabs" aria-label={t("browse:years.yearTitle", { year })}>
        <ul>
          {YEAR_EVENT_TYPES.map((type) => (
            <li>
              <a href={`/browse/years/${year}?event=${type}`} aria-current={type === event ? "page" : undefined}>
                {t(`browse:years.${type}In`, { year })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`browse:years.${event}In`, { year })}</h2>
      <MemorialList page={page} />
    </>
  );
}
