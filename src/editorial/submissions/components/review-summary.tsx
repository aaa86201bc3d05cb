/** A read-only overview of a submission, step by step; used on the review page and in "My submissions". */
import type { Child } from "hono/jsx";
import { renderMarkdown } from "../../../codecs/markdown";
import type { DateValue } from "../../../domain/person-document";
import { codeWords, dateWithReading, nameForm, plainValueWords, sectionLabel } from "../../../platform/views/document-words";
import { useI18n } from "../../../platform/views/i18n";
import { localized, rowsOf, stringOf, type Draft, type Row, type StepId } from "../form/draft";
import type { RevisionRow } from "../submissions.queries";

/**
 * A date of the draft as the archive will read it: the words as written beside the date read in
 * them ("“wahrscheinlich 1942” → 1942 (uncertain)"), so a submitter sees what will be published.
 */
function DateReading({ date }: { date: unknown }) {
  const { t, locale } = useI18n();
  if (!date || typeof date !== "object") return null;
  const { edtf, text, calendar } = date as Row;
  const value: Partial<DateValue> = {
    edtf: typeof edtf === "string" ? edtf : undefined,
    text: typeof text === "string" ? text : undefined,
    calendar: calendar === "julian" ? "julian" : undefined,
  };
  return value.edtf || value.text ? <span class="date">{dateWithReading(value, { t, locale })}</span> : null;
}

