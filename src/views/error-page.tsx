import { useAppContext, useI18n } from "./i18n";

/**
 * The HTML answer to an error. Signed out on a page that needs an account (401), the page offers
 * to sign in and come back here, so an expired session costs one click, not a lost place.
 */
export function ErrorPage({ status, message, requestId }: { status: number; message: string; requestId: string }) {
  const { t } = useI18n();
  const url = new URL(useAppContext().req.url);
  if (status === 401) {
    return (
      <section class="narrow">
        <h1>{t("errors.signInTitle")}</h1>
        <p>{t("errors.signInBody")}</p>
        <p>
          <a class="button button--primary" href={`/auth/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`}>
            {t("nav.signIn")}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="narrow">
      <h1>{status === 404 ? t("errors.notFound") : t("errors.title")}</h1>
      {status !== 404 ? <p>{message}</p> : null}
      <p class="muted">{t("errors.requestId", { id: requestId })}</p>
      <p>
        <a href="/">{t("errors.back")}</a>
      </p>
    </section>
  );
}
