import { TURNSTILE_SCRIPT_URL } from "../../platform/abuse/turnstile";
import { REPORT_KINDS } from "../../platform/db/schema";
import type { FormErrors, FormValues } from "../../platform/http/forms";
import type { MemorialRow } from "../../archive/memorials/memorials.queries";
import { describedBy, Field } from "../../platform/views/components/form-field";
import { useI18n } from "../../platform/views/i18n";

/**
 * Turnstile's script, allowed by the page's CSP nonce (no host allow-list needed). It only
 * enhances the form: without JavaScript no token is sent. With Cloudflare's test secret
 * (development, tests) that still passes; in production the check then fails and the page
 * says that the form needs JavaScript — the price of keeping bots out of the queue.
 */
export function TurnstileScript({ nonce }: { nonce?: string }) {
  return <script src={TURNSTILE_SCRIPT_URL} async defer nonce={nonce} />;
}

export function ReportFormPage({ memorial, siteKey, errors = {}, values = {} }: { memorial: MemorialRow; siteKey: string; errors?: FormErrors; values?: FormValues }) {
  const { t } = useI18n();
  const messageHint = t("reports:form.messageHint");
  const emailHint = t("reports:form.emailHint");
  return (
    <section class="narrow">
      <p class="muted"><a href={`/memorials/${memorial.slug}`}>{memorial.displayName}</a></p>
      <h1>{t("reports:form.title")}</h1>
      <p>{t("reports:form.intro", { name: memorial.displayName })}</p>
      {errors._form ? <p class="field__error" role="alert">{errors._form}</p> : null}
      <form method="post" action={`/memorials/${memorial.slug}/report`} novalidate>
        <fieldset class={errors.kind ? "field field--error" : "field"} aria-describedby={errors.kind ? "kind-error" : undefined}>
          <legend>{t("reports:form.kind")}</legend>
          {errors.kind ? <p class="field__error" id="kind-error">{errors.kind}</p> : null}
          {REPORT_KINDS.map((kind) => (
            <label class="choice">
              <input type="radio" name="kind" value={kind} checked={values.kind === kind} required /> {t(`reports:kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <Field id="message" label={t("reports:form.message")} hint={messageHint} error={errors.message}>
          <textarea id="message" name="message" required aria-invalid={errors.message ? "true" : undefined} aria-describedby={describedBy("message", messageHint, errors.message)}>
            {values.message ?? ""}
          </textarea>
        </Field>
        <Field id="email" label={t("reports:form.email")} hint={emailHint} error={errors.email}>
          <input type="email" id="email" name="email" autocomplete="email" value={values.email ?? ""} aria-invalid={errors.email ? "true" : undefined} aria-describedby={describedBy("email", emailHint, errors.email)} />
        </Field>
        <div class="cf-turnstile" data-sitekey={siteKey} data-response-field-name="cf-turnstile-response" />
        <noscript>
          <p class="muted">{t("reports:form.noscript")}</p>
        </noscript>
        <button type="submit" class="button button--primary">{t("reports:form.submit")}</button>
      </form>
    </section>
  );
}

export function ReportSentPage({ memorial }: { memorial: MemorialRow }) {
  const { t } = useI18n();
  return (
    <section class="narrow" aria-live="polite">
      <h1>{t("reports:sent.title")}</h1>
      <p>{t("reports:sent.body")}</p>
      <p><a href={`/memorials/${memorial.slug}`}>{t("reports:sent.back", { name: memorial.displayName })}</a></p>
    </section>
  );
}
