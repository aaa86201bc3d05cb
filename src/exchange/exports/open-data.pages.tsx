import { useCitation } from "../../archive/memorials/components/cite";
import { useI18n } from "../../platform/views/i18n";
import { DATA_LICENCE } from "../../domain/licence";
import { memorialUrl } from "../../platform/http/site-url";

export interface OpenDataExample {
  /** A published memorial to show the citation and the GEDCOM line with, if there is one. */
  memorial: { id: string; name: string } | null;
  /** The archive's public address (SITE_URL), so every line works as it stands. */
  site: string;
  today: Date;
}

type Row = { key: "apiDocs" | "openapi" | "memorials" | "jsonl" | "csv" | "jsonld" | "gedcom" | "oai" | "feed" | "sitemap"; path: string };

const WHAT_THERE_IS: Row[] = [
  { key: "apiDocs", path: "/api/docs" },
  { key: "openapi", path: "/api/v1/openapi.json" },
  { key: "memorials", path: "/api/v1/memorials" },
  { key: "jsonl", path: "/api/v1/export.jsonl" },
  { key: "csv", path: "/api/v1/export.csv" },
  { key: "jsonld", path: "/api/v1/export.jsonld" },
  { key: "gedcom", path: "/api/v1/memorials/{id}/gedcom" },
  { key: "oai", path: "/oai?verb=Identify" },
  { key: "feed", path: "/feed.atom" },
  { key: "sitemap", path: "/sitemap.xml" },
];

/** The curl lines of the examples, with this archive's address; tests run each one. */
export function exampleCommands(site: string, memorialId: string | null) {
  return {
    search: `curl "${site}/api/v1/memorials?q=Zucker&limit=5"`,
    jsonl: `curl -s "${site}/api/v1/export.jsonl" | head -n 1`,
    csv: `curl -OJ "${site}/api/v1/export.csv"`,
    gedcom: memorialId ? `curl -o person.ged "${site}/api/v1/memorials/${memorialId}/gedcom"` : null,
    oai: `curl "${site}/oai?verb=ListRecords&metadataPrefix=oai_dc"`,
    unchanged: `curl -z zeugnis.csv -o zeugnis.csv "${site}/api/v1/export.csv"`,
  };
}

function WhatThereIs() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="what">
      <h2 id="what">{t("opendata:what.title")}</h2>
      <div class="table-wrap">
        <table class="open-data-table">
          <caption class="visually-hidden">{t("opendata:what.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("opendata:what.what")}</th>
              <th scope="col">{t("opendata:what.address")}</th>
              <th scope="col">{t("opendata:what.format")}</th>
            </tr>
          </thead>
          <tbody>
            {WHAT_THERE_IS.map(({ key, path }) => (
              <tr>
                <td>{t(`opendata:what.${key}`)}</td>
                <td>{path.includes("{") ? <code>{path}</code> : <a href={path}><code>{path}</code></a>}</td>
                <td>{t(`opendata:what.${key}Format`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t("opendata:what.more")}</p>
    </section>
  );
}

function Licence() {
  const { t } = useI18n();
  const marker = "\u0000";
  const [before = "", after = ""] = t("opendata:licence.text", { licence: marker }).split(marker);
  return (
    <section aria-labelledby="licence">
      <h2 id="licence">{t("opendata:licence.title")}</h2>
      <p>
        {before}
        <a href={DATA_LICENCE.url} rel="license">
          {DATA_LICENCE.name}
        </a>
        {after}
      </p>
      <p>{t("opendata:licence.media")}</p>
      <p>{t("opendata:licence.headers")}</p>
    </section>
  );
}

function HowToCite({ memorial, site, today }: OpenDataExample) {
  const { t } = useI18n();
  const citation = useCitation({
    title: memorial?.name ?? "",
    authors: [],
    permanentUrl: memorialUrl(site, memorial?.id ?? ""),
    accessed: today,
  });
  const dataset = t("opendata:cite.datasetText", {
    archive: t("memorials:cite.archive"),
    url: `${site}/api/v1/export.jsonl`,
    date: today.toISOString().slice(0, 10),
  });
  return (
    <section aria-labelledby="cite">
      <h2 id="cite">{t("opendata:cite.title")}</h2>
      <p>{t("opendata:cite.intro")}</p>
      {memorial ? <blockquote class="citation-example"><p>{citation}</p></blockquote> : <p>{t("opendata:cite.noExample")}</p>}
      <p>{t("opendata:cite.dataset")}</p>
      <blockquote class="citation-example"><p>{dataset}</p></blockquote>
    </section>
  );
}

function Examples({ memorial, site }: OpenDataExample) {
  const { t } = useI18n();
  const commands = exampleCommands(site, memorial?.id ?? null);
  return (
    <section aria-labelledby="examples">
      <h2 id="examples">{t("opendata:examples.title")}</h2>
      <p>{t("opendata:examples.intro")}</p>
      <dl class="examples">
        {(Object.keys(commands) as Array<keyof typeof commands>).map((key) =>
          commands[key] ? (
            <>
              <dt>{t(`opendata:examples.${key}`)}</dt>
              <dd>
                <pre><code>{commands[key]}</code></pre>
              </dd>
            </>
          ) : null,
        )}
      </dl>
    </section>
  );
}

/** /open-data: what programs can read here, under which licence, how to cite it, with examples. */
export function OpenDataPage(props: OpenDataExample) {
  const { t } = useI18n();
  return (
    <article class="prose open-data">
      <h1>{t("opendata:title")}</h1>
      <p class="lead">{t("opendata:intro")}</p>
      <WhatThereIs />
      <Licence />
      <HowToCite {...props} />
      <Examples {...props} />
    </article>
  );
}
