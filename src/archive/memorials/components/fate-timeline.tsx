import { pickLocalized } from "../../../codecs/markdown";
import type { LifeEvent, PersonDocument, Place } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { EvidenceDate, voiceOf } from "./dates";
import { AgencyWords, Basis, EVIDENCE_HELP_PATH, PersecutionGrounds, RepressionFacts, VersionNotes } from "./evidence";

/** Place as the source names it, with today's name when it differs. */
export function PlaceName({ place }: { place: Place | undefined }) {
  const { t } = useI18n();
  if (!place) return null;
  const modern = place.modern_name && place.modern_name !== place.name ? place.modern_name : undefined;
  return (
    <span class="place">
      {place.name}
      {modern ? <span class="place__modern"> ({t("memorials:page.placeModern", { name: modern })})</span> : null}
    </span>
  );
}

function SourceRefs({ refs, numbers }: { refs: string[]; numbers: Map<string, number> }) {
  const { t } = useI18n();
  if (refs.length === 0) return null;
  return (
    <span class="source-refs">
      {refs.map((ref) => {
        const n = numbers.get(ref);
        return n ? (
          <sup>
            <a href={`#source-${n}`} aria-label={t("memorials:page.sourceRef", { n })}>
              [{n}]
            </a>
          </sup>
        ) : null;
      })}
    </span>
  );
}

function Description({ texts }: { texts: LifeEvent["description"] }) {
  const { locale } = useI18n();
  const picked = pickLocalized(texts, locale);
  if (!picked) return null;
  return (
    <p class="event__description" lang={picked.lang === locale ? undefined : picked.lang}>
      {picked.text}
    </p>
  );
}

type Alternative = NonNullable<LifeEvent["alternatives"]>[number];

/** A version's date and place with its footnotes. */
function VersionFacts({ alt, doc, numbers }: { alt: Alternative; doc: PersonDocument; numbers: Map<string, number> }) {
  return (
    <>
      {alt.date ? <EvidenceDate date={alt.date} voice={voiceOf(alt, doc.sources)} /> : null}
      {alt.place ? (
        <>
          {alt.date ? " · " : ""}
          <PlaceName place={alt.place} />
        </>
      ) : null}
      <SourceRefs refs={alt.sources} numbers={numbers} />
    </>
  );
}

/**
 * The fate as an ordered list of events, each with who acted, date, place, certainty, the kinds
 * of its sources and footnotes; versions by what they are (components/evidence.tsx).
 */
export function FateTimeline({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  const numbers = new Map(doc.sources.map((s, i) => [s.id, i + 1]));
  if (doc.events.length === 0) return <p>{t("memorials:page.noEvents")}</p>;
  return (
    <>
    <PersecutionGrounds doc={doc} />
    <ol class="timeline">
      {doc.events.map((event) => (
        <li class={`event event--${event.type} event--${event.certainty}`}>
          <p class="event__head">
            <strong class="event__type">{t(`memorials:eventTypes.${event.type}`)}</strong>
            {event.agency || event.agency_note ? " " : null}
            <AgencyWords event={event} />
            {" · "}
            <EvidenceDate date={event.date} voice={voiceOf(event, doc.sources)} />
            {event.place ? (
              <>
                {" · "}
                <PlaceName place={event.place} />
              </>
            ) : null}
          </p>
          <Description texts={event.description} />
          <RepressionFacts event={event} />
          {event.type === "last_trace" ? <p class="event__last-trace">{t("evidence:page.lastTrace")}</p> : null}
          <p class="event__meta">
            <a class={`certainty certainty--${event.certainty}`} href={`${EVIDENCE_HELP_PATH}#certainty`}>
              {t(`memorials:certainty.${event.certainty}`)}
            </a>{" "}
            <Basis refs={event.sources} sources={doc.sources} />
            <SourceRefs refs={event.sources} numbers={numbers} />
          </p>
          {event.certainty === "disputed" ? <p class="event__disputed">{t("memorials:page.otherVersionsNote")}</p> : null}
          {event.alternatives
            ?.filter((alt) => alt.status === "other_version")
            .map((alt) => (
              <div class="event__alternative">
                <p>
                  <strong>{t("memorials:page.otherVersion")}:</strong> <VersionFacts alt={alt} doc={doc} numbers={numbers} />
                </p>
                <Description texts={alt.description} />
              </div>
            ))}
          <VersionNotes
            alternatives={event.alternatives ?? []}
            doc={doc}
            render={(alt) => <VersionFacts alt={alt} doc={doc} numbers={numbers} />}
            describe={(alt) => <Description texts={alt.description} />}
          />
        </li>
      ))}
    </ol>
    </>
  );
}
