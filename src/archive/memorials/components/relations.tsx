import { pickLocalized } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";

export type RelatedMemorials = Map<string, { slug: string; name: string }>;

/**
 * Relatives, cellmates, co-defendants and possible identities ("possibly the same person as"):
 * linked when they have a published memorial of their own, with how sure the archive is.
 */
export function Relations({ doc, related }: { doc: PersonDocument; related: RelatedMemorials }) {
  const { t, locale } = useI18n();
  if (doc.relations.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="relations">
      <h2 id="relations">{t("memorials:page.relations")}</h2>
      <ul class="relations">
        {doc.relations.map((r) => {
          const target = r.memorial_id ? related.get(r.memorial_id) : undefined;
          const note = pickLocalized(r.note, locale);
          return (
            <li>
              {target ? <a href={`/memorials/${target.slug}`}>{target.name}</a> : <span>{r.name ?? "—"}</span>}
              <span class="relation-type"> — {t(`memorials:relationTypes.${r.type}`)}</span>
              {r.certainty && r.certainty !== "documented" ? (
                <span class="relation-certainty"> {t("evidence:page.certaintyOf", { certainty: t(`memorials:certainty.${r.certainty}`) })}</span>
              ) : null}
              {note ? (
                <span class="relation-note" lang={note.lang === locale ? undefined : note.lang}>
                  . {note.text}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
