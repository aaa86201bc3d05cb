import { useI18n } from "./i18n";

export function ErrorPage({ status, message, requestId }: { status: number; message: string; requestId: string }) {
  const { t } = useI18n();
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
