import { useI18n } from "../platform/views/i18n";
import { MediaUploadFields, type MediaFormState } from "./components/media-upload-fields";
import type { StoredMedia } from "./media.ingest";
import { MAX_FILE_BYTES } from "./media.storage";

/**
 * What public/js/upload.js needs from the page: the size limit and every text it may show, in
 * the page's language (a script served as a static file has no translations of its own).
 * `{{name}}`-style placeholders are filled in by the script.
 */
function useUploadScriptConfig() {
  const { t } = useI18n();
  return {
    maxBytes: MAX_FILE_BYTES,
    messages: {
      file: t("media:errors.file"),
      type: t("media:errors.type"),
      tooLarge: t("media:errors.tooLarge"),
      damaged: t("media:errors.damaged"),
      tooManyPixels: t("media:errors.tooManyPixelsAny"),
      pdfEncrypted: t("media:errors.pdfEncrypted"),
      pdfUnreadable: t("media:errors.pdfUnreadable"),
      pdfPicture: t("media:errors.pdfPicture"),
      rights: t("media:errors.rights"),
      licence: t("media:errors.licence"),
      date: t("media:errors.date"),
      invalid: t("media:errors.invalid"),
      several: t("media:progress.several"),
      heading: t("media:progress.heading"),
      label: t("media:progress.label", { name: "{{name}}" }),
      waiting: t("media:progress.waiting"),
      uploading: t("media:progress.uploading"),
      resuming: t("media:progress.resuming"),
      retrying: t("media:progress.retrying", { attempt: "{{attempt}}", attempts: "{{attempts}}" }),
      interrupted: t("media:progress.interrupted"),
      done: t("media:progress.done"),
      refused: t("media:progress.refused", { reason: "{{reason}}" }),
      failed: t("media:progress.failed"),
      unfinished: t("media:progress.unfinished", { names: "{{names}}" }),
      doneTitle: t("media:progress.doneTitle"),
      doneText: t("media:upload.doneText"),
      view: t("media:upload.view"),
      another: t("media:upload.another"),
      continue: t("media:progress.continue"),
    },
  };
}

/**
 * The upload form. Without JavaScript it is one multipart POST of one file to /media/new. With
 * JavaScript, public/js/upload.js (loaded by the route) sends each chosen file through the
 * resumable API instead: in parts, with progress, retries, and resumption after a reload.
 */
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
      <form
        method="post"
        action="/media/new"
        enctype="multipart/form-data"
        novalidate
        data-upload={JSON.stringify(useUploadScriptConfig())}
      >
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
