import { pickLocalized } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { EvidenceDate, voiceOf } from "./dates";
import { PlaceName } from "./fate-timeline";
import { MiniMap } from "./mini-map";

/**
 * Physical memorials: plaques, Stolpersteine, graves — with inscription, address, a small map and
 * the photo of the marker. `doc` is the public view (src/media/media.visibility.ts): a marker
 * photo is there only while it is one of the memorial's published files, whose credit and
 * licence are shown with it.
 */
export function Markers({ doc }: { doc: PersonDocument }) {
  const { t, locale } = useI18n();
  if (doc.markers.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="markers">
      <h2 id="markers">{t("memorials:page.markers")}</h2>
      <ul class="markers">
        {doc.markers.map((m) => {
          const note = pickLocalized(m.note, locale);
          const photo = m.media_id ? doc.media.find((f) => f.id === m.media_id) : undefined;
          return (
            <li class="marker">
              <h3 class="marker__kind">{t(`memorials:markerKinds.${m.kind}`)}</h3>
              <dl class="marker__facts">
                {m.address || m.place ? (
                  <div>
                    <dt>{t("memorials:page.address")}</dt>
                    <dd>
                      {m.address ? <span class="marker__address">{m.address}</span> : null}
                      {m.place && !m.address?.includes(m.place.name) ? (
                        <>
                          {m.address ? ", " : null}
                          <PlaceName place={m.place} />
                        </>
                      ) : null}
                    </dd>
                  </div>
                ) : null}
                {m.installed ? (
                  <div>
                    <dt>{t("memorials:page.installed")}</dt>
                    <dd>
                      <EvidenceDate date={m.installed} voice={voiceOf(m, doc.sources)} />
                    </dd>
                  </div>
                ) : null}
              </dl>
              {m.inscription ? (
                <figure class="marker__inscription">
                  <blockquote>{m.inscription}</blockquote>
                  <figcaption class="visually-hidden">{t("memorials:page.inscription")}</figcaption>
                </figure>
              ) : null}
              {note ? <p lang={note.lang === locale ? undefined : note.lang}>{note.text}</p> : null}
              {photo ? (
                <figure class="marker__figure">
                  <a class="marker__photo" href={`/media/${encodeURIComponent(photo.id)}`}>
                    <img
                      src={`/media/${encodeURIComponent(photo.id)}?size=thumb`}
                      alt={`${t(`memorials:markerKinds.${m.kind}`)}${m.address ? `, ${m.address}` : ""}`}
                      loading="lazy"
                    />
                  </a>
                  <figcaption class="gallery__credit">
                    {photo.credit ? `${t("memorials:page.credit", { credit: photo.credit })} ` : null}
                    {t("memorials:page.licence", { licence: t(`memorials:licences.${photo.licence}`) })}
                  </figcaption>
                </figure>
              ) : null}
              {m.place ? <MiniMap place={m.place} label={m.address ?? m.place.name} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
