/**
 * Zeugnis: assembles middleware and feature routers into the Worker. Nothing else lives here.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { archiveNamespaces } from "./archive/messages";
import { archiveRoutes } from "./archive/router";
import { editorialNamespaces } from "./editorial/messages";
import { editorialRoutes } from "./editorial/router";
import { exchangeNamespaces } from "./exchange/messages";
import { isImportUpload } from "./exchange/imports/imports.api";
import { allOperations as exchangeOperations } from "./exchange/openapi/operation-list";
import { openApiRoutes } from "./exchange/openapi/openapi.routes";
import { exchangeRoutes } from "./exchange/router";
import { mediaNamespaces } from "./media/messages";
import { isMediaUpload } from "./media/media.paths";
import { mediaRoutes } from "./media/router";
import { operationsNamespaces } from "./operations/messages";
import { adminOperations } from "./operations/operations.openapi";
import { operationsRoutes } from "./operations/router";
import { scheduled } from "./operations/scheduled";
import { loadSession } from "./platform/auth/session";
import type { AppEnv } from "./platform/env";
import { AppError } from "./platform/http/errors";
import { registerMessages } from "./platform/i18n";
import { pageCache } from "./platform/cache/page-cache";
import { crossOriginProtection } from "./platform/middleware/cross-origin";
import { notFound, onError } from "./platform/middleware/errors";
import { bindTranslator, detectLanguage, requestContext } from "./platform/middleware/request-context";
import { securityHeaders } from "./platform/middleware/security";
import { platformRoutes } from "./platform/router";
import { layout } from "./platform/views/layout";

/**
 * The areas, bottom to top (docs/architecture.md): each brings its router and its message
 * namespaces; platform's own namespaces are registered by platform itself.
 */
const AREAS = [
  { routes: platformRoutes, messages: {} },
  { routes: archiveRoutes, messages: archiveNamespaces },
  { routes: editorialRoutes, messages: editorialNamespaces },
  { routes: mediaRoutes, messages: mediaNamespaces },
  { routes: exchangeRoutes, messages: exchangeNamespaces },
  { routes: operationsRoutes, messages: operationsNamespaces },
];

/** Every API operation the OpenAPI document describes; tests/openapi checks none is missing. */
export const apiOperations = [...exchangeOperations, ...adminOperations];

for (const area of AREAS) registerMessages(area.messages);

const app = new Hono<AppEnv>();

app.use(requestContext);
app.use(securityHeaders);
app.use(detectLanguage, bindTranslator);
// The renderer comes before anything that can refuse a request, so refusals render as pages too.
app.use(layout);
// Writes from other sites' pages are refused, whatever their body; API clients without browser
// headers pass (src/platform/middleware/cross-origin.ts, docs/decisions.md).
app.use(crossOriginProtection);
const jsonBodyLimit = bodyLimit({
  maxSize: 1_048_576,
  onError: () => {
    throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
  },
});
// Media uploads carry files up to 50 MB and enforce their own limits (src/media/).
app.use("/api/*", (c, next) =>
  isMediaUpload(c.req.method, c.req.path) || isImportUpload(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next),
);
app.use(loadSession);
// Anonymous visitors' pages from the edge cache, without D1 (src/platform/cache/, docs/operations.md).
app.use(pageCache);

for (const area of AREAS) app.route("/", area.routes);
app.route("/", openApiRoutes(apiOperations));

app.notFound(notFound);
app.onError(onError);

/** The assembled app, for tests that walk every route (tests/security/, the OpenAPI contract). */
export { app };

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;