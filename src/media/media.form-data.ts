/**
 * Reading a multipart upload (the HTML form and `POST /api/v1/media`) without ever holding more
 * than the one file: the parser refuses anything over the limits while the body streams in, so
 * an oversized upload is answered 413 before anything is stored.
 */
import {
  MaxFileSizeExceededError,
  MaxPartsExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  parseMultipartRequest,
} from "@remix-run/multipart-parser";
import { AppError } from "../platform/http/errors";
import type { ReceivedFile } from "./media.ingest";
import { MAX_FILE_BYTES } from "./media.storage";

/** Room for the form's text fields and the multipart framing around the file. */
export const FORM_OVERHEAD_BYTES = 256 * 1024;
const MAX_FIELD_BYTES = 32 * 1024;

export interface UploadForm {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

export function fileTooLarge(): AppError {
  return new AppError("payload_too_large", "The file is larger than 50 MB. Nothing was stored.", {
    errors: [{ path: "file", message: "must be at most 50 MB" }],
  });
}

export async function readUploadForm(request: Request): Promise<UploadForm> {
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "Send the file as multipart/form-data.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FILE_BYTES + FORM_OVERHEAD_BYTES) {
    throw fileTooLarge();
  }
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  try {
    const parts = parseMultipartRequest(request, {
      maxFileSize: MAX_FILE_BYTES,
      maxParts: 50,
      maxTotalSize: MAX_FILE_BYTES + FORM_OVERHEAD_BYTES,
    });
    for await (const part of parts) {
      const name = part.name ?? "";
      if (part.isFile) {
        if (name === "file" && !file && part.size > 0)
          file = { pieces: part.content, filename: part.filename ?? null };
      } else if (part.size <= MAX_FIELD_BYTES) {
        fields[name] = part.text;
      }
    }
  } catch (error) {
    if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError)
      throw fileTooLarge();
    if (error instanceof MaxPartsExceededError)
      throw new AppError("payload_too_large", "The form has too many parts.");
    if (error instanceof MultipartParseError)
      throw new AppError("bad_request", "The form data could not be read.");
    throw error;
  }
  return { fields, file };
}

/**
 * A raw request body of at most `max` bytes, refused (413) as soon as more arrives, so a body
 * sent without Content-Length cannot fill the Worker's memory.
 */
export async function readAtMost(request: Request, max: number): Promise<Uint8Array> {
  const out = new Uint8Array(max);
  let length = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      if (length + chunk.length > max) throw fileTooLarge();
      out.set(chunk, length);
      length += chunk.length;
    }
  }
  return out.subarray(0, length);
}
