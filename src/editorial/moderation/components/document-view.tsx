import { DIFF_SECTIONS, type DiffSection, type ItemOf, type ListSection } from "../../../domain/document-diff";
import { renderMarkdown } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { ItemDetails } from "../../../platform/views/components/document-values";
import {
  documentWords,
  itemLabel,
  languageName,
  plainValueWords,
  sectionLabel,
  type DocumentWords,
} from "../../../platform/views/document-words";
import { useI18n } from "../../../platform/views/i18n";

/** Parts shown even when empty: an entry without events or sources is itself worth noticing. */
const ALWAYS_SHOWN = new Set<DiffSection>(["names", "events", "sources"]);

function Items<S extends ListSection>({ section, items, w }: { section: S; items: ItemOf<S>[]; w: DocumentWords }) {
  return (
    <ol class="doc-items">
      {items.map((item, i) => (
        <li>
          <p class="doc-item">
            {section === "media" ? (
              <a href={`/media/${encodeURIComponent((item as ItemOf<"media">).id)}`}>{itemLabel(section, item, w, i)}</a>
            ) : (
              <strong>{itemLabel(section, item, w, i)}</strong>
            )}
          </p>
          <ItemDetails section={section} item={item} w={w} />
        </li>
      ))}
    </ol>
  );
}

function Biography({ texts, w }: { texts: Record<string, string>; w: DocumentWords }) {
  return (
    <>
      {Object.entries(texts).map(([lang, text]) => (
        <section class="prose" lang={lang} aria-label={languageName(lang, w.locale)}>
          <p class="muted" lang={w.locale}>{languageName(lang, w.locale)}</p>
          {/* renderMarkdown escapes every HTML tag of the source. */}
          <div dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
        </section>
      ))}
    </>
  );
}

function Part({ section, doc, w }: { section: DiffSection; doc: PersonDocument; w: DocumentWords }) {
  if (section === "schema_version") return null;
  const value = doc[section];
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty && !ALWAYS_SHOWN.has(section)) return null;
  let body;
  if (empty) body = <p class="muted">{w.t("document:values.none")}</p>;
  else if (section === "biography") body = <Biography texts={doc.biography!} w={w} />;
  else if (section === "sex") body = <p>{plainValueWords(section, doc.sex, w.t)}</p>;
  else if (section === "persecuted_by" || section === "persecution_grounds" || section === "nationalities" || section === "organisations")
    body = <p>{(doc[section] ?? []).map((v) => plainValueWords(section, v, w.t)).join(", ")}</p>;
  else body = <Items section={section} items={doc[section] as ItemOf<typeof section>[]} w={w} />;
  return (
    <>
      <h3>{sectionLabel(section, w.t)}</h3>
      {body}
    </>
  );
}

/**
 * The whole document under review, every part and every field of it, in words: a moderator must
 * see everything that would be published, not the public page's selection. Scripts read the same
 * entry as data through the API, which the last line links to.
 */
export function DocumentView({ doc, revisionId, memorials }: { doc: PersonDocument; revisionId: string; memorials?: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  const w = documentWords(t, locale, [doc], memorials);
  return (
    <div class="review-document">
      {DIFF_SECTIONS.map((section) => (
        <Part section={section} doc={doc} w={w} />
      ))}
      <p class="muted">
        <a href={`/api/v1/moderation/revisions/${encodeURIComponent(revisionId)}`}>{t("document:changes.dataLink")}</a>
      </p>
    </div>
  );
}
