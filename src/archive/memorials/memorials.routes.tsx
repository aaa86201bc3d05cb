import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { LOCALES } from "../../platform/i18n";
import { AppError } from "../../platform/http/errors";
import { memorialUrl, siteOrigin } from "../../platform/http/site-url";
import { primaryName } from "../../domain/person-document";
import { memorialJsonLd, webSiteNode } from "./json-ld";
import { JsonLd, MemorialPage, WithheldPage } from "./memorials.pages";
import { linkedMemorials, resolveMemorialPage } from "./memorials.queries";
import { publicDocument, readVisibleMedia } from "./public-document";
import { matchesEtag, memorialCacheHeaders, memorialEtag } from "./page-cache";
import { currentCitationMeta } from "../versions/components/citation-meta";

export const memorialPages = new Hono<AppEnv>();

const OG_LOCALES = { en: "en_GB", de: "de_DE", ru: "ru_RU" } as const;

memorialPages.get("/memorials/:key", async (c) => {
  const { resolved, history } = await resolveMemorialPage(c.var.db, c.req.param("key"));
  switch (resolved.kind) {
    case "missing":
      throw new AppError("not_found");
    case "redirect":
      // A merge can be undone, so browsers must not keep this redirect for good.
      c.header("Cache-Control", "no-cache");
      return c.redirect(`/memorials/${resolved.memorial.slug}`, 301);
    case "gone":
      c.header("Cache-Control", "no-store");
      c.status(410);
      return c.render(<WithheldPage />, { title: c.var.t("errors.gone"), noindex: true });
    case "found": {
      const { memorial } = resolved;
      const accessed = new Date();
      const etag = await memorialEtag({
        memorialId: memorial.id,
        revisionId: memorial.currentRevisionId,
        updatedAt: memorial.updatedAt,
        locale: c.var.locale,
        // The role too: a page for a moderator carries links a contributor's does not.
        viewerId: c.var.user ? `${c.var.user.id}:${c.var.user.role}` : null,
        day: accessed.toISOString().slice(0, 10),
      });
      for (const [name, value] of Object.entries(memorialCacheHeaders(!!c.var.user))) c.header(name, value);
      c.header("ETag", etag);
      if (matchesEtag(c.req.header("if-none-match"), etag)) return c.body(null, 304);

      // The public document (src/archive/memorials/public-document.ts); the published relatives it links
      // to are read once, for their links and for the rule.
      const linked = resolved.document.relations.flatMap((r) => (r.memorial_id ? [r.memorial_id] : []));
      const [media, related] = await Promise.all([
        readVisibleMedia(c.var.db, [{ memorialId: memorial.id, document: resolved.document }]),
        linkedMemorials(c.var.db, linked),
      ]);
      const document = publicDocument(memorial.id, resolved.document, { media, publishedMemorials: new Set(related.keys()) });
      const origin = siteOrigin(c.env);
      const canonical = memorialUrl(origin, memorial.slug);
      const name = primaryName(document).display;
      return c.render(
        <MemorialPage memorial={memorial} doc={document} related={related} history={history} origin={origin} accessed={accessed} />,
        {
          title: name,
          description: memorial.summary,
          canonical,
          head: (
            <>
              {LOCALES.map((lang) => (
                <link rel="alternate" hreflang={lang} href={`${canonical}?lang=${lang}`} />
              ))}
              <meta property="og:type" content="profile" />
              <meta property="og:site_name" content={c.var.t("site.name")} />
              <meta property="og:locale" content={OG_LOCALES[c.var.locale]} />
              <meta property="og:title" content={name} />
              {memorial.summary ? <meta property="og:description" content={memorial.summary} /> : null}
              <meta property="og:url" content={canonical} />
              {document.media[0] ? <meta property="og:image" content={`${origin}/media/${document.media[0].id}?size=thumb`} /> : null}
              <script src="/js/copy.js" defer></script>
              {currentCitationMeta({ memorialId: memorial.id, document, history, origin, accessed, t: c.var.t, locale: c.var.locale })}
              <JsonLd
                data={{
                  "@context": "https://schema.org",
                  ...memorialJsonLd(memorial, document, {
                    origin,
                    url: canonical,
                    modified: memorial.updatedAt,
                    isPartOf: webSiteNode(origin),
                    linked: (id) => related.get(id) ?? null,
                  }),
                }}
              />
            </>
          ),
        },
      );
    }
  }
});
