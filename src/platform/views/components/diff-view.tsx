/**
 * What a revision changes, in the words of the page: each part of the entry with its items
 * added, removed or changed; a changed item names each changed field with its value before and
 * now (dates with their wording, sources by title); texts with the words struck out and put in;
 * biographies rendered, not as Markdown.
 */
import {
  compareDocuments,
  type FieldChange,
  type ItemChange,
  type ListSection,
  type SectionDiff,
} from "../../../domain/document-diff";
import { markdownChanges } from "../../../codecs/markdown-diff";
import { renderMarkdown } from "../../../codecs/markdown";
import type { PersonDocument } from "../../../domain/person-document";
import { BeforeAfter, ItemDetails, TextChanges, valueWords } from "./document-values";
import {
  documentWords,
  fieldInLanguage,
  itemLabel,
  languageName,
  LOCALIZED_FIELDS,
  plainValueWords,
  sectionLabel,
  sourceRefWords,
  type DocumentWords,
  type FieldName,
} from "../document-words";
import { useI18n } from "../i18n";

type Texts = Record<string, string>;

/** Plain-text fields long enough to read their changes word by word. */
const PROSE_FIELDS = new Set(["note", "citation", "inscription", "source", "title"]);

/** The top-level fields a matched pair differs in, in the order microdiff found them. */
const changedFields = (changes: FieldChange[]) => [...new Set(changes.map((c) => c.field.split(".")[0]!))];

function OpLabel({ op, w }: { op: FieldChange["op"]; w: DocumentWords }) {
  return <strong class="diff__op">{w.t(`document:changes.ops.${op}`)}</strong>;
}

/** Cited sources: the ones newly cited and the ones no longer cited, by title. */
function SourceRefChanges({ before = [], after = [], w }: { before?: string[]; after?: string[]; w: DocumentWords }) {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  return (
    <ul class="diff__refs">
      {removed.map((id) => (
        <li>
          <OpLabel op="removed" w={w} /> <del>{sourceRefWords(id, w)}</del>
        </li>
      ))}
      {added.map((id) => (
        <li>
          <OpLabel op="added" w={w} /> <ins>{sourceRefWords(id, w)}</ins>
        </li>
      ))}
    </ul>
  );
}

/** One changed field of a matched item: one row per changed language for texts. */
function FieldRows({ change, field, w }: { change: ItemChange; field: string; w: DocumentWords }) {
  const before = (change.before as Record<string, unknown>)[field];
  const after = (change.after as Record<string, unknown>)[field];
  const path = `${change.section}.${change.afterIndex}.${field}`;
  const isTexts = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (LOCALIZED_FIELDS.has(field) && (isTexts(before) || isTexts(after))) {
    const old = (before ?? {}) as Texts;
    const now = (after ?? {}) as Texts;
    return (
      <>
        {[...new Set([...Object.keys(old), ...Object.keys(now)])]
          .filter((lang) => old[lang] !== now[lang])
          .map((lang) => (
            <div class="diff__field" data-path={`${path}.${lang}`}>
              <dt>{fieldInLanguage(field as FieldName, lang, w)}</dt>
              <dd lang={lang}>
                <TextChanges before={old[lang] ?? ""} after={now[lang] ?? ""} w={w} />
              </dd>
            </div>
          ))}
      </>
    );
  }
  return (
    <div class="diff__field" data-path={path}>
      <dt>{fieldInLanguage(field as FieldName, undefined, w)}</dt>
      <dd>
        {field === "sources" ? (
          <SourceRefChanges before={before as string[] | undefined} after={after as string[] | undefined} w={w} />
        ) : PROSE_FIELDS.has(field) && typeof before === "string" && typeof after === "string" ? (
          <TextChanges before={before} after={after} w={w} />
        ) : (
          <BeforeAfter before={valueWords(change.section, field, before, w)} after={valueWords(change.section, field, after, w)} w={w} />
        )}
      </dd>
    </div>
  );
}

function ItemChangeView({ change, w }: { change: ItemChange; w: DocumentWords }) {
  const item = (change.after ?? change.before)!;
  const index = change.afterIndex ?? change.beforeIndex ?? 0;
  return (
    <li class={`diff__change diff__change--${change.op}`} data-path={`${change.section}.${index}`}>
      <p>
        <OpLabel op={change.op} w={w} /> <span class="diff__item">{itemLabel(change.section, item, w, index)}</span>
      </p>
      {change.op === "changed" ? (
        <dl class="diff__fields">
          {changedFields(change.changes).map((field) => (
            <FieldRows change={change} field={field} w={w} />
          ))}
        </dl>
      ) : (
        <ItemDetails section={change.section as ListSection} item={item} w={w} />
      )}
    </li>
  );
}

/** A biography in one language: added or removed whole, or changed word by word. */
function BiographyChange({ change, w }: { change: FieldChange; w: DocumentWords }) {
  const lang = change.field;
  const html =
    change.op === "changed"
      ? markdownChanges(String(change.before), String(change.after), { added: w.t("document:changes.inserted"), removed: w.t("document:changes.deleted") })
      : renderMarkdown(String(change.op === "added" ? change.after : change.before));
  return (
    <li class={`diff__change diff__change--${change.op}`} data-path={change.path}>
      <p>
        <OpLabel op={change.op} w={w} /> <span class="diff__item">{languageName(lang, w.locale)}</span>
      </p>
      {/* markdownChanges and renderMarkdown escape every tag of the text; only Markdown's own markup and <ins>/<del> are produced. */}
      <div class={`prose diff__text diff__text--${change.op}`} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
    </li>
  );
}

function ValueChange({ change, w }: { change: FieldChange; w: DocumentWords }) {
  if (change.section === "biography") return <BiographyChange change={change} w={w} />;
  const [before, after] = [plainValueWords(change.section, change.before, w.t), plainValueWords(change.section, change.after, w.t)];
  return (
    <li class={`diff__change diff__change--${change.op}`} data-path={change.path}>
      <OpLabel op={change.op} w={w} />{" "}
      {change.op === "changed" ? <BeforeAfter before={before} after={after} w={w} /> : change.op === "added" ? <ins>{after}</ins> : <del>{before}</del>}
    </li>
  );
}

function SectionView({ diff, w, headingLevel }: { diff: SectionDiff; w: DocumentWords; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section class="diff__section">
      <Heading>{sectionLabel(diff.section, w.t)}</Heading>
      <ul class="diff__list">
        {diff.kind === "list"
          ? diff.items.map((change) => <ItemChangeView change={change as ItemChange} w={w} />)
          : diff.changes.map((change) => <ValueChange change={change} w={w} />)}
      </ul>
    </section>
  );
}

/**
 * The changes from `before` to `after` (null: everything is new), part by part.
 * `memorials` names the memorials that relations link to; parts get headings of `headingLevel`.
 */
export function DiffView({
  before,
  after,
  memorials,
  headingLevel = 3,
}: {
  before: PersonDocument | null;
  after: PersonDocument;
  memorials?: ReadonlyMap<string, string>;
  headingLevel?: 3 | 4;
}) {
  const { t, locale } = useI18n();
  const w = documentWords(t, locale, [before, after], memorials);
  const diffs = compareDocuments(before, after);
  if (diffs.length === 0) return <p>{t("document:changes.none")}</p>;
  return (
    <div class="diff">
      {diffs.map((diff) => (
        <SectionView diff={diff} w={w} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
