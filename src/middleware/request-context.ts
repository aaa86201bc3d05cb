/**
 * Per-request setup: a request id on every response and log line, the database handle, the
 * visitor's language, and one structured JSON log line per request.
 */
import type { MiddlewareHandler } from "hono";
import { languageDetector } from "hono/language";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { isLocale, LOCALES, translator } from "../i18n";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("cf-ray") ?? c.req.header("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  c.set("requestId", requestId);
  c.set("db", createDb(c.env.DB));
  const started = Date.now();
  try {
    await next();
  } finally {
    c.header("X-Request-Id", requestId);
    log({
      level: c.res.status >= 500 ? "error" : "info",
      msg: "request",
      request_id: requestId,
      method: c.req.method,
      route: c.req.routePath,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      duration_ms: Date.now() - started,
    });
  }
};

/** One JSON object per line: Workers Logs indexes the fields. */
export function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

/** Language from ?lang= (remembered in a cookie), then the cookie, then Accept-Language. */
export const detectLanguage = languageDetector({
  supportedLanguages: [...LOCALES],
  fallbackLanguage: "en",
  order: ["querystring", "cookie", "header"],
  lookupQueryString: "lang",
  lookupCookie: "lang",
  caches: ["cookie"],
  cookieOptions: { sameSite: "Lax", secure: true, httpOnly: true, maxAge: 365 * 86_400, path: "/" },
});

export const bindTranslator: MiddlewareHandler<AppEnv> = async (c, next) => {
  const language = c.get("language");
  const locale = isLocale(language) ? language : "en";
  c.set("locale", locale);
  c.set("t", translator(locale));
  await next();
};
