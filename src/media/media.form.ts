/**
 * The HTML-form side of uploading, for /media/new and for any other form (the submission flow)
 * that includes <MediaUploadFields>: validates, stores, and on failure hands back translated
 * messages per field with the typed values, and the HTTP status to answer with.
 */
import type { Context } from "hono";
import type { AppEnv } from "../platform/env";
import { AppError } from "../platform/http/errors";
import { ingestContext, noFileError } from "./ingest-context";
import type { MediaFormState } from "./components/media-upload-fields";
import { readUploadForm } from "./media.form-data";
import { PdfRefusedError, PictureTooLargeError } from "./media.finalize";
import { storeReceivedFile, type StoredMedia } from "./media.ingest";
import { formFieldFor, itemFromFields, mediaItemInput } from "./media.schema";

export type MediaFormResult =
  | { ok: true; stored: StoredMedia; values: Record<string, string> }
  | ({ ok: false; status: 413 | 415 | 422 } & MediaFormState);

const MESSAGE_FOR_FIELD = {
  rights_confirmed: "media:errors.rights",
  licence: "media:errors.licence",
  date: "media:errors.date",
} as const;

const PDF_MESSAGES = {
  encrypted: "media:errors.pdfEncrypted",
  unreadable: "media:errors.pdfUnreadable",
  picture: "media:errors.pdfPicture",
} as const;

export async function handleMediaForm(c: Context<AppEnv>): Promise<MediaFormResult> {
  const ctx = await ingestContext(c);
  let values: Record<string, string> = {};
  try {
    const form = await readUploadForm(c.req.raw);
    values = form.fields;
    const parsed = mediaItemInput.safeParse(itemFromFields(values, c.var.locale));
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = formFieldFor(issue.path.map(String).join("."));
        errors[field] ??= c.var.t(
          MESSAGE_FOR_FIELD[field as keyof typeof MESSAGE_FOR_FIELD] ?? "media:errors.invalid",
        );
      }
      if (!form.file) errors.file = c.var.t("media:errors.file");
      return { ok: false, status: 422, errors, values };
    }
    if (!form.file) throw noFileError();
    return { ok: true, stored: await storeReceivedFile(ctx, form.file, parsed.data), values };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error instanceof PictureTooLargeError) {
      const count = new Intl.NumberFormat(c.var.locale);
      const sizes = { width: count.format(error.width), height: count.format(error.height) };
      return {
        ok: false,
        status: 422,
        errors: { file: c.var.t("media:errors.tooManyPixels", sizes) },
        values,
      };
    }
    if (error instanceof PdfRefusedError) {
      const key = PDF_MESSAGES[error.problem];
      return { ok: false, status: 422, errors: { file: c.var.t(key) }, values };
    }
    const fileMessage: Partial<Record<number, string>> = {
      413: c.var.t("media:errors.tooLarge"),
      415: c.var.t("media:errors.type"),
      422: c.var.t(
        error.message.includes("damaged") ? "media:errors.damaged" : "media:errors.file",
      ),
    };
    const message = fileMessage[error.status];
    if (!message) throw error;
    return {
      ok: false,
      status: error.status as 413 | 415 | 422,
      errors: { file: message },
      values,
    };
  }
}
