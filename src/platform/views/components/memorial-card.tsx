import { formatLifeDates } from "../../../domain/dates/date-format";
import { useI18n } from "../i18n";

export interface MemorialCardData {
  slug: string;
  displayName: string;
  birthEdtf: string | null;
  deathEdtf: string | null;
  summary: string;
  summaryLang: string | null;
}

/** One memorial in a list: name, life dates as the evidence gives them, first sentence. */
export function MemorialCard({ memorial, headingLevel = 3 }: { memorial: MemorialCardData; headingLevel?: 2 | 3 }) {
  const { locale } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="card memorial-card">
      <Heading class="memorial-card__name">
        <a href={`/memorials/${memorial.slug}`}>{memorial.displayName}</a>
      </Heading>
      <p class="memorial-card__dates">
        {formatLifeDates(memorial.birthEdtf, memorial.deathEdtf, locale)}
      </p>
      {memorial.summary ? (
        <p class="memorial-card__summary" lang={memorial.summaryLang && memorial.summaryLang !== locale ? memorial.summaryLang : undefined}>
          {memorial.summary}
        </p>
      ) : null}
    </article>
  );
}
