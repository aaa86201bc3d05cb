/** A read-only overview of a submission, step by step; used on the review page and in "My submissions". */
import type { Child } from "hono/jsx";
import { useI18n } from "../../views/i18n";
import { dateWords } from "../form/date-input";
import { localized, rowsOf, stringOf, type Draft, type Row, type StepId } from "../form/draft";
import type { RevisionRow } from "../submissions.queries";

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
        const head = [
          e.type ? t(`memorials:eventTypes.${e.type as "birth"}`) : "?",
          dateWords(e.date, locale),
          stringOf((e.place as Row | undefined)?.name),
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <li>
            <strong>{head}</strong> <span class="muted">({evidence})</span>
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
}: {
  draft: Draft;
  revision: RevisionRow;
  editable: boolean;
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
            <p class="review-text" lang={lang}>
              {text}
            </p>
          ))
        ) : (
          <Empty />
        )}
      </Section>
      <Section step="sources" title={t("submissions:steps.sources")} editHref={href("sources")}>
        {sources.length ? (
          <ol class="review-list">
            {sources.map((s) => (
              <li>{`${stringOf(s.citation)}${s.url ? ` — ${stringOf(s.url)}` : ""}`}</li>
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
              <li>{`${stringOf(r.name) || stringOf(r.memorial_id)} — ${r.type ? t(`memorials:relationTypes.${r.type as "spouse"}`) : "?"}`}</li>
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
                  dateWords(m.installed, locale),
                ]
                  .filter(Boolean)
                  .join(" · ")}
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
