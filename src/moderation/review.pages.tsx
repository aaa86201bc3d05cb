import { StaffTime } from "./components/staff-time";
import type { FormErrors, FormValues } from "../http/forms";
import { MediaReview, type MediaReviewItem } from "../media/components/media-review";
import { PlausibilityWarnings } from "../revisions/components/plausibility-warnings";
import { useI18n } from "../views/i18n";
import { DecisionForm, ClaimBox } from "./components/decision-form";
import { DiffView } from "./components/diff-view";
import { DocumentView } from "./components/document-view";
import { AuditList } from "./components/history";
import { Duplicates, Thread } from "./components/thread";
import type { RevisionReview } from "./review.queries";

export interface ReviewPageProps {
  review: RevisionReview;
  /** Each file of the revision, with the form to reject one file (src/media). */
  media: MediaReviewItem[];
  userId: string;
  now: number;
  errors?: FormErrors;
  values?: FormValues;
}

function Warnings({ review }: { review: RevisionReview }) {
  const { t } = useI18n();
  const { comparison, memorial, possiblyLiving, revision } = review;
  const open = revision.status === "pending" || revision.status === "in_review";
  return (
    <>
      {open && comparison.memorialChangedSinceBase ? (
        <section class="notice notice--warning" aria-labelledby="conflict">
          <h2 id="conflict">{t("moderation:review.conflictTitle")}</h2>
          <p>{t("moderation:review.conflictBody")}</p>
          <details>
            <summary>{t("moderation:review.changesSinceBase")}</summary>
            <DiffView changes={comparison.changesSinceBase} />
          </details>
        </section>
      ) : null}
      {open && memorial && memorial.status !== "published" ? (
        <p class="notice notice--warning">{t("moderation:review.memorialNotPublished", { status: memorial.status })}</p>
      ) : null}
      {open && possiblyLiving ? <p class="notice notice--warning">{t("moderation:review.possiblyLiving")}</p> : null}
    </>
  );
}

export function ReviewPage({ review, media, userId, now, errors, values }: ReviewPageProps) {
  const { t } = useI18n();
  const { revision, document, memorial, comparison } = review;
  const open = revision.status === "pending" || revision.status === "in_review";
  const own = revision.submitterId === userId;
  const primary = document.names.find((n) => n.primary) ?? document.names[0];
  return (
    <article class="review">
      <header>
        <p class="muted"><a href="/moderation">{t("moderation:queue.title")}</a></p>
        <h1>{primary?.display}</h1>
        <dl class="review__facts">
          <dt>{t("moderation:review.kind")}</dt>
          <dd>{t(`moderation:kinds.${revision.kind}`)}{memorial ? <> · <a href={`/moderation/memorials/${memorial.id}`}>{memorial.slug}</a></> : null}</dd>
          <dt>{t("moderation:review.status")}</dt>
          <dd data-status={revision.status}>{t(`moderation:statuses.${revision.status}`)} · v{revision.version}</dd>
          <dt>{t("moderation:review.submitter")}</dt>
          <dd>
            {review.submitterName ?? "—"}
            {revision.relationship ? ` · ${t(`moderation:relationships.${revision.relationship}`)}` : ""}
          </dd>
          {revision.submitterNote ? <><dt>{t("moderation:review.note")}</dt><dd>{revision.submitterNote}</dd></> : null}
          {revision.reopenedFrom ? <><dt>{t("moderation:review.reopenedFrom")}</dt><dd><a href={`/moderation/revisions/${revision.reopenedFrom}`}>{t("moderation:review.reopenedFromLink")}</a></dd></> : null}
          {revision.decidedAt ? (
            <>
              <dt>{t("moderation:review.decided")}</dt>
              <dd>
                {review.decidedByName ?? "—"} · <StaffTime at={revision.decidedAt} />
                {revision.decisionReason ? ` · “${revision.decisionReason}”` : ""}
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <Warnings review={review} />
      <PlausibilityWarnings warnings={review.plausibility} audience="moderator" explanation={revision.plausibilityNote} />
      {open ? (
        own ? (
          <p class="notice">{t("moderation:review.ownSubmission")}</p>
        ) : (
          <section aria-labelledby="decide">
            <h2 id="decide">{t("moderation:review.decide")}</h2>
            <ClaimBox review={review} userId={userId} now={now} />
            <DecisionForm review={review} errors={errors} values={values} />
          </section>
        )
      ) : null}
      <div class="review__columns">
        <div class="review__main">
          {revision.kind === "correction" ? (
            <section aria-labelledby="changes">
              <h2 id="changes">{t("moderation:review.changes")}</h2>
              <DiffView changes={comparison.changes} />
            </section>
          ) : null}
          <section aria-labelledby="document">
            <h2 id="document">{t("moderation:review.document")}</h2>
            <DocumentView doc={document} />
          </section>
          <MediaReview items={media} returnTo={`/moderation/revisions/${revision.id}`} />
        </div>
        <aside class="review__aside" aria-labelledby="duplicates">
          <h2 id="duplicates">{t("moderation:review.duplicates")}</h2>
          <Duplicates candidates={review.duplicates} />
        </aside>
      </div>
      <Thread revisionId={revision.id} messages={review.messages} errors={errors} values={values} />
      <section aria-labelledby="history">
        <h2 id="history">{t("moderation:history.title")}</h2>
        <AuditList entries={review.history} />
      </section>
    </article>
  );
}
