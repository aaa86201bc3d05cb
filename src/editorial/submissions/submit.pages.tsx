/** Pages of the submission form outside the steps: start, duplicate hint, correction start, review. */
import type { DuplicateCandidate } from "../../archive/search/duplicates";
import { formatLifeDates } from "../../domain/dates/date-format";
import { useAppContext, useI18n } from "../../platform/views/i18n";
import { TextInput } from "./components/inputs";
import { draftName, type Draft } from "./form/draft";
import type { OwnRevisionItem, RevisionRow } from "./submissions.queries";

export function StartPage({
  name,
  error,
  drafts,
}: {
  name?: string;
  error?: string;
  drafts: OwnRevisionItem[];
}) {
  const { t } = useI18n();
  const user = useAppContext().var.user;
  return (
    <section class="narrow">
      <h1>{t("submissions:start.title")}</h1>
      <p class="lead">{t("submissions:start.intro")}</p>
      {user ? (
        <form method="post" action="/submit" novalidate>
          <TextInput
            name="name"
            label={t("submissions:start.nameLabel")}
            hint={t("submissions:start.nameHint")}
            value={name}
            error={error}
            autocomplete="off"
          />
          <button type="submit" class="button button--primary">
            {t("submissions:start.check")}
          </button>
        </form>
      ) : (
        <>
          <p>{t("submissions:start.signInFirst")}</p>
          <p>
            <a class="button button--primary" href="/auth/sign-in?next=%2Fsubmit">
              {t("submissions:start.signIn")}
            </a>
          </p>
        </>
      )}
      {drafts.length ? (
        <>
          <h2>{t("submissions:start.drafts")}</h2>
          <ul>
            {drafts.map((d) => (
              <li>
                <a href={`/submit/${d.id}/${d.draftStep ?? "person"}`}>
                  {t("submissions:start.continueDraft", {
                    name: d.name || t("submissions:start.unnamed"),
                  })}
                </a>
              </li>
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
        <p>{t("submissions:duplicates.ownPending")}</p>
        <p>
          <a href={`/my/submissions/${candidate.id}`}>{t("submissions:duplicates.viewOwn")}</a>
        </p>
      </li>
    );
  }
  return (
    <li class="card">
      <p class="memorial-card__name">{candidate.name}</p>
      <p class="memorial-card__dates">
        {formatLifeDates(candidate.birth, candidate.death, locale)} ·{" "}
        {t("submissions:duplicates.published")}
      </p>
      <p>
        <a href={`/memorials/${candidate.slug}`}>{t("submissions:duplicates.view")}</a>
        {" · "}
        <a href={`/submit?correct=${candidate.id}`}>{t("submissions:duplicates.correct")}</a>
      </p>
    </li>
  );
}

/** Someone else's pending entries are not public: the contributor learns only that one exists. */
export function DuplicatesPage({
  name,
  candidates,
  othersPending,
}: {
  name: string;
  candidates: DuplicateCandidate[];
  othersPending: boolean;
}) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("submissions:duplicates.title")}</h1>
      <p class="lead">{t("submissions:duplicates.intro")}</p>
      {othersPending ? <p class="notice">{t("submissions:duplicates.othersPending")}</p> : null}
      {candidates.length ? (
        <ul class="candidate-list">
          {candidates.map((c) => (
            <Candidate candidate={c} />
          ))}
        </ul>
      ) : null}
      <h2>{t("submissions:duplicates.none")}</h2>
      <form method="post" action="/submit">
        <input type="hidden" name="name" value={name} />
        <input type="hidden" name="confirmed" value="1" />
        <button type="submit" class="button button--primary">
          {t("submissions:duplicates.startNew", { name })}
        </button>
      </form>
    </section>
  );
}

export function CorrectPage({
  memorial,
  open,
}: {
  memorial: { id: string; name: string; slug: string };
  open: Array<{ id: string; draftStep: string | null; status: string }>;
}) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("submissions:correct.title", { name: memorial.name })}</h1>
      <p class="lead">{t("submissions:correct.intro")}</p>
      <p>
        <a href={`/memorials/${memorial.slug}`}>{t("submissions:detail.memorial")}</a>
      </p>
      {open.length ? (
        <div class="notice">
          <p>{t("submissions:correct.existing")}</p>
          <ul>
            {open.map((o) => (
              <li>
                <a
                  href={
                    o.status === "draft"
                      ? `/submit/${o.id}/${o.draftStep ?? "person"}`
                      : `/submit/${o.id}/review`
                  }
                >
                  {t("submissions:correct.continue")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action="/submit/correct">
        <input type="hidden" name="memorial_id" value={memorial.id} />
        <button type="submit" class="button button--primary">
          {t("submissions:correct.start")}
        </button>
      </form>
    </section>
  );
}

/** Shown when a revision can no longer be edited (it was sent, decided or withdrawn). */
export function NotEditablePage({ revision, message }: { revision: RevisionRow; message: string }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>
        {draftName(JSON.parse(revision.document) as Draft) || t("submissions:titles.unnamed")}
      </h1>
      <p class="notice">{message}</p>
      <p>
        <a href={`/my/submissions/${revision.id}`}>{t("submissions:my.view")}</a>
      </p>
    </section>
  );
}
