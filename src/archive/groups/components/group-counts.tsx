import type { GroupDocument } from "../../../domain/group-document";
import { pickLocalized } from "../../../codecs/markdown";
import { useI18n } from "../../../platform/views/i18n";

/** Where a source stands in the group's list, for the footnote link (#group-source-n). */
const sourceNumber = (doc: GroupDocument, id: string) => doc.sources.findIndex((s) => s.id === id) + 1;

/**
 * Every figure with its source. Figures that disagree stand side by side, each with its own
 * source; the archive never averages or picks one.
 */
export function GroupCounts({ doc }: { doc: GroupDocument }) {
  const { t, locale } = useI18n();
  if (doc.counts.length === 0) return null;
  const disagree = doc.counts.some((c) => c.status !== "stated");
  return (
    <section class="memorial__section" aria-labelledby="group-counts">
      <h2 id="group-counts">{t("groups:page.counts")}</h2>
      {disagree ? <p class="notice">{t("groups:page.countsDisagree")}</p> : null}
      <table class="group-counts">
        <thead>
          <tr>
            <th scope="col">{t("groups:page.figure")}</th>
            <th scope="col">{t("groups:page.what")}</th>
            <th scope="col">{t("groups:page.source")}</th>
          </tr>
        </thead>
        <tbody>
          {doc.counts.map((count) => {
            const what = pickLocalized(count.what, locale);
            return (
              <tr class={count.status !== "stated" ? "group-counts__disputed" : undefined}>
                <td>
                  <strong>{t(`groups:qualifiers.${count.qualifier}`, { value: count.value })}</strong>
                  {count.words ? <span class="date__note"> — “{count.words}”</span> : null}
                </td>
                <td>
                  <span lang={what?.lang}>{what?.text}</span>
                  <span class="muted"> ({t(`groups:statuses.${count.status}`)})</span>
                </td>
                <td>
                  {count.sources.map((id) => {
                    const n = sourceNumber(doc, id);
                    return (
                      <a href={`#group-source-${n}`} class="footnote">
                        [{n}]
                      </a>
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function GroupSources({ doc }: { doc: GroupDocument }) {
  const { t } = useI18n();
  return (
    <section class="memorial__section" aria-labelledby="group-sources">
      <h2 id="group-sources">{t("groups:page.sources")}</h2>
      <ol class="sources">
        {doc.sources.map((s, i) => (
          <li id={`group-source-${i + 1}`}>
            <span lang={s.lang}>{s.citation}</span>
            {s.page ? <span>, {s.page}</span> : null}
            {s.note ? <span class="source__note"> {s.note}</span> : null}
            {s.url ? (
              <>
                {" "}
                <a href={s.url} rel="nofollow noopener">
                  {s.url}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
