import { BrowseLinks } from "../browse/browse.pages";
import { useI18n } from "../../platform/views/i18n";
import { MemorialCard, type MemorialCardData } from "../../platform/views/components/memorial-card";
import type { ArchiveCounts } from "./home.queries";

export function HomePage({ counts, recent }: { counts: ArchiveCounts; recent: MemorialCardData[] }) {
  const { t } = useI18n();
  return (
    <>
      <section class="hero">
        <h1>{t("home:title")}</h1>
        <p class="lead">{t("home:intro")}</p>
        <form class="hero-search" role="search" action="/search" method="get">
          <label for="home-q">{t("search.label")}</label>
          <div class="hero-search__row">
            <input id="home-q" name="q" type="search" placeholder={t("search.placeholder")} />
            <button type="submit" class="button button--primary">
              {t("search.button")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="counts">
        <h2 id="counts">{t("home:counts.title")}</h2>
        <ul class="counts">
          <li>{t("home:counts.memorials", { count: counts.memorials })}</li>
          <li>{t("home:counts.handovers", { count: counts.handovers })}</li>
          <li>{t("home:counts.sources", { count: counts.sources })}</li>
        </ul>
      </section>
      <section aria-labelledby="browse">
        <h2 id="browse">{t("home:browse")}</h2>
        <BrowseLinks headingLevel={3} />
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">{t("home:recent")}</h2>
        {recent.length === 0 ? <p>{t("home:empty")}</p> : null}
        <div class="card-list">
          {recent.map((m) => (
            <MemorialCard memorial={m} />
          ))}
        </div>
        <p>
          <a href="/feed.atom" type="application/atom+xml">
            {t("home:feed")}
          </a>
        </p>
      </section>
      <section aria-labelledby="how" class="how">
        <h2 id="how">{t("home:how.title")}</h2>
        <p class="narrow">{t("home:how.text")}</p>
      </section>
      <div class="contribute">
        <p>{t("home:contribute")}</p>
        <p>
          <a class="button" href="/submit">
            {t("home:contributeLink")}
          </a>
        </p>
      </div>
    </>
  );
}
