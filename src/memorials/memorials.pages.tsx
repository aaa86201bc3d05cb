import { formatEdtf } from "../lib/date-format";
import { jsonForScript } from "../lib/json-script";
import { pickLocalized, renderMarkdown } from "../lib/markdown";
import { DEATH_EVENT_TYPES, firstEvent, primaryName, type PersonDocument } from "../lib/person-document";
import { useAppContext, useI18n } from "../views/i18n";
import { EvidenceDate } from "./components/dates";
import { FateTimeline, PlaceName } from "./components/fate-timeline";
import { externalUrl } from "./json-ld";
import type { MemorialRow } from "./memorials.queries";

function NamesHeader({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  const primary = primaryName(doc);
  const others = doc.names.filter((n) => n !== primary);
  const birth = firstEvent(doc, ["birth"]);
  const death = firstEvent(doc, DEATH_EVENT_TYPES);
  return (
    <header class="memorial__header">
      <h1 lang={primary.lang}>{primary.display}</h1>
      <p class="memorial__life">
        <span class="visually-hidden">{t("memorials:page.life")}: </span>
        <EvidenceDate date={birth?.date} /> – <EvidenceDate date={death?.date} />
      </p>
      {others.length > 0 ? (
        <div class="memorial__names">
          <h2 class="visually-hidden">{t("memorials:page.otherNames")}</h2>
          <ul>
            {others.map((n) => (
              <li>
                <span lang={n.lang}>{n.display}</span>
                <span class="name-kind"> — {t(`memorials:nameKinds.${n.kind}`)}</span>
                {n.script && n.script !== "Latn" ? <span class="name-script"> ({n.script})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </header>
  );
}

function Biography({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  const picked = pickLocalized(doc.biography, locale);
  if (!picked) return null;
  return (
    <section class="memorial__section" aria-labelledby="biography">
      <h2 id="biography">{t("memorials:page.biography")}</h2>
      {picked.lang !== locale ? <p class="notice">{t("memorials:page.inOtherLanguage")}</p> : null}
      {/* renderMarkdown escapes all HTML in the source; only Markdown's own markup is produced. */}
      <div class="prose" lang={picked.lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(picked.text) }} />
    </section>
  );
}

function Markers({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  if (doc.markers.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="markers">
      <h2 id="markers">{t("memorials:page.markers")}</h2>
      <ul class="markers">
        {doc.markers.map((m) => {
          const note = pickLocalized(m.note, locale);
          return (
            <li class="marker">
              <strong>{t(`memorials:markerKinds.${m.kind}`)}</strong>
              {m.address ? <p class="marker__address">{m.address}</p> : null}
              {m.place ? (
                <p>
                  <PlaceName place={m.place} />
                </p>
              ) : null}
              {m.inscription ? <blockquote class="marker__inscription">{m.inscription}</blockquote> : null}
              {note ? <p lang={note.lang === locale ? undefined : note.lang}>{note.text}</p> : null}
              {m.installed ? (
                <p>
                  <EvidenceDate date={m.installed} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Relations({ doc, related }: { doc: PersonDocument; related: Map<string, { slug: string; name: string }> }) {
  const { t } = useI18n();
  if (doc.relations.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="relations">
      <h2 id="relations">{t("memorials:page.relations")}</h2>
      <ul>
        {doc.relations.map((r) => {
          const target = r.memorial_id ? related.get(r.memorial_id) : undefined;
          return (
            <li>
              {target ? <a href={`/memorials/${target.slug}`}>{target.name}</a> : <span>{r.name}</span>}
              <span class="relation-type"> — {t(`memorials:relationTypes.${r.type}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Sources({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  if (doc.sources.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="sources">
      <h2 id="sources">{t("memorials:page.sources")}</h2>
      <ol class="sources">
        {doc.sources.map((s, i) => {
          const archival = [s.archive, s.fond && `f. ${s.fond}`, s.opis && `op. ${s.opis}`, s.delo && `d. ${s.delo}`, s.list && `l. ${s.list}`]
            .filter(Boolean)
            .join(", ");
          return (
            <li id={`source-${i + 1}`}>
              <span lang={s.lang}>{s.citation}</span>
              {archival ? <span class="source__archival"> — {archival}</span> : null}
              {s.page ? <span>, {s.page}</span> : null}
              {s.url ? (
                <>
                  {" "}
                  <a href={s.url} rel="nofollow noopener">
                    {s.url}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ExternalIds({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  if (doc.external_ids.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="external-ids">
      <h2 id="external-ids">{t("memorials:page.externalIds")}</h2>
      <ul>
        {doc.external_ids.map((x) => {
          const url = externalUrl(x.scheme, x.value, x.url);
          return <li>{url ? <a href={url} rel="noopener">{`${x.scheme}: ${x.value}`}</a> : `${x.scheme}: ${x.value}`}</li>;
        })}
      </ul>
    </section>
  );
}

export interface MemorialPageProps {
  memorial: MemorialRow;
  doc: PersonDocument;
  related: Map<string, { slug: string; name: string }>;
}

export function MemorialPage({ memorial, doc, related }: MemorialPageProps) {
  const { t, locale } = useI18n();
  const updated = new Date(memorial.updatedAt);
  return (
    <article class="memorial">
      <NamesHeader doc={doc} />
      <Biography doc={doc} />
      <section class="memorial__section" aria-labelledby="fate">
        <h2 id="fate">{t("memorials:page.fate")}</h2>
        <FateTimeline doc={doc} />
      </section>
      <Markers doc={doc} />
      <Relations doc={doc} related={related} />
      <ExternalIds doc={doc} />
      <Sources doc={doc} />
      <p class="memorial__updated">
        {t("memorials:page.lastUpdated")}:{" "}
        <time datetime={updated.toISOString()}>
          {new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeZone: "UTC" }).format(updated)}
        </time>
      </p>
    </article>
  );
}

export function WithheldPage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("errors.gone")}</h1>
      <p>{t("memorials:page.withheld")}</p>
    </section>
  );
}

/** The JSON-LD element; its content is escaped for the script context by jsonForScript. */
export function JsonLd({ data }: { data: unknown }) {
  const c = useAppContext();
  return <script type="application/ld+json" nonce={c.var.secureHeadersNonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}

export function lifeSpan(memorial: MemorialRow, locale: "en" | "de" | "ru"): string {
  return `${formatEdtf(memorial.birthEdtf, locale)} – ${formatEdtf(memorial.deathEdtf, locale)}`;
}
