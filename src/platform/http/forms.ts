/**
 * HTML form handling in the hono-htmx idiom: parse, validate with zod, and on failure hand back
 * the messages per field together with what the user typed, so the form can be shown again.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "./errors";

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FormErrors; values: FormValues };

/**
 * Reads a urlencoded or multipart form as plain strings (files are ignored here). A body the
 * platform cannot parse as a form (multipart without or with a broken boundary) is the
 * client's error: 400, not a 500.
 */
export async function readFormValues(c: Context): Promise<FormValues> {
  const body = await readFormBody(c, false);
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/**
 * The parsed form body; with `all`, repeated fields (checkboxes of one name) come as arrays.
 * Unparseable bodies answer 400.
 */
export async function readFormBody<All extends boolean>(c: Context, all: All) {
  try {
    return await c.req.parseBody({ all });
  } catch (error) {
    if (error instanceof TypeError) throw new AppError("bad_request", "The form could not be read.");
    throw error;
  }
}

export function validateForm<S extends z.ZodType>(schema: S, values: FormValues): FormResult<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    errors[path] ??= issue.message;
  }
  return { ok: false, errors, values };
}
