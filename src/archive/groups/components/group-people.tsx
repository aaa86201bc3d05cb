import type { GroupDocument } from "../../../domain/group-document";
import { pickLocalized } from "../../../codecs/markdown";
import { useI18n } from "../../../platform/views/i18n";
import type { PublicMemorialLink } from "../groups.queries";

/**
 * The group's people: memorials linked with their role and certainty, people the sources name
 * without a memorial yet, and how many the sources count without naming. `doc` is the public
 * document, so members whose memorial is not public are already gone.
 */
export function GroupPeople({ doc, links }: { doc: GroupDocument; links: Map<string, PublicMemorialLink> }) {
  const { t, locale } = useI18n();
  return (
    <section class="memorial__section" aria-labelledby="group-people">
      <h2 id="group-people">{t("groups:page.people")}</h2>
      {doc.members.length === 0 ? <p>{t("groups:page.noPeople")}</p> : null}
      <ul class="group-people">
        {doc.members.map((m) => {
          const link = m.memorial_id ? links.get(m.memorial_id) : undefined;
          const note = pickLocalized(m.note, locale);
          return (
            <li>
              {link ? <a href={`/memorials/${link.slug}`}>{link.name}</a> : <span>{m.name}</span>}
              {m.name && link && m.name !== link.name ? <span class="muted"> (“{m.name}”)</span> : null}
              {" — "}
              {t(`groups:roles.${m.role}`)}
              {m.certainty !== "documented" ? <span class="muted"> ({t(`memorials:certainty.${m.certainty}`)})</span> : null}
              {!link ? <span class="muted"> · {t("groups:page.noMemorial")}</span> : null}
              {m.sources.map((id) => {
                const n = doc.sources.findIndex((s) => s.id === id) + 1;
                return (
                  <a href={`#group-source-${n}`} class="footnote">
                    [{n}]
                  </a>
                );
              })}
              {note ? <p lang={note.lang} class="group-people__note">{note.text}</p> : null}
            </li>
          );
        })}
      </ul>
      {doc.unnamed_count ? <p>{t("groups:page.unnamed", { count: doc.unnamed_count })}</p> : null}
    </section>
  );
}
