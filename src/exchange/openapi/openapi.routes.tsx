/** GET /api/v1/openapi.json (OpenAPI 3.1) and /api/docs (the same document as HTML). */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { siteOrigin, type SiteEnv } from "../../platform/http/site-url";
import { ApiDocsPage } from "./docs.pages";
import { buildOpenApiDocument } from "./document";
import { openApiPath, type Operation } from "./registry";

/**
 * The API reference routes for the operations every area describes (src/index.ts gathers them,
 * so this area needs no arrow to the areas above it).
 */
export function openApiRoutes(allOperations: Operation[]) {
const routes = new Hono<AppEnv>();

// Built once per isolate: the document depends only on the code and SITE_URL, never on the
// request's Host (a cache keyed by Host grew without bound, one document per forged name).
let cached: { origin: string; doc: Record<string, unknown> } | null = null;

function documentFor(env: SiteEnv) {
  const origin = siteOrigin(env);
  if (cached?.origin !== origin) cached = { origin, doc: buildOpenApiDocument(origin, allOperations) };
  return cached.doc;
}

routes.get("/api/v1/openapi.json", (c) => {
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Cache-Control", "public, max-age=300");
  return c.json(documentFor(c.env));
});

routes.get("/api/docs", (c) =>
  c.render(<ApiDocsPage doc={documentFor(c.env)} />, {
    title: "API",
    description: "The Zeugnis API: OpenAPI 3.1 reference.",
  }),
);

/** The no-JavaScript "Try it": builds the request URL from the form and sends the browser there. */
routes.get("/api/docs/try", (c) => {
  const op = allOperations.find((o) => o.id === c.req.query("operation") && o.method === "get");
  if (!op) throw new AppError("not_found", "No such operation.");
  const query = new URLSearchParams();
  let path = openApiPath(op.path);
  for (const [key, value] of new URL(c.req.url).searchParams) {
    if (!value) continue;
    if (key.startsWith("path.")) path = path.replace(`{${key.slice(5)}}`, encodeURIComponent(value));
    else if (key.startsWith("query.")) query.append(key.slice(6), value);
  }
  if (/\{\w+\}/.test(path)) throw new AppError("bad_request", "Fill in every path parameter.");
  const search = query.toString();
  return c.redirect(search ? `${path}?${search}` : path, 303);
});

return routes;
}
