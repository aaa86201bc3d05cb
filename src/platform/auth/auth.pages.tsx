import { TurnstileWidget } from "../abuse/turnstile-widget";
import { describedBy, Field } from "../views/components/form-field";
import { useI18n } from "../views/i18n";
import type { LoginFailure } from "./login-links";

export function SignInPage({ email, error, formError, next, siteKey }: { email?: string; error?: string; formError?: string; next?: string | null; siteKey: string }) {
  const { t } = useI18n();
  const hint = t("auth:signIn.emailHint");
  return (
    <section class="narrow">
      <h1>{t("auth:signIn.title")}</h1>
      <p>{t("auth:signIn.intro")}</p>
      {formError ? <p class="field__error" role="alert">{formError}</p> : null}
      <form method="post" action="/auth/sign-in" novalidate>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <Field id="email" label={t("auth:signIn.email")} hint={hint} error={error}>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            value={email ?? ""}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy("email", hint, error)}
          />
        </Field>
        <TurnstileWidget siteKey={siteKey} noscript={t("auth:signIn.noscript")} />
        <button type="submit" class="button button--primary">
          {t("auth:signIn.submit")}
        </button>
      </form>
    </section>
  );
}

export function LinkSentPage({ email, development }: { email: string; development: boolean }) {
  const { t } = useI18n();
  return (
    <section class="narrow" aria-live="polite">
      <h1>{t("auth:sent.title")}</h1>
      <p>{t("auth:sent.body", { email })}</p>
      {development ? (
        <p class="notice">
          {t("auth:sent.devHint")} <a href={`/dev/outbox?to=${encodeURIComponent(email)}`}>{t("auth:sent.devLink")}</a>
        </p>
      ) : null}
    </section>
  );
}

/** What a sign-in link opens: whose account, and one button that signs in. */
export function ConfirmSignInPage({ token, email, signedInAs }: { token: string; email: string; signedInAs: string | null }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("auth:verify.title")}</h1>
      <p>{t("auth:verify.intro", { email })}</p>
      {signedInAs ? <p class="notice">{t("auth:verify.otherAccount", { email: signedInAs })}</p> : null}
      <form method="post" action="/auth/verify">
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="button button--primary">
          {t("auth:verify.submit", { email })}
        </button>
      </form>
      <p class="muted">{t("auth:verify.notYou")}</p>
    </section>
  );
}

export function LinkFailedPage({ reason }: { reason: LoginFailure }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("auth:verify.failedTitle")}</h1>
      <p>{t(`auth:verify.${reason}`)}</p>
      <p>
        <a class="button" href="/auth/sign-in">
          {t("auth:verify.again")}
        </a>
      </p>
    </section>
  );
}

export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  link: string | null;
  sentAt: string;
}

export function OutboxPage({ messages }: { messages: OutboxMessage[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("auth:outbox.title")}</h1>
      {messages.length === 0 ? <p>{t("auth:outbox.empty")}</p> : null}
      {messages.map((m) => (
        <article class="card">
          <h2>{m.subject}</h2>
          <p>
            {t("auth:outbox.to")}: {m.to} · {t("auth:outbox.sent")}: <time datetime={m.sentAt}>{m.sentAt}</time>
          </p>
          <pre class="mail-body">{m.text}</pre>
          {m.link ? (
            <p>
              <a href={m.link}>{m.link}</a>
            </p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
