/** Shared checks of the HTML routes: signed in (else to the sign-in page), own and editable revision. */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";
import { EDITABLE } from "./submission-writes";

/** Where a signed-out visitor is sent; they come back to `next` after signing in. */
export function signInRedirect(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  const next = c.req.method === "GET" ? `${url.pathname}${url.search}` : "/my/submissions";
  return c.redirect(`/auth/sign-in?next=${encodeURIComponent(next)}`, 303);
}

export function isEditable(status: string): boolean {
  return (EDITABLE as string[]).includes(status);
}

/** Form posts of the submission pages are bounded like API bodies. */
export const formBodyLimit = bodyLimit({
  maxSize: 1_048_576,
  onError: () => {
    throw new AppError("payload_too_large", "The form is larger than 1 MB.");
  },
});
