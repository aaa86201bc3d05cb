/**
 * The Turnstile widget of an anonymous form and its script (allowed by the page's CSP nonce).
 * Without JavaScript no token is sent: Cloudflare's test secret (development, tests) still
 * passes, production refuses and the form says why (`noscript`).
 */
import { TURNSTILE_FIELD, TURNSTILE_SCRIPT_URL } from "./turnstile";

export function TurnstileScript({ nonce }: { nonce?: string }) {
  return <script src={TURNSTILE_SCRIPT_URL} async defer nonce={nonce} />;
}

export function TurnstileWidget({ siteKey, noscript }: { siteKey: string; noscript: string }) {
  return (
    <>
      <div class="cf-turnstile" data-sitekey={siteKey} data-response-field-name={TURNSTILE_FIELD} />
      <noscript>
        <p class="muted">{noscript}</p>
      </noscript>
    </>
  );
}
