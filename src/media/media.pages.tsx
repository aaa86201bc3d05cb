import { useI18n } from "../views/i18n";
import { MediaUploadFields, type MediaFormState } from "./components/media-upload-fields";
import type { StoredMedia } from "./media.ingest";

export function UploadPage({
  values,
  errors,
  returnTo,
}: MediaFormState & { returnTo: string | null }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("media:upload.title")}</h1>
      <p>{t("media:upload.intro")}</p>
      <form method="post" action="/media/new" enctype="multipart/form-data" novalidate>
        {returnTo ? <input type="hidden" name="return_to" value={returnTo} /> : null}
        <MediaUploadFields values={values} errors={errors} />
        <button type="submit" class="button button--primary">
          {t("media:upload.submit")}
        </button>
      </form>
    </section>
  );
}

export function UploadDonePage({ stored }: { stored: StoredMedia }) {
  const { t } = useI18n();
  const id = stored.media.id;
  return (
    <section class="narrow" aria-live="polite">
      <h1>{t("media:upload.doneTitle")}</h1>
      <p>{t("media:upload.doneText")}</p>
      <p>
        <code>{id}</code>
      </p>
      <p>
        <a href={`/media/${id}`}>
          <img src={`/media/${id}?size=thumb`} alt={t("media:upload.view")} />
        </a>
      </p>
      <p>
        <a href="/media/new">{t("media:upload.another")}</a>
      </p>
    </section>
  );
}
