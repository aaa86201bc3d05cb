import { Hono } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "../lib/errors";
import { primaryName } from "../lib/person-document";
import { personJsonLd } from "./json-ld";
import { JsonLd, MemorialPage, WithheldPage } from "./memorials.pages";
import { linkedMemorials, resolveMemorial } from "./memorials.queries";

export const memorialPages = new Hono<AppEnv>();

memorialPages.get("/memorials/:key", async (c) => {
  const resolved = await resolveMemorial(c.var.db, c.req.param("key"));
  switch (resolved.kind) {
    case "missing":
      throw new AppError("not_found");
    case "redirect":
      return c.redirect(`/memorials/${resolved.memorial.slug}`, 301);
    case "gone":
      c.status(410);
      return c.render(<WithheldPage />, { title: c.var.t("errors.gone"), noindex: true });
    case "found": {
      const { memorial, document } = resolved;
      const related = await linkedMemorials(
        c.var.db,
        document.relations.flatMap((r) => (r.memorial_id ? [r.memorial_id] : [])),
      );
      const origin = new URL(c.req.url).origin;
      const canonical = `${origin}/memorials/${memorial.slug}`;
      const name = primaryName(document).display;
      return c.render(<MemorialPage memorial={memorial} doc={document} related={related} />, {
        title: name,
        description: memorial.summary,
        canonical,
        head: (
          <>
            <meta property="og:type" content="profile" />
            <meta property="og:title" content={name} />
            <meta property="og:description" content={memorial.summary} />
            <meta property="og:url" content={canonical} />
            <JsonLd data={personJsonLd(memorial, document, canonical)} />
          </>
        ),
      });
    }
  }
});
