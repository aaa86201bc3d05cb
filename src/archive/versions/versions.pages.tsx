/** The history of a memorial, the notice on one version's page, and the comparison of two versions. */
import type { PersonDocument } from "../../domain/person-document";
import { DiffView } from "../../platform/views/components/diff-view";
import { useI18n } from "../../platform/views/i18n";
import { PublishedDate } from "../memorials/components/history";
import type { MemorialRow } from "./versions.queries";
import type { Credit } from "./credit";
import type { MergeEvent } from "./merge-events";
import { comparePath, historyPath, versionPath } from "./version-links";

export interface HistoryEntry {
  number: number;
  kind: "new" | "correction";
  publishedAt: number;
  summary: string;
  credit: Credit;
}

function Contributor({ credit }: { credit: Credit }) {
  const { t } = useI18n();
  return <>{t("versions:history.contributedBy", { who: credit.name ?? t(`versions:roles.${credit.role}`) })}</>;
}

function MergeNote({ event }: { event: MergeEvent }) {
  const { t } = useI18n();
  const name = event.other.displayName;
  return (
    <li class="history__merge">
      <PublishedDate at={event.at} />:{" "}
      {event.kind === "mergedIn" ? (
        <>
          {t("versions:history.mergedIn", { name })} <a href={historyPath(event.other.id)}>{t("versions:history.mergedInHistory")}</a>
        </>
      ) : event.kind === "mergedAway" ? (
        <>
          {t("versions:history.mergedAway", { name })} <a href={`/memorials/${encodeURIComponent(event.other.slug)}`}>{name}</a>.{" "}
          {t("versions:history.mergedAwayHistory")}
        </>
      ) : (
        t("versions:history.unmerged", { name })
      )}
    </li>
  );
}

function CompareForm({ memorialId, count }: { memorialId: string; count: number }) {
  const { t } = useI18n();
  const options = (selected: number) =>
    Array.from({ length: count }, (_, i) => (
      <option value={String(i + 1)} selected={i + 1 === selected}>
        {t("versions:history.version", { n: i + 1 })}
      </option>
    ));
  return (
    <form class="history__compare" method="get" action={`/memorials/${encodeURIComponent(memorialId)}/compare`}>
      <fieldset>
        <legend>{t("versions:history.compareForm")}</legend>
        <label>
          {t("versions:history.from")} <select name="from">{options(count - 1)}</select>
        </label>{" "}
        <label>
          {t("versions:history.to")} <select name="to">{options(count)}</select>
        </label>{" "}
        <button type="submit" class="button">
          {t("versions:history.submit")}
        </button>
      </fieldset>
    </form>
  );
}

export function HistoryPage({ memorial, name, entries, merges }: { memorial: MemorialRow; name: string; entries: HistoryEntry[]; merges: MergeEvent[] }) {
  const { t } = useI18n();
  const newest = entries.reduce((n, e) => Math.max(n, e.number), 0);
  return (
    <article class="history-page">
      <h1>{t("versions:history.title", { name })}</h1>
      <p>{t("versions:history.intro")}</p>
      <p>
        <a href={`/memorials/${encodeURIComponent(memorial.slug)}`}>{t("versions:history.back")}</a>
      </p>
      {merges.length ? <ul class="history__merges">{merges.map((event) => <MergeNote event={event} />)}</ul> : null}
      <ol class="history__versions" reversed>
        {entries.map((entry) => (
          <li id={`v${entry.number}`} class="history__version">
            <h2>
              <a href={versionPath(memorial.id, entry.number)}>{t("versions:history.version", { n: entry.number })}</a> ·{" "}
              {t(`versions:kinds.${entry.kind}`)} · <PublishedDate at={entry.publishedAt} />
              {entry.number === newest && memorial.status === "published" ? ` · ${t("versions:history.current")}` : ""}
            </h2>
            <p class="history__summary">{entry.summary}</p>
            <p class="muted">
              <Contributor credit={entry.credit} />
            </p>
            {entry.number > 1 ? (
              <p>
                <a href={comparePath(memorial.id, entry.number - 1, entry.number)}>{t("versions:history.compare", { n: entry.number - 1 })}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {newest > 1 ? <CompareForm memorialId={memorial.id} count={newest} /> : null}
    </article>
  );
}

/** On top of a version's page: which version this is, and the way to the current entry. */
export function VersionNotice(props: {
  memorial: MemorialRow;
  mergedInto: MemorialRow | null;
  number: number;
  total: number;
  publishedAt: number;
}) {
  const { t } = useI18n();
  const { memorial, mergedInto, number, total } = props;
  const current = !mergedInto && number === total;
  const target = mergedInto ?? memorial;
  return (
    <aside class={`version-notice${current ? "" : " version-notice--earlier"}`} role="note">
      <p>
        <strong>
          {mergedInto
            ? t("versions:version.merged", { name: mergedInto.displayName })
            : current
              ? t("versions:version.current", { n: number })
              : t("versions:version.earlier", { n: number, total })}
        </strong>{" "}
        {t("versions:version.published")}: <PublishedDate at={props.publishedAt} />
      </p>
      <p>
        <a href={`/memorials/${encodeURIComponent(target.slug)}`}>{t("versions:version.readCurrent")}</a> ·{" "}
        <a href={historyPath(memorial.id)}>{t("versions:version.history")}</a>
      </p>
    </aside>
  );
}

export function ComparePage(props: {
  memorial: MemorialRow;
  name: string;
  from: { number: number; publishedAt: number; document: PersonDocument };
  to: { number: number; publishedAt: number; document: PersonDocument };
  memorials: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const { memorial, from, to } = props;
  return (
    <article class="compare-page">
      <h1>{t("versions:compare.title", { name: props.name, from: from.number, to: to.number })}</h1>
      <p>
        {t("versions:compare.intro")}{" "}
        <a href={versionPath(memorial.id, from.number)}>{t("versions:history.version", { n: from.number })}</a> (<PublishedDate at={from.publishedAt} />) →{" "}
        <a href={versionPath(memorial.id, to.number)}>{t("versions:history.version", { n: to.number })}</a> (<PublishedDate at={to.publishedAt} />)
      </p>
      <DiffView before={from.document} after={to.document} memorials={props.memorials} headingLevel={3} />
      <p>
        <a href={historyPath(memorial.id)}>{t("versions:version.history")}</a>
      </p>
    </article>
  );
}
