/** GET /search (HTML) and the search form of GET /api/v1/memorials?q=… (api.md). */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { validate } from "../../platform/http/json-body";
import { SearchPage } from "./search.pages";
import { hasCriteria, rawSearchParams, searchParamsSchema, type SearchParams } from "./search-params";
import { searchMemorials, type SearchHit } from "./search.service";
import { toFieldErrors } from "../../domain/person-document";

export const searchRoutes = new Hono<AppEnv>();
// The operators' rebuild of the index (admins), mounted here so src/index.ts need not change.

searchRoutes.get("/search", async (c) => {
  const parsed = searchParamsSchema.safeParse(rawSearchParams(c.req.url));
  if (!parsed.success) {
    const errors = Object.fromEntries(toFieldErrors(parsed.error).map((e) => [e.path.split(".")[0], `${e.path}: ${e.message}`]));
    const fallback = searchParamsSchema.parse({ q: String(c.req.query("q") ?? "").slice(0, 200) });
    c.status(422);
    return c.render(<SearchPage params={fallback} result={null} errors={errors} />, { title: c.var.t("search:title"), noindex: true });
  }
  const params = parsed.data;
  const result = hasCriteria(params) ? await searchMemorials(c.var.db, params) : null;
  return c.render(<SearchPage params={params} result={result} errors={{}} />, {
    title: params.q ? c.var.t("search:resultsFor", { q: params.q }) : c.var.t("search:title"),
    noindex: result !== null,
  });
});

/** The api.md list item, plus why it matched and the places that tell namesakes apart. */
function apiItem(hit: SearchHit) {
  return {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    birth: hit.birth,
    death: hit.death,
    summary: hit.summary,
    birth_place: hit.birthPlace,
    death_place: hit.deathPlace,
    match: { kind: hit.match.kind, name: hit.match.name, name_kind: hit.match.nameKind, primary: hit.match.primary },
  };
}

/**
 * A search through the list API. Without search parameters the request falls through to the
 * plain list (src/archive/memorials/memorials.api.ts), whose contract stays as it is.
 */
searchRoutes.get("/api/v1/memorials", async (c, next) => {
  const raw = rawSearchParams(c.req.url);
  const params: SearchParams = validate(searchParamsSchema, raw);
  if (!hasCriteria(params)) return next();
  const result = await searchMemorials(c.var.db, params, { facets: raw.facets === "true" || raw.facets === "1" });
  return c.json({
    items: result.items.map(apiItem),
    next_cursor: result.nextCursor,
    ...(result.facets ? { facets: result.facets } : {}),
  });
});
