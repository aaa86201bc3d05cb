import { pickLocalized } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";

/**
 * Photos and scans the memorial lists: a thumbnail linking to the file, with caption, credit and
 * licence. The files themselves are served (and kept private before approval) by /media/{id}.
 */
export function MediaGallery({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  if (doc.media.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="media">
      <h2 id="media">{t("memorials:page.media")}</h2>
      <ul class="gallery">
        {doc.media.map((m, i) => {
          const caption = pickLocalized(m.caption, locale);
          const alt = caption?.text ?? t("memorials:page.mediaUntitled", { n: i + 1 });
          return (
            <li>
              <figure class="gallery__item">
                <a href={`/media/${encodeURIComponent(m.id)}`}>
                  <img src={`/media/${encodeURIComponent(m.id)}?size=thumb`} alt={alt} loading="lazy" decoding="async" />
                </a>
                <figcaption>
                  {caption ? <span lang={caption.lang === locale ? undefined : caption.lang}>{caption.text}</span> : null}
                  {m.credit ? <span class="gallery__credit"> {t("memorials:page.credit", { credit: m.credit })}</span> : null}
                  <span class="gallery__licence"> {t("memorials:page.licence", { licence: t(`memorials:licences.${m.licence}`) })}</span>
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
