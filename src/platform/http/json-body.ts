/**
 * Reading JSON request bodies the same way on every API route: the right content type (415),
 * at most 1 MB (413), valid JSON (400) and a valid shape (422 with every failing field path).
 */
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "./errors";
import { toFieldErrors } from "../../domain/person-document";

export const MAX_JSON_BYTES = 1_048_576;

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > MAX_JSON_BYTES) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  return validate(schema, body);
}

/** Validates a value against a schema; 422 with field paths when it does not fit. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, prefix: string[] = []): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("validation_failed", "Some fields are missing or invalid.", {
      errors: toFieldErrors(result.error, prefix),
    });
  }
  return result.data;
}

function tooLarge(): AppError {
  return new AppError("payload_too_large", `The body is larger than ${MAX_JSON_BYTES} bytes.`);
}
