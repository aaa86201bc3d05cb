import { formatEdtf } from "../../domain/dates/date-format";
import { EdtfTime } from "../memorials/components/dates";
import { dayToIsoDate } from "../../domain/dates/edtf";
import { useI18n } from "../../platform/views/i18n";
import { BrowseTrail } from "./components/memorial-list";
import { TIMELINE_TYPES, type TimelineType } from "./fates";
import type { TimelineRow } from "./map.queries";

interface TimelineGroup {
  key: string;
  type: TimelineRow["type"];
  edtf: string | null;
  year: string | null;
  placeName: string | null;
  placeModernName: string | null;
  people: { slug: string; name: string; certainty: TimelineRow["certainty"] }[];
}

/** Events on the same date, of the same kind, at the same place become one entry: a transport. */
export function groupTransports(rows: TimelineRow[]): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  for (const row of rows) {
    const key = [row.type, row.edtf ?? "", row.placeModernName ?? row.placeName ?? ""].join("|");
    let group = groups.get(key);
    if (!group) {
      const year = row.earliestDay === null ? null : dayToIsoDate(row.earliestDay).slice(0, 4);
      group = { key, type: row.type, edtf: row.edtf, year, placeName: row.placeName, placeModernName: row.placeModernName, people: [] };
      groups.set(key, group);
    }
    if (!group.people.some((p) => p.slug === row.slug)) group.people.push({ slug: row.slug, name: row.name, certainty: row.certainty });
  }
  return [...groups.values()];
}

function FilterNav({ current }: { current: TimelineType | "all" }) {
  const { t } = useI18n();
  const options = ["all", ...TIMELINE_TYPES] as const;
  return (
    <nav class="tabs" aria-label={t("browse:timeline.filter")}>
      <ul>
        {options.map((option) => (
          <li>
            <a href={option === "all" ? "/timeline" : `/timeline?type=${option}`} aria-current={option === current ? "page" : undefined}>
              {option === "all" ? t("browse:timeline.all") : t(`memorials:eventTypes.${option}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Transport({ group }: { group: TimelineGroup }) {
  const { t, locale } = useI18n();
  const modern = group.placeModernName && group.placeModernName !== group.placeName ? group.placeModernName : null;
  return (
    <li class={`transport transport--${group.type}`}>
      <p class="transport__head">
        <strong>{group.edtf ? <EdtfTime edtf={group.edtf}>{formatEdtf(group.edtf, locale)}</EdtfTime> : t("browse:timeline.undated")}</strong>
        {" · "}
        {t(`memorials:eventTypes.${group.type}`)}
        {group.placeName ? (
          <>
            {" · "}
            {group.placeName}
            {modern ? <span class="place__modern"> ({t("memorials:page.placeModern", { name: modern })})</span> : null}
          </>
        ) : null}
        <span class="muted"> — {t("browse:timeline.people", { count: group.people.length })}</span>
      </p>
      <ul class="transport__people">
        {group.people.map((p) => (
          <li>
            <a href={`/memorials/${p.slug}`}>{p.name}</a>
            {p.certainty !== "documented" ? <span class="muted"> ({t(`memorials:certainty.${p.certainty}`)})</span> : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function TimelinePage(props: { groups: TimelineGroup[]; current: TimelineType | "all"; truncatedAt: number | null }) {
  const { t } = useI18n();
  const byYear = new Map<string, TimelineGroup[]>();
  for (const group of props.groups) {
    const year = group.year ?? t("browse:timeline.undated");
    byYear.set(year, [...(byYear.get(year) ?? []), group]);
  }
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:timeline.title")}</h1>
      <p class="lead">{t("browse:timeline.intro")}</p>
      <FilterNav current={props.current} />
      {props.groups.length === 0 ? <p>{t("browse:none")}</p> : null}
      {[...byYear.entries()].map(([year, groups], i) => (
        <section aria-labelledby={`timeline-${i}`}>
          <h2 id={`timeline-${i}`}>{year}</h2>
          <ol class="transports">
            {groups.map((group) => (
              <Transport group={group} />
            ))}
          </ol>
        </section>
      ))}
      {props.truncatedAt ? <p class="notice">{t("browse:timeline.truncated", { count: props.truncatedAt })}</p> : null}
    </>
  );
}
