/** Shared checks of the HTML routes: signed in (else to the sign-in page), own and editable revision. */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { EDITABLE } from "./submission-writes";

/**
 * Signed out on a page that needs an account: 401 with the sign-in page (src/platform/views/error-page.tsx),
 * whose button brings the visitor back here, as on every other members' page (api.md: 401
 * when signed out).
 */
export function signInRedirect(_c: Context<AppEnv>): never {
  throw new AppError("unauthorized", "Sign in to continue.");
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
