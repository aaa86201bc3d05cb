/**
 * For the moderation review page: every file of a revision with its preview, what the uploader
 * said about it, what was removed from it, and a form to reject this one file with a reason.
 * The page loads the rows with `loadMediaReview(db, document.media)` (media-review.queries.ts) and renders
 * <MediaReview items={…} returnTo={the review page's path} />.
 */
import { useI18n } from "../../platform/views/i18n";
import { describeRemoved } from "../media.removed";
import type { MediaReviewItem } from "../media-review.queries";
function megabytes(bytes: number) {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function MediaReview({ items, returnTo }: { items: MediaReviewItem[]; returnTo: string }) {
  const { t, locale } = useI18n();
  return (
    <section class="media-review" aria-labelledby="media-review-heading">
      <h2 id="media-review-heading">{t("media:review.heading")}</h2>
      {items.length === 0 ? <p>{t("media:review.none")}</p> : null}
      <ul class="media-review__list">
        {items.map(({ ref, row, removed = [] }) => {
          if (!row || row.status === "deleted")
            return (
              <li>
                {t("media:review.missing")} <code>{ref.id}</code>
              </li>
            );
          const caption = ref.caption?.[locale] ?? Object.values(ref.caption ?? {})[0] ?? ref.id;
          return (
            <li class="media-review__item">
              <figure>
                <a href={`/media/${row.id}`}>
                  <img
                    src={`/media/${row.id}?size=thumb`}
                    alt={t("media:review.open")}
                    loading="lazy"
                    width="160"
                  />
                </a>
                <figcaption>{caption}</figcaption>
              </figure>
              <p>
                {t("media:review.details", { type: row.mime, size: megabytes(row.bytes) })}
                {row.width && row.height
                  ? ` · ${t("media:review.pixels", { width: row.width, height: row.height })}`
                  : null}
              </p>
              <p>
                {removed.length
                  ? t("media:review.removed", { list: describeRemoved(removed, t).join("; ") })
                  : t("media:review.removedNone")}
              </p>
              <p>{t("media:review.licence", { licence: ref.licence })}</p>
              {ref.credit ? <p>{t("media:review.credit", { credit: ref.credit })}</p> : null}
              {ref.rights_confirmed ? <p>{t("media:review.rights")}</p> : null}
              {row.status === "rejected" ? (
                <p class="field__error">
                  {t("media:review.rejected", { reason: row.rejectedReason ?? "" })}
                </p>
              ) : (
                <form method="post" action={`/moderation/media/${row.id}/reject`}>
                  <input type="hidden" name="version" value={String(row.version)} />
                  <input type="hidden" name="return_to" value={returnTo} />
                  <label for={`reject-${row.id}`}>{t("media:review.reason")}</label>
                  <textarea id={`reject-${row.id}`} name="reason" required rows={2}></textarea>
                  <button type="submit" class="button">
                    {t("media:review.reject")}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
