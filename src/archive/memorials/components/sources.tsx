import type { PersonDocument, Source } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { EVIDENCE_HELP_PATH } from "./evidence";

/** "GARF, f. 10035, op. 1, d. P-54560" from the structured archive fields. */
function archivalReference(s: Source): string {
  return [s.archive, s.fond && `f. ${s.fond}`, s.opis && `op. ${s.opis}`, s.delo && `d. ${s.delo}`, s.list && `l. ${s.list}`]
    .filter(Boolean)
    .join(", ");
}

/** Numbered sources; the fate's footnotes link to them by number (#source-n). */
export function Sources({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  if (doc.sources.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="sources">
      <h2 id="sources">{t("memorials:page.sources")}</h2>
      <ol class="sources">
        {doc.sources.map((s, i) => {
          const archival = archivalReference(s);
          return (
            <li id={`source-${i + 1}`}>
              <span lang={s.lang}>{s.citation}</span>{" "}
              <a class="source__kind" href={`${EVIDENCE_HELP_PATH}#source-${s.kind}`}>
                ({t(`evidence:sourceKinds.${s.kind}`)})
              </a>
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
