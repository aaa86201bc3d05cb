/**
 * Every request a page makes passes here. Requests to the archive go through; anything else is
 * stopped in the browser and recorded as a problem — with one exception: Cloudflare's Turnstile
 * script on the report form. Development uses Cloudflare's documented test keys, whose widget
 * always passes; the stand-in below does what that widget does (it adds the hidden
 * `cf-turnstile-response` field with the dummy token), so the request never leaves the machine.
 */
import type { BrowserContext } from "playwright-core";

export const TURNSTILE_SCRIPT = "https://challenges.cloudflare.com/turnstile/v0/api.js";

const TURNSTILE_STAND_IN = `
for (const widget of document.querySelectorAll(".cf-turnstile")) {
  const token = document.createElement("input");
  token.type = "hidden";
  token.name = widget.dataset.responseFieldName || "cf-turnstile-response";
  token.value = "XXXX.DUMMY.TOKEN.XXXX";
  widget.append(token);
}`;

export interface NetworkLog {
  /** Requests that would have left 127.0.0.1 (stopped). */
  outside: string[];
  /** Requests answered by a stand-in instead of leaving. */
  stoodIn: string[];
}

export async function keepRequestsLocal(context: BrowserContext, baseUrl: string): Promise<NetworkLog> {
  const log: NetworkLog = { outside: [], stoodIn: [] };
  const origin = new URL(baseUrl).origin;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    if (url === TURNSTILE_SCRIPT) {
      log.stoodIn.push(url);
      return route.fulfill({ contentType: "text/javascript", body: TURNSTILE_STAND_IN });
    }
    log.outside.push(url);
    return route.abort("blockedbyclient");
  });
  return log;
}
