import { formatEdtf } from "../../domain/dates/date-format";
import { groupName, type GroupDocument, type GroupKind } from "../../domain/group-document";
import { pickLocalized } from "../../codecs/markdown";
import { useI18n } from "../../platform/views/i18n";
import { Pager } from "../browse/components/memorial-list";
import { GroupCounts, GroupSources } from "./components/group-counts";
import { GroupPeople } from "./components/group-people";
import { GroupRoute } from "./components/group-route";
import type { GroupRow } from "./groups.queries";
import type { PublicGroup } from "./public-group";

type Locale = "en" | "de" | "ru";

/** The group's name in the reader's language, from its listing columns. */
export function rowName(row: Pick<GroupRow, "nameEn" | "nameDe" | "nameRu">, locale: Locale): string {
  return groupName({ name: { en: row.nameEn, de: row.nameDe ?? undefined, ru: row.nameRu ?? undefined } }, locale);
}

export function GroupsIndexPage({ rows, q, next }: { rows: GroupRow[]; q?: string; next: [string, string] | null }) {
  const { t, locale } = useI18n();
  return (
    <section>
      <h1>{t("groups:title")}</h1>
      <p class="lead narrow">{t("groups:intro")}</p>
      <form method="get" action="/groups" role="search">
        <label for="groups-q">{t("groups:filter")}</label> <input id="groups-q" name="q" type="search" value={q ?? ""} />{" "}
        <button type="submit" class="button">
          {t("groups:filterButton")}
        </button>
      </form>
      {rows.length === 0 ? <p>{t("groups:empty")}</p> : null}
      <ul class="group-list">
        {rows.map((row) => (
          <li>
            <a href={`/groups/${row.slug}`}>{rowName(row, locale)}</a>
            <span class="muted">
              {" "}
              · {t(`groups:kinds.${row.kind as GroupKind}`)} · {row.dateEdtf ? formatEdtf(row.dateEdtf, locale) : t("groups:undated")}
              {row.memberCount > 0 ? ` · ${t("groups:memberCount", { count: row.memberCount })}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <Pager next={next} />
    </section>
  );
}

export function GroupPage({ group, doc, links }: { group: GroupRow; doc: GroupDocument; links: PublicGroup["links"] }) {
  const { t, locale } = useI18n();
  const description = pickLocalized(doc.description, locale);
  return (
    <article class="memorial group">
      <p class="muted">
        <a href="/groups">{t("groups:page.all")}</a> · {t(`groups:kinds.${doc.kind}`)}
      </p>
      <h1>{groupName(doc, locale)}</h1>
      {description ? (
        <section class="memorial__section" aria-labelledby="group-description">
          <h2 id="group-description">{t("groups:page.description")}</h2>
          <p lang={description.lang}>{description.text}</p>
        </section>
      ) : null}
      <GroupCounts doc={doc} />
      <GroupPeople doc={doc} links={links} />
      <GroupRoute doc={doc} />
      <GroupSources doc={doc} />
      <p class="muted" data-group-id={group.id}>
        {t("groups:page.propose")} <a href={`/groups/${group.slug}/propose`}>{t("groups:page.proposeLink")}</a>
      </p>
    </article>
  );
}
