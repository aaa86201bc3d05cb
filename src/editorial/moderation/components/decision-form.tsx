import { SLOT, StaffTime, withElement } from "./staff-time";
import type { FormErrors, FormValues } from "../../../platform/http/forms";
import { LIVING_CONFIRMATIONS } from "../../../domain/possibly-living";
import { describedBy, Field } from "../../../platform/views/components/form-field";
import { useI18n } from "../../../platform/views/i18n";
import { DECISION_ACTIONS } from "../decisions";
import type { RevisionReview } from "../review.queries";

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? <p class="field__error" id={`${id}-error`}>{error}</p> : null;
}

/**
 * One form for the three decisions, so it works without JavaScript: choose, explain, confirm.
 * The version the moderator is looking at travels with it.
 */
export function DecisionForm({ review, errors = {}, values = {} }: { review: RevisionReview; errors?: FormErrors; values?: FormValues }) {
  const { t } = useI18n();
  const { revision, possiblyLiving, comparison } = review;
  const reasonHint = t("moderation:decision.reasonHint");
  return (
    <form method="post" action={`/moderation/revisions/${revision.id}/decision`} class="decision-form" novalidate>
      <input type="hidden" name="version" value={String(revision.version)} />
      {errors._form ? <p class="field__error" role="alert">{errors._form}</p> : null}
      <fieldset class={errors.action ? "field field--error" : "field"} aria-describedby={errors.action ? "action-error" : undefined}>
        <legend>{t("moderation:decision.legend")}</legend>
        <FieldError id="action" error={errors.action} />
        {DECISION_ACTIONS.map((action) => (
          <label class="choice">
            <input type="radio" name="action" value={action} checked={values.action === action} required />{" "}
            {t(`moderation:decision.actions.${action}`)}
          </label>
        ))}
      </fieldset>
      <Field id="reason" label={t("moderation:decision.reason")} hint={reasonHint} error={errors.reason}>
        <textarea id="reason" name="reason" aria-invalid={errors.reason ? "true" : undefined} aria-describedby={describedBy("reason", reasonHint, errors.reason)}>
          {values.reason ?? ""}
        </textarea>
      </Field>
      {possiblyLiving ? (
        <fieldset class={errors.living_confirmation ? "field field--error" : "field"} aria-describedby={errors.living_confirmation ? "living_confirmation-error" : "living-hint"}>
          <legend>{t("moderation:decision.living.legend")}</legend>
          <p class="field__hint" id="living-hint">{t("moderation:decision.living.hint")}</p>
          <FieldError id="living_confirmation" error={errors.living_confirmation} />
          {LIVING_CONFIRMATIONS.map((value) => (
            <label class="choice">
              <input type="radio" name="living_confirmation" value={value} checked={values.living_confirmation === value} />{" "}
              {t(`moderation:decision.living.${value}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {comparison.memorialChangedSinceBase ? (
        <div class={errors.conflict_confirmed ? "field field--error" : "field"}>
          <FieldError id="conflict_confirmed" error={errors.conflict_confirmed} />
          <label class="choice">
            <input type="checkbox" name="conflict_confirmed" value="true" checked={values.conflict_confirmed === "true"} aria-describedby={errors.conflict_confirmed ? "conflict_confirmed-error" : undefined} />{" "}
            {t("moderation:decision.conflictConfirm")}
          </label>
        </div>
      ) : null}
      <button type="submit" class="button button--primary">{t("moderation:decision.submit")}</button>
    </form>
  );
}

/** Claim, renew or release: who holds the revision, and the buttons that change it. */
export function ClaimBox({ review, userId, now }: { review: RevisionReview; userId: string; now: number }) {
  const { t } = useI18n();
  const { revision } = review;
  const live = revision.claimedBy !== null && (revision.claimedUntil ?? 0) > now;
  const mine = live && revision.claimedBy === userId;
  const until = revision.claimedUntil ? <StaffTime at={revision.claimedUntil} style="time" /> : null;
  return (
    <div class="claim-box">
      <p>
        {mine
          ? withElement(t("moderation:claim.mine", { until: SLOT }), until)
          : live
            ? withElement(t("moderation:claim.other", { name: review.claimedByName ?? "?", until: SLOT }), until)
            : t("moderation:claim.free")}
      </p>
      {!live || mine ? (
        <form method="post" action={`/moderation/revisions/${revision.id}/claim`} class="inline-form">
          <button type="submit">{mine ? t("moderation:claim.renew") : t("moderation:claim.take")}</button>
        </form>
      ) : null}{" "}
      {mine ? (
        <form method="post" action={`/moderation/revisions/${revision.id}/release`} class="inline-form">
          <button type="submit">{t("moderation:claim.release")}</button>
        </form>
      ) : null}
    </div>
  );
}
