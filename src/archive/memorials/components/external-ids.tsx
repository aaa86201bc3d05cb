import type { PersonDocument } from "../../../domain/person-document";
import { useI18n } from "../../../platform/views/i18n";
import { externalUrl } from "../json-ld";

/** The same person in other archives and catalogues, linked where the scheme has a web address. */
export function ExternalIds({ doc }: { doc: PersonDocument }) {
  const { t } = useI18n();
  if (doc.external_ids.length === 0) return null;
  return (
    <section class="memorial__section" aria-labelledby="external-ids">
      <h2 id="external-ids">{t("memorials:page.externalIds")}</h2>
      <ul class="external-ids">
        {doc.external_ids.map((x) => {
          const url = externalUrl(x.scheme, x.value, x.url);
          const label = `${t(`memorials:schemes.${x.scheme}`)}: ${x.value}`;
          return <li>{url ? <a href={url} rel="noopener">{label}</a> : label}</li>;
        })}
      </ul>
    </section>
  );
}
