import { useI18n } from "../../platform/views/i18n";
import { BrowseTrail, MemorialList } from "./components/memorial-list";
import type { MemorialPage } from "./browse.queries";
import type { FateType } from "./fates";

const SECTIONS = [
  ["/browse/fate", "fate"],
  ["/browse/years", "years"],
  ["/browse/places", "places"],
  ["/browse/a-z", "az"],
  ["/map", "map"],
  ["/timeline", "timeline"],
  ["/groups", "groups"],
] as const;

/** The ways into the archive, each with a sentence on what it offers. */
export function BrowseLinks({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="browse-links">
      {SECTIONS.map(([href, key]) => (
        <li>
          <Heading class="browse-links__title">
            <a href={href}>{t(`browse:index.${key}`)}</a>
          </Heading>
          <p>{t(`browse:index.${key}Text`)}</p>
        </li>
      ))}
    </ul>
  );
}

export function BrowseIndexPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t("browse:index.title")}</h1>
      <p class="lead">{t("browse:index.intro")}</p>
      <BrowseLinks />
    </>
  );
}

export function FateIndexPage({ counts, types }: { counts: Map<string, number>; types: readonly FateType[] }) {
  const { t } = useI18n();
  return (
    <>
      <BrowseTrail />
      <h1>{t("browse:fate.title")}</h1>
      <p class="lead">{t("browse:fate.intro")}</p>
      <ul class="facet-list">
        {types.map((type) => {
          const n = counts.get(type) ?? 0;
          return (
            <li>
              {n > 0 ? <a href={`/browse/fate/${type}`}>{t(`memorials:eventTypes.${type}`)}</a> : t(`memorials:eventTypes.${type}`)}
              <span class="facet-count"> — {t("browse:count", { count: n })}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function FatePage({ type, page }: { type: FateType; page: MemorialPage }) {
  const { t } = useI18n();
  return (
    <>
      <BrowseTrail>
        <a href="/browse/fate">{t("browse:fate.title")}</a>
      </BrowseTrail>
      <h1>{t("browse:fate.typeTitle", { type: t(`memorials:eventTypes.${type}`) })}</h1>
      <MemorialList page={page} />
    </>
  );
}
