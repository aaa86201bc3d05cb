/**
 * Per-request setup: a request id on every response and log line, the database handle (a D1
 * Sessions API session, metered), the visitor's language, and one structured JSON log line per
 * request with what it cost in D1.
 */
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { languageDetector } from "hono/language";
import { createDb } from "../db/client";
import { MeteredD1 } from "../db/metering";
import { rememberBookmark, requestFacts, sessionStart } from "../db/read-session";
import type { AppEnv } from "../env";
import { isLocale, LOCALES, translator } from "../i18n";
import { deliverQueuedMail, deliversMail } from "../mail/mailer";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("cf-ray") ?? c.req.header("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  c.set("requestId", requestId);
  const facts = requestFacts(c);
  const start = sessionStart(facts);
  const d1 = new MeteredD1(c.env.DB.withSession(start.start));
  c.set("d1", d1);
  c.set("db", createDb(d1));
  const started = Date.now();
  try {
    await next();
  } finally {
    c.header("X-Request-Id", requestId);
    const { usage } = d1;
    const writeRequest = facts.method !== "GET" && facts.method !== "HEAD";
    if (usage.wrote && writeRequest) {
      rememberBookmark(c, d1.getBookmark());
      deliverMailSoon(c);
    }
    log({
      level: c.res.status >= 500 ? "error" : "info",
      msg: "request",
      request_id: requestId,
      method: c.req.method,
      route: c.req.routePath,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ...(c.var.pageCache ? { cache: c.var.pageCache } : {}),
      duration_ms: Date.now() - started,
      d1_session: start.consistency,
      d1_queries: usage.statements,
      rows_read: usage.rowsRead,
      rows_written: usage.rowsWritten,
      ...(usage.unmetered ? { d1_unmetered: usage.unmetered } : {}),
    });
  }
};

/**
 * After a request that wrote: send what it queued (a sign-in link should not wait for the
 * quarter-hourly cron) once the response is on its way. Failed messages are left to the cron.
 */
function deliverMailSoon(c: Context<AppEnv>): void {
  if (!deliversMail(c.env)) return;
  let ctx: Pick<ExecutionContext, "waitUntil">;
  try {
    ctx = c.executionCtx;
  } catch {
    return; // no execution context (app.request in a script): the cron delivers
  }
  const delivery = deliverQueuedMail(c.env, createDb(c.env.DB), { limit: 10, retries: false });
  const requestId = c.var.requestId;
  ctx.waitUntil(delivery.catch((error) => log({ level: "error", msg: "mail delivery failed", request_id: requestId, error: String(error) })));
}

/** One JSON object per line: Workers Logs indexes the fields. */
export function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...fields }));
}

const LANG_COOKIE = "lang";

/**
 * Language from ?lang=, then the `lang` cookie, then Accept-Language. Only an explicit choice
 * (?lang=, the language switcher) is remembered in the cookie: a language merely detected is
 * not, so public pages carry no Set-Cookie (and stay cacheable), and a visitor who later changes
 * the browser's language gets the new one.
 */
const detect = languageDetector({
  supportedLanguages: [...LOCALES],
  fallbackLanguage: "en",
  order: ["querystring", "cookie", "header"],
  lookupQueryString: "lang",
  lookupCookie: LANG_COOKIE,
  caches: false,
});

export const detectLanguage: MiddlewareHandler<AppEnv> = (c, next) =>
  detect(c, async () => {
    // ?lang=de, ?lang=DE, ?lang=de-AT: a choice when the detector took it from the query.
    const chosen = c.req.query("lang")?.toLowerCase().split("-")[0];
    if (isLocale(chosen) && c.get("language") === chosen && getCookie(c, LANG_COOKIE) !== chosen) {
      setCookie(c, LANG_COOKIE, chosen, { sameSite: "Lax", secure: true, httpOnly: true, maxAge: 365 * 86_400, path: "/" });
    }
    await next();
  });

export const bindTranslator: MiddlewareHandler<AppEnv> = async (c, next) => {
  const language = c.get("language");
  const locale = isLocale(language) ? language : "en";
  c.set("locale", locale);
  c.set("t", translator(locale));
  await next();
};