/** A related person by name, or the memorial a relation links to, by its name. */
function RelatedPerson({ relation, memorials }: { relation: Row; memorials?: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const id = stringOf(relation.memorial_id);
  if (relation.name || !id) return <>{stringOf(relation.name) || "?"}</>;
  return <a href={`/memorials/${encodeURIComponent(id)}`}>{memorials?.get(id) ?? t("document:values.linkedMemorial")}</a>;
}

/** ", Russian name form (Cyrillic)", when the name's language or script is given. */
function NameLanguage({ name }: { name: Row }) {
  const { t, locale } = useI18n();
  const form = nameForm({ lang: stringOf(name.lang) || undefined, script: stringOf(name.script) || undefined }, { t, locale });
  return form ? <span class="muted">, {form}</span> : null;
}

/**
 * Parts of the entry the form does not edit (a correction starts from a published entry that may
 * hold them): shown in words, kept as they are.
 */
function OtherParts({ draft }: { draft: Draft }) {
  const { t } = useI18n();
  const words = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  const parts = [
    ["external_ids", rowsOf(draft.external_ids).map((x) => `${codeWords("external_ids", "scheme", stringOf(x.scheme), t)}: ${stringOf(x.value)}`)],
    ["persecuted_by", words(draft.persecuted_by).map((v) => plainValueWords("persecuted_by", v, t))],
    ["nationalities", words(draft.nationalities)],
    ["organisations", words(draft.organisations)],
  ] as const;
  const present = parts.filter(([, list]) => list.length > 0);
  if (present.length === 0) return null;
  return (
    <section class="review-section" aria-labelledby="review-other">
      <h3 id="review-other">{t("submissions:review.otherContent")}</h3>
      <dl>
        {present.map(([section, list]) => (
          <>
            <dt>{sectionLabel(section, t)}</dt>
            <dd>{list.join(", ")}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

function Section({
  step,
  title,
  editHref,
  children,
}: {
  step: StepId;
  title: string;
  editHref?: string;
  children: Child;
}) {
  const { t } = useI18n();
  return (
    <section class="review-section" aria-labelledby={`review-${step}`}>
      <h3 id={`review-${step}`}>{title}</h3>
      {children}
      {editHref ? (
        <p>
          <a href={editHref}>
            {t("submissions:actions.change")}
            <span class="visually-hidden"> — {title}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Empty() {
  const { t } = useI18n();
  return <p class="muted">{t("submissions:review.empty")}</p>;
}

function EventList({ draft }: { draft: Draft }) {
  const { t, locale } = useI18n();
  const events = rowsOf(draft.events);
  const sourceNumber = new Map(rowsOf(draft.sources).map((s, i) => [stringOf(s.id), i + 1]));
  if (events.length === 0) return <Empty />;
  return (
    <ol class="review-list">
      {events.map((e) => {
        const refs = Array.isArray(e.sources)
          ? e.sources.map((id) => sourceNumber.get(String(id))).filter(Boolean)
          : [];
        const evidence =
          e.certainty === "family_account"
            ? t("submissions:review.familyAccount")
            : refs.length
              ? `${t("submissions:review.source")} ${refs.join(", ")}`
              : t("submissions:review.noSource");
        const place = stringOf((e.place as Row | undefined)?.name);
        return (
          <li>
            <strong>
              {e.type ? t(`memorials:eventTypes.${e.type as "birth"}`) : "?"}
              {e.date ? <> · <DateReading date={e.date} /></> : null}
              {place ? ` · ${place}` : ""}
            </strong>{" "}
            <span class="muted">({evidence})</span>
            {localized(e.description, locale) ? <p>{localized(e.description, locale)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The attached files by caption, each linking to the file (visible to its uploader). */
function MediaList({ draft }: { draft: Draft }) {
  const { t, locale } = useI18n();
  const files = rowsOf(draft.media);
  if (files.length === 0) return <Empty />;
  return (
    <ul class="review-list">
      {files.map((file, i) => (
        <li>
          <a href={`/media/${encodeURIComponent(stringOf(file.id))}`}>
            {localized(file.caption, locale) || t("submissions:media.fileN", { n: i + 1 })}
          </a>
          {file.credit ? <span class="muted"> — {stringOf(file.credit)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function ReviewSummary({
  draft,
  revision,
  editable,
  memorials,
}: {
  draft: Draft;
  revision: RevisionRow;
  editable: boolean;
  /** Names of the memorials that relations link to, by id, where known. */
  memorials?: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useI18n();
  const href = (step: StepId) => (editable ? `/submit/${revision.id}/${step}` : undefined);
  const names = rowsOf(draft.names);
  const sources = rowsOf(draft.sources);
  const relations = rowsOf(draft.relations);
  const markers = rowsOf(draft.markers);
  const biography = Object.entries(draft.biography ?? {});
  return (
    <div class="review">
      <Section step="person" title={t("submissions:steps.person")} editHref={href("person")}>
        {names.length ? (
          <ul class="review-list">
            {names.map((n) => (
              <li>
                {n.primary === true ? <strong>{stringOf(n.display)}</strong> : stringOf(n.display)}
                {n.kind ? (
                  <span class="muted"> — {t(`memorials:nameKinds.${n.kind as "birth"}`)}</span>
                ) : null}
                <NameLanguage name={n} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
        {draft.sex ? (
          <p>{`${t("submissions:review.sex")}: ${t(`submissions:sexes.${draft.sex as "male"}`)}`}</p>
        ) : null}
      </Section>
      <Section step="fate" title={t("submissions:steps.fate")} editHref={href("fate")}>
        <EventList draft={draft} />
      </Section>
      <Section
        step="biography"
        title={t("submissions:steps.biography")}
        editHref={href("biography")}
      >
        {biography.length ? (
          biography.map(([lang, text]) => (
            // renderMarkdown escapes every HTML tag of the text: only Markdown's own markup is shown.
            <div class="prose review-biography" lang={lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
          ))
        ) : (
          <Empty />
        )}
      </Section>
      <Section step="sources" title={t("submissions:steps.sources")} editHref={href("sources")}>
        {sources.length ? (
          <ol class="review-list">
            {sources.map((s) => (
              <li>
                {s.title ? <>{stringOf(s.title)}: </> : null}
                {stringOf(s.citation)}
                {s.url ? ` — ${stringOf(s.url)}` : ""}
              </li>
            ))}
          </ol>
        ) : (
          <Empty />
        )}
      </Section>
      <Section
        step="relations"
        title={t("submissions:steps.relations")}
        editHref={href("relations")}
      >
        {relations.length ? (
          <ul class="review-list">
            {relations.map((r) => (
              <li>
                <RelatedPerson relation={r} memorials={memorials} />
                {` — ${r.type ? t(`memorials:relationTypes.${r.type as "spouse"}`) : "?"}`}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Section>
      <Section step="markers" title={t("submissions:steps.markers")} editHref={href("markers")}>
        {markers.length ? (
          <ul class="review-list">
            {markers.map((m) => (
              <li>
                {[
                  m.kind ? t(`memorials:markerKinds.${m.kind as "plaque"}`) : "?",
                  stringOf(m.address),
                  stringOf((m.place as Row | undefined)?.name),
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {m.installed ? <> · <DateReading date={m.installed} /></> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Section>
      <Section step="media" title={t("submissions:steps.media")} editHref={href("media")}>
        <MediaList draft={draft} />
      </Section>
      <OtherParts draft={draft} />
      <Section
        step="submitter"
        title={t("submissions:steps.submitter")}
        editHref={href("submitter")}
      >
        <ul class="review-list">
          <li>
            {revision.relationship
              ? t(`submissions:submitter.relationships.${revision.relationship}`)
              : "—"}
          </li>
          {revision.submitterNote ? <li class="review-text">{revision.submitterNote}</li> : null}
          <li>
            {revision.showName
              ? t("submissions:submitter.showNameYes")
              : t("submissions:submitter.showNameNo")}
          </li>
          <li>
            {revision.consentPublish
              ? t("submissions:submitter.consentLegend") + " ✓"
              : t("submissions:errors.consent")}
          </li>
        </ul>
      </Section>
    </div>
  );
}
