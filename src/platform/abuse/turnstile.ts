/**
 * Turnstile: the one place that decides whether a form's challenge token is good.
 *
 * In production the token is checked with Cloudflare's siteverify endpoint. In development and
 * tests the configured secret is one of Cloudflare's documented test secrets, and there is no
 * network, so we answer exactly as Cloudflare documents those secrets behave instead of calling
 * out: 1x… always passes (any token, even none), 2x… always fails, 3x… reports the token as
 * already spent. A test secret is never honoured outside development/test.
 */
export const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";
export const TURNSTILE_SCRIPT_URL = "https://challenges.cloudflare.com/turnstile/v0/api.js";
/** The form field the widget fills with its token. */
export const TURNSTILE_FIELD = "cf-turnstile-response";

export interface TurnstileResult {
  success: boolean;
  /** Cloudflare's error codes, e.g. "invalid-input-response", "timeout-or-duplicate". */
  errorCodes: string[];
}

const TEST_SECRETS: Record<string, TurnstileResult> = {
  "1x0000000000000000000000000000000AA": { success: true, errorCodes: [] },
  "2x0000000000000000000000000000000AA": { success: false, errorCodes: ["invalid-input-response"] },
  "3x0000000000000000000000000000000AA": { success: false, errorCodes: ["timeout-or-duplicate"] },
};

type TurnstileEnv = Pick<Env, "ENVIRONMENT" | "TURNSTILE_SECRET">;

export function usesTestSecret(env: TurnstileEnv): boolean {
  const testing = env.ENVIRONMENT === "development" || env.ENVIRONMENT === "test";
  return testing && Object.hasOwn(TEST_SECRETS, env.TURNSTILE_SECRET ?? "");
}

/**
 * Checks a Turnstile token.
 * @example const { success } = await verifyTurnstile(c.env, values["cf-turnstile-response"], clientAddress(c))
 */
export async function verifyTurnstile(
  env: TurnstileEnv,
  token: string | undefined,
  remoteIp?: string,
): Promise<TurnstileResult> {
  if (usesTestSecret(env)) return TEST_SECRETS[env.TURNSTILE_SECRET!]!;
  if (!token) return { success: false, errorCodes: ["missing-input-response"] };
  if (!env.TURNSTILE_SECRET) return { success: false, errorCodes: ["missing-input-secret"] };
  const body = new FormData();
  body.set("secret", env.TURNSTILE_SECRET);
  body.set("response", token.slice(0, 2048));
  if (remoteIp && remoteIp !== "local") body.set("remoteip", remoteIp);
  try {
    const response = await fetch(SITEVERIFY_URL, { method: "POST", body });
    const outcome = (await response.json()) as { success?: boolean; "error-codes"?: string[] };
    return { success: outcome.success === true, errorCodes: outcome["error-codes"] ?? [] };
  } catch {
    // Fail closed: an unreachable siteverify must not open the form to bots.
    return { success: false, errorCodes: ["internal-error"] };
  }
}
