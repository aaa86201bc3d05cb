import { useAppContext, useI18n } from "./i18n";

/**
 * The HTML answer to an error. Signed out on a page that needs an account (401), the page offers
 * to sign in and come back here, so an expired session costs one click, not a lost place.
 */
export function ErrorPage({ status, message, requestId }: { status: number; message: string; requestId: string }) {
  const { t } = useI18n();
  const c = useAppContext();
  if (status === 401) {
    return (
      <section class="narrow">
        <h1>{t("errors.signInTitle")}</h1>
        <p>{t("errors.signInBody")}</p>
        <p>
          <a class="button button--primary" href={`/auth/sign-in?next=${encodeURIComponent(returnPath(c.req.raw))}`}>
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

/**
 * Where to come back to after signing in: the page itself, or for a form that was posted, the
 * page the form was on (a POST address cannot be opened again).
 */
function returnPath(request: Request): string {
  const url = new URL(request.url);
  if (request.method === "GET" || request.method === "HEAD") return url.pathname + url.search;
  try {
    const referer = new URL(request.headers.get("referer") ?? "");
    if (referer.origin === url.origin) return referer.pathname + referer.search;
  } catch {
    // no usable Referer: the home page
  }
  return "/";
}
