import type { Child } from "hono/jsx";
import { jsxRenderer } from "hono/jsx-renderer";
import type { AppEnv } from "../env";
import { LOCALES, LOCALE_NAMES } from "../i18n";

export interface PageMeta {
  title: string;
  description?: string;
  /** Absolute canonical URL; also used for OpenGraph. */
  canonical?: string;
  /** Extra elements for <head>: OpenGraph tags, JSON-LD, feeds. */
  head?: Child;
  /** Keeps search engines off pages such as forms and error pages. */
  noindex?: boolean;
}

declare module "hono" {
  interface ContextRenderer {
    (content: string | Promise<string>, meta: PageMeta): Response | Promise<Response>;
  }
}

/** Every HTML page: skip link, header with search and language switcher, main, footer. */
export const layout = jsxRenderer<AppEnv>(({ children, title, description, canonical, head, noindex }, c) => {
  const { t, locale } = c.var;
  const user = c.var.user ?? null;
  const here = new URL(c.req.url);
  const languageHref = (lang: string) => {
    const url = new URL(here);
    url.searchParams.set("lang", lang);
    return `${url.pathname}${url.search}`;
  };
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t("site.name")}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href="/css/site.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {head}
        {/* Staff pages show UTC times that this script puts into the reader's time zone. */}
        {user && user.role !== "contributor" ? <script src="/js/local-time.js" defer></script> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("nav.skip")}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="brand" href="/">
              <span class="brand__name">{t("site.name")}</span>
              <span class="brand__tagline">{t("site.tagline")}</span>
            </a>
            <form class="header-search" role="search" action="/search" method="get">
              <label class="visually-hidden" for="header-q">
                {t("search.label")}
              </label>
              <input id="header-q" name="q" type="search" placeholder={t("search.placeholder")} autocomplete="off" />
              <button type="submit">{t("search.button")}</button>
            </form>
            <nav class="site-nav" aria-label={t("nav.label")}>
              <ul>
                <li><a href="/browse">{t("nav.browse")}</a></li>
                <li><a href="/submit">{t("nav.submit")}</a></li>
                {user ? <li><a href="/my/submissions">{t("nav.mySubmissions")}</a></li> : null}
                {user ? <li><a href="/import">{t("nav.import")}</a></li> : null}
                {user && user.role !== "contributor" ? <li><a href="/moderation">{t("nav.moderation")}</a></li> : null}
                <li>
                  {user ? (
                    <form method="post" action="/auth/logout" class="inline-form">
                      <button type="submit" class="link-button">{t("nav.signOut")}</button>
                    </form>
                  ) : (
                    <a href="/auth/sign-in">{t("nav.signIn")}</a>
                  )}
                </li>
              </ul>
            </nav>
            <nav class="language-switcher" aria-label={t("nav.language")}>
              <ul>
                {LOCALES.map((lang) => (
                  <li>
                    <a href={languageHref(lang)} hreflang={lang} lang={lang} aria-current={lang === locale ? "true" : undefined}>
                      {LOCALE_NAMES[lang]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t("footer.about")}</p>
          <p>{t("footer.licence")}</p>
          <p>
            <a href="/open-data">{t("footer.openData")}</a> · <a href="/finding-the-files">{t("footer.findingFiles")}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}, { docType: true });
