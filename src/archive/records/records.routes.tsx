/**
 * GET /finding-the-files (the guide) and GET /memorials/{key}/request-letter (the letter). Both
 * only read: the letter's form is sent with GET and answered without writing anything, so
 * what a family types is neither stored nor logged (the request log keeps the path only).
 */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { primaryName } from "../../domain/person-document";
import { WithheldPage } from "../memorials/memorials.pages";
import { resolveMemorial } from "../memorials/memorials.queries";
import { RecordsGuidePage } from "./records-guide.pages";
import { fillLetter, letterKit, letterRequest, type LetterRequest } from "./request-letter";
import { RequestLetterPage } from "./request-letter.pages";

export const recordsRoutes = new Hono<AppEnv>();

recordsRoutes.get("/finding-the-files", (c) =>
  c.render(<RecordsGuidePage />, {
    title: c.var.t("records:guide.title"),
    description: c.var.t("records:guide.description"),
    canonical: `${new URL(c.req.url).origin}/finding-the-files`,
  }),
);

recordsRoutes.get("/memorials/:key/request-letter", async (c) => {
  const resolved = await resolveMemorial(c.var.db, c.req.param("key"));
  if (resolved.kind === "missing") throw new AppError("not_found");
  if (resolved.kind === "gone") {
    c.status(410);
    return c.render(<WithheldPage />, { title: c.var.t("errors.gone"), noindex: true });
  }
  if (resolved.kind === "redirect") {
    const query = new URL(c.req.url).search;
    return c.redirect(`/memorials/${resolved.memorial.slug}/request-letter${query}`, 301);
  }
  const { memorial, document } = resolved;
  const values = c.req.query();
  const parsed = letterRequest.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      errors[field] ??= issue.code === "too_big" ? c.var.t("records:form.tooLong", { max: Number(issue.maximum) }) : c.var.t("records:form.choose");
    }
    c.status(422);
  }
  const kit = letterKit(document, new Date());
  const request: LetterRequest | null = parsed.success ? parsed.data : null;
  // What a family types stays out of caches and search engines.
  c.header("Cache-Control", "no-store");
  return c.render(
    <RequestLetterPage
      name={primaryName(document).display}
      slug={memorial.slug}
      values={values}
      errors={errors}
      letter={request ? fillLetter(kit.template[request.language], kit.parts[request.language], request) : null}
      kit={kit}
    />,
    { title: `${c.var.t("records:form.title")}: ${primaryName(document).display}`, noindex: true, head: (
        <>
          <script src="/js/request-letter.js" defer></script>
          <script src="/js/copy.js" defer></script>
        </>
      ),
    },
  );
});
