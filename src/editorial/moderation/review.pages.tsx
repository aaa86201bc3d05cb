import { StaffTime } from "./components/staff-time";
import type { FormErrors, FormValues } from "../../platform/http/forms";
import { MediaReview } from "../../media/components/media-review";
import type { MediaReviewItem } from "../../media/media-review.queries";
import { PlausibilityWarnings } from "../revisions/components/plausibility-warnings";
import { findDateProblems } from "../../domain/dates/document-dates";
import { DateFindingsNotice } from "../date-check/date-findings";
import { DATE_CHECK_ACCOUNT } from "../date-check/date-check";
import { ImportReview } from "./components/import-review";
import { useI18n } from "../../platform/views/i18n";
import { approvalsNeeded } from "./agreements";
import { DecisionForm, ClaimBox } from "./components/decision-form";
import { DiffView } from "../../platform/views/components/diff-view";
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
  /** PUBLICATION_NEEDS_TWO_MODERATORS (agreements.ts). */
  twoModerators: boolean;
  errors?: FormErrors;
  values?: FormValues;
}

/** Where a new memorial stands on its way to two approvals, and who shares the submitter's client. */
function FourEyes({ review, userId, twoModerators }: Pick<ReviewPageProps, "review" | "userId" | "twoModerators">) {
  const { t } = useI18n();
  const { revision, agreedBy, sameClientModerators } = review;
  const open = revision.status === "pending" || revision.status === "in_review";
  const needed = approvalsNeeded(revision, { twoModerators });
  const other = agreedBy.find((a) => a.id !== userId);
  return (
    <>
      {sameClientModerators.length ? (
        <p class="notice notice--warning">
          {t("moderation:fourEyes.sameClient", { names: sameClientModerators.map((m) => m.name ?? "?").join(", ") })}
        </p>
      ) : null}
      {open && needed === 2 ? (
        <p class="notice">
          <strong>{t("moderation:fourEyes.count", { count: agreedBy.length, needed })}</strong>{" "}
          {agreedBy.some((a) => a.id === userId)
            ? t("moderation:fourEyes.byYou")
            : other
              ? t("moderation:fourEyes.byOther", { name: other.name ?? "?" })
              : t("moderation:fourEyes.first")}
        </p>
      ) : null}
    </>
  );
}

function Warnings({ review }: { review: RevisionReview }) {
  const { t } = useI18n();
  const { comparison, memorial, possiblyLiving, revision, memorialNames } = review;
  const open = revision.status === "pending" || revision.status === "in_review";
  const stale = comparison.memorialChangedSinceBase && comparison.against !== null;
  return (
    <>
      {stale && (open || revision.status === "approved") ? (
        // Shown open, not folded away: approving replaces the current text, so what changed meanwhile must be seen.
        <section class="notice notice--warning" aria-labelledby="conflict">
          <h2 id="conflict">{t(open ? "moderation:review.conflictTitle" : "moderation:review.approvedOverChanges")}</h2>
          {open ? <p>{t("moderation:review.conflictBody")}</p> : null}
          <h3>{t("moderation:review.changesSinceBase")}</h3>
          <DiffView before={comparison.base} after={comparison.against!} memorials={memorialNames} headingLevel={4} />
        </section>
      ) : null}
      {open && memorial && memorial.status !== "published" ? (
        <p class="notice notice--warning">{t("moderation:review.memorialNotPublished", { status: memorial.status })}</p>
      ) : null}
      {open && possiblyLiving ? <p class="notice notice--warning">{t("moderation:review.possiblyLiving")}</p> : null}
    </>
  );
}

/** A correction's changes: against what it would replace, and when that moved on, against what it started from. */
function CorrectionChanges({ review }: { review: RevisionReview }) {
  const { t } = useI18n();
  const { comparison, document, revision, memorialNames } = review;
  return (
    <>
      <section aria-labelledby="changes">
        <h2 id="changes">{t(revision.status === "approved" ? "moderation:review.changesApproved" : "moderation:review.changes")}</h2>
        <DiffView before={comparison.against} after={comparison.proposed} memorials={memorialNames} />
      </section>
      {comparison.memorialChangedSinceBase && comparison.base ? (
        <section aria-labelledby="own-changes">
          <h2 id="own-changes">{t("moderation:review.changesAgainstBase")}</h2>
          <DiffView before={comparison.base} after={document} memorials={memorialNames} />
        </section>
      ) : null}
    </>
  );
}

export function ReviewPage({ review, media, userId, now, twoModerators, errors, values }: ReviewPageProps) {
  const { t } = useI18n();
  const { revision, document, memorial } = review;
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
      <DateFindingsNotice findings={findDateProblems(document)} byCheck={revision.submitterId === DATE_CHECK_ACCOUNT.id} />
      <FourEyes review={review} userId={userId} twoModerators={twoModerators} />
      <ImportReview history={review.history} />
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
          {revision.kind === "correction" ? <CorrectionChanges review={review} /> : null}
          <section aria-labelledby="document">
            <h2 id="document">{t("moderation:review.document")}</h2>
            <DocumentView doc={document} revisionId={revision.id} memorials={review.memorialNames} />
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
