import { formatEdtf, formatLifeDates } from "../../../domain/dates/date-format";
import { useI18n } from "../../../platform/views/i18n";
import type { SearchHit } from "../search.service";

function LifeDate({ label, date, place }: { label: "born" | "died"; date: string | null; place: string | null }) {
  const { t, locale } = useI18n();
  if (!date && !place) return null;
  const when = date ? formatEdtf(date, locale) : "";
  const text = place && when ? t("search:inPlace", { date: when, place }) : when || place || "";
  return <span>{t(`search:${label}`, { date: text })}</span>;
}

/** Namesakes are told apart by their dates, so a hit without any says so rather than nothing. */
function DatesUnknown({ known }: { known: boolean }) {
  const { locale } = useI18n();
  return <span>{`${known ? " · " : ""}${formatLifeDates(null, null, locale)}`}</span>;
}

/** Why a memorial matched, naming the alias, pseudonym or spelling that did. */
export function MatchReason({ hit }: { hit: SearchHit }) {
  const { t } = useI18n();
  const reason = t(`search:match.${hit.match.kind}`);
  if (hit.match.name && (!hit.match.primary || hit.match.name !== hit.name)) {
    const kind = hit.match.nameKind ? t(`memorials:nameKinds.${hit.match.nameKind as "alias"}`) : "";
    return <p class="search-hit__match">{kind ? t("search:match.via", { reason, name: hit.match.name, kind }) : t("search:match.viaName", { reason, name: hit.match.name })}</p>;
  }
  return <p class="search-hit__match">{reason}</p>;
}

/** One result: name, why it matched, life dates with places (to tell namesakes apart), summary. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { locale } = useI18n();
  return (
    <li class="card search-hit">
      <h3 class="search-hit__name">
        <a href={`/memorials/${hit.slug}`}>{hit.name}</a>
      </h3>
      <MatchReason hit={hit} />
      <p class="search-hit__dates">
        <LifeDate label="born" date={hit.birth} place={hit.birthPlace} />
        {(hit.birth || hit.birthPlace) && (hit.death || hit.deathPlace) ? " · " : null}
        <LifeDate label="died" date={hit.death} place={hit.deathPlace} />
        {!hit.birth && !hit.death ? <DatesUnknown known={!!(hit.birthPlace || hit.deathPlace)} /> : null}
      </p>
      {hit.summary ? (
        <p class="search-hit__summary" lang={hit.summaryLang && hit.summaryLang !== locale ? hit.summaryLang : undefined}>
          {hit.summary}
        </p>
      ) : null}
    </li>
  );
}
