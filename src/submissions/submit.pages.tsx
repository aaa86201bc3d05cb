/** Pages of the submission form outside the steps: start, duplicate hint, correction start, review. */
import type { DuplicateCandidate } from "../search/duplicates";
import { formatEdtf } from "../lib/date-format";
import { useAppContext, useI18n } from "../views/i18n";
import { TextInput } from "./components/inputs";
import { MessageThread, type ThreadMessage } from "./components/message-thread";
import { ReviewSummary } from "./components/review-summary";
import { StepList, SubmissionTitle } from "./components/step-layout";
import { draftName, STEPS, type Draft } from "./form/draft";
import type { Problem } from "./form/field-errors";
import type { OwnRevisionItem, RevisionRow } from "./submissions.queries";

export function StartPage({ name, error, drafts }: { name?: string; error?: string; drafts: OwnRevisionItem[] }) {
  const { t } = useI18n();
  const user = useAppContext().var.user;
  return (
    <section class="narrow">
      <h1>{t("submissions:start.title")}</h1>
      <p class="lead">{t("submissions:start.intro")}</p>
      {user ? (
        <form method="post" action="/submit" novalidate>
          <TextInput name="name" label={t("submissions:start.nameLabel")} hint={t("submissions:start.nameHint")} value={name} error={error} autocomplete="off" />
          <button type="submit" class="button button--primary">{t("submissions:start.check")}</button>
        </form>
      ) : (
        <>
          <p>{t("submissions:start.signInFirst")}</p>
          <p><a class="button button--primary" href="/auth/sign-in?next=%2Fsubmit">{t("submissions:start.signIn")}</a></p>
        </>
      )}
      {drafts.length ? (
        <>
          <h2>{t("submissions:start.drafts")}</h2>
          <ul>
            {drafts.map((d) => (
              <li><a href={`/submit/${d.id}/${d.draftStep ?? "person"}`}>{t("submissions:start.continueDraft", { name: d.name || t("submissions:start.unnamed") })}</a></li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Candidate({ candidate }: { candidate: DuplicateCandidate }) {
  const { t, locale } = useI18n();
  if (candidate.kind === "pending") {
    return (
      <li class="card">
        <p class="memorial-card__name">{candidate.name}</p>
        <p>{t("submissions:duplicates.pending")}</p>
      </li>
    );
  }
  return (
    <li class="card">
      <p class="memorial-card__name">{candidate.name}</p>
      <p class="memorial-card__dates">{`${formatEdtf(candidate.birth, locale)} – ${formatEdtf(candidate.death, locale)}`} · {t("submissions:duplicates.published")}</p>
      <p>
        <a href={`/memorials/${candidate.slug}`}>{t("submissions:duplicates.view")}</a>
        {" · "}
        <a href={`/submit?correct=${candidate.id}`}>{t("submissions:duplicates.correct")}</a>
      </p>
    </li>
  );
}

export function DuplicatesPage({ name, candidates }: { name: string; candidates: DuplicateCandidate[] }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("submissions:duplicates.title")}</h1>
      <p class="lead">{t("submissions:duplicates.intro")}</p>
      <ul class="candidate-list">
        {candidates.map((c) => <Candidate candidate={c} />)}
      </ul>
      <h2>{t("submissions:duplicates.none")}</h2>
      <form method="post" action="/submit">
        <input type="hidden" name="name" value={name} />
        <input type="hidden" name="confirmed" value="1" />
        <button type="submit" class="button button--primary">{t("submissions:duplicates.startNew", { name })}</button>
      </form>
    </section>
  );
}

export function CorrectPage({ memorial, open }: { memorial: { id: string; name: string; slug: string }; open: Array<{ id: string; draftStep: string | null; status: string }> }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("submissions:correct.title", { name: memorial.name })}</h1>
      <p class="lead">{t("submissions:correct.intro")}</p>
      <p><a href={`/memorials/${memorial.slug}`}>{t("submissions:detail.memorial")}</a></p>
      {open.length ? (
        <div class="notice">
          <p>{t("submissions:correct.existing")}</p>
          <ul>
            {open.map((o) => (
              <li><a href={o.status === "draft" ? `/submit/${o.id}/${o.draftStep ?? "person"}` : `/submit/${o.id}/review`}>{t("submissions:correct.continue")}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action="/submit/correct">
        <input type="hidden" name="memorial_id" value={memorial.id} />
        <button type="submit" class="button button--primary">{t("submissions:correct.start")}</button>
      </form>
    </section>
  );
}

export interface ReviewPageProps {
  revision: RevisionRow;
  draft: Draft;
  problems: Problem[];
  messages: ThreadMessage[];
}

export function ReviewPage({ revision, draft, problems, messages }: ReviewPageProps) {
  const { t } = useI18n();
  const flagged = new Set(problems.map((p) => p.step));
  const moderatorMessages = messages.filter((m) => m.authorId !== revision.submitterId);
  return (
    <div class="submission">
      <header class="submission__header">
        <p class="submission__count">{t("submissions:steps.count", { n: STEPS.length, total: STEPS.length })}</p>
        <h1><SubmissionTitle revision={revision} draft={draft} /></h1>
      </header>
      <div class="submission__body">
        <h2>{t("submissions:steps.review")}</h2>
        {revision.status === "changes_requested" && moderatorMessages.length ? (
          <div class="notice">
            <p><strong>{t("submissions:review.moderatorSays")}</strong></p>
            <MessageThread messages={moderatorMessages} submitterId={revision.submitterId} />
          </div>
        ) : null}
        <p class="lead">{t("submissions:review.intro")}</p>
        {problems.length ? (
          <div class="error-summary" aria-labelledby="review-problems">
            <h2 id="review-problems">{t("submissions:review.problems")}</h2>
            <ul>
              {problems.map((p) => (
                <li><a href={`/submit/${revision.id}/${p.step}?check=1#f-${p.field.replace(/[^A-Za-z0-9_-]/g, "-")}`}>{`${t(`submissions:steps.${p.step}`)}: ${p.message}`}</a></li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="notice">{t("submissions:review.ready")}</p>
        )}
        <ReviewSummary draft={draft} revision={revision} editable />
        <form method="post" action={`/submit/${revision.id}/send`}>
          <input type="hidden" name="version" value={String(revision.version)} />
          <button type="submit" class="button button--primary">
            {revision.status === "changes_requested" ? t("submissions:actions.sendAgain") : t("submissions:actions.send")}
          </button>
        </form>
      </div>
      <StepList current="review" revisionId={revision.id} flagged={flagged} />
    </div>
  );
}

/** Shown when a revision can no longer be edited (it was sent, decided or withdrawn). */
export function NotEditablePage({ revision, message }: { revision: RevisionRow; message: string }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{draftName(JSON.parse(revision.document) as Draft) || t("submissions:titles.unnamed")}</h1>
      <p class="notice">{message}</p>
      <p><a href={`/my/submissions/${revision.id}`}>{t("submissions:my.view")}</a></p>
    </section>
  );
}
