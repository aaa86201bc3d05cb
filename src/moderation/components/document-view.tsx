import { renderMarkdown } from "../../lib/markdown";
import type { PersonDocument } from "../../lib/person-document";
import { EvidenceDate } from "../../memorials/components/dates";
import { FateTimeline, PlaceName } from "../../memorials/components/fate-timeline";
import { useI18n } from "../../views/i18n";

/**
 * The whole document under review, every part of it: a moderator must see everything that
 * would be published, not the public page's selection. The raw JSON is one click away.
 */
export function DocumentView({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  return (
    <div class="review-document">
      <h3>{t("moderation:doc.names")}</h3>
      <ul>
        {doc.names.map((n) => (
          <li>
            <span lang={n.lang}>{n.display}</span> — {t(`memorials:nameKinds.${n.kind}`)}
            {n.primary ? ` (${t("moderation:doc.primary")})` : ""}
            {n.script ? ` · ${n.script}` : ""}
          </li>
        ))}
      </ul>
      {doc.sex ? <p>{t("moderation:doc.sex")}: {doc.sex}</p> : null}
      <h3>{t("moderation:doc.events")}</h3>
      {doc.events.length ? <FateTimeline doc={doc} /> : <p class="muted">{t("moderation:doc.none")}</p>}
      {doc.biography ? (
        <>
          <h3>{t("moderation:doc.biography")}</h3>
          {Object.entries(doc.biography).map(([lang, text]) => (
            <section class="prose" lang={lang} aria-label={lang}>
              <p class="muted">{lang}</p>
              {/* renderMarkdown escapes every HTML tag of the source. */}
              <div dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
            </section>
          ))}
        </>
      ) : null}
      <h3>{t("moderation:doc.sources")}</h3>
      <ol class="sources">
        {doc.sources.map((s, i) => (
          <li id={`source-${i + 1}`}>
            <code>{s.id}</code> · {t(`moderation:sourceKinds.${s.kind}`)} · {s.citation}
            {s.archive ? ` · ${[s.archive, s.fond && `f. ${s.fond}`, s.opis && `op. ${s.opis}`, s.delo && `d. ${s.delo}`, s.list && `l. ${s.list}`].filter(Boolean).join(", ")}` : ""}
            {s.url ? <> · <a href={s.url} rel="nofollow noopener">{s.url}</a></> : null}
          </li>
        ))}
      </ol>
      {doc.relations.length ? (
        <>
          <h3>{t("moderation:doc.relations")}</h3>
          <ul>
            {doc.relations.map((r) => (
              <li>{r.type}: {r.name ?? r.memorial_id}</li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.markers.length ? (
        <>
          <h3>{t("moderation:doc.markers")}</h3>
          <ul>
            {doc.markers.map((m) => (
              <li>
                {m.kind}: {m.address ?? ""} <PlaceName place={m.place} /> {m.installed ? <EvidenceDate date={m.installed} /> : null}
                {m.inscription ? <blockquote>{m.inscription}</blockquote> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.media.length ? (
        <>
          <h3>{t("moderation:doc.media")}</h3>
          <ul>
            {doc.media.map((m) => (
              <li><a href={`/media/${m.id}`}>{m.id}</a> · {m.licence} {m.credit ? `· ${m.credit}` : ""}</li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.external_ids.length ? (
        <>
          <h3>{t("moderation:doc.externalIds")}</h3>
          <ul>
            {doc.external_ids.map((x) => (
              <li>{x.scheme}: {x.value}</li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>{t("moderation:doc.json")}</summary>
        <pre class="json">{JSON.stringify(doc, null, 2)}</pre>
      </details>
    </div>
  );
}
