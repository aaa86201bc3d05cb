/**
 * Zeugnis: assembles middleware and feature routers into the Worker. Nothing else lives here.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { authRoutes } from "./platform/auth/auth.routes";
import { browseRoutes } from "./archive/browse/browse.routes";
import { mapTimelineRoutes } from "./archive/browse/map-timeline.routes";
import { feedRoutes } from "./exchange/feeds/feeds.routes";
import { loadSession } from "./platform/auth/session";
import type { AppEnv } from "./platform/env";
import { homeRoutes } from "./archive/home/home.routes";
import { AppError } from "./platform/http/errors";
import { memorialsApi } from "./archive/memorials/memorials.api";
import { memorialPages } from "./archive/memorials/memorials.routes";
import { moderationApi } from "./editorial/moderation/moderation.api";
import { moderationPages } from "./editorial/moderation/moderation.routes";
import { auditRoutes } from "./editorial/moderation/audit.routes";
import { memorialAdminRoutes } from "./editorial/moderation/memorial-admin.routes";
import { reportRoutes } from "./editorial/reports/reports.routes";
import { reportReviewRoutes } from "./editorial/reports/report-review.routes";
import { adminRoutes } from "./operations/admin/admin.routes";
import { operationsRoutes } from "./operations/dashboard/operations.routes";
import { notFound, onError } from "./platform/middleware/errors";
import { bindTranslator, detectLanguage, requestContext } from "./platform/middleware/request-context";
import { securityHeaders } from "./platform/middleware/security";
import { crossOriginProtection } from "./platform/middleware/cross-origin";
import { myRoutes } from "./editorial/submissions/my.routes";
import { submissionsApi } from "./editorial/submissions/submissions.api";
import { stepRoutes } from "./editorial/submissions/steps.routes";
import { submitRoutes } from "./editorial/submissions/submit.routes";
import { searchRoutes } from "./archive/search/search.routes";
import { layout } from "./platform/views/layout";
import { mediaApi } from "./media/media.api";
import { isMediaUpload } from "./media/media.paths";
import { mediaPages } from "./media/media.routes";
import { mediaServe } from "./media/media.serve";
import { mediaUploadsApi } from "./media/media.uploads";
import { scheduled } from "./operations/scheduled";
import { openApiRoutes } from "./exchange/openapi/openapi.routes";
import { exportRoutes } from "./exchange/exports/export.routes";
import { openDataPages } from "./exchange/exports/open-data.routes";
import { recordsRoutes } from "./archive/records/records.routes";
import { oaiRoutes } from "./exchange/oai/oai.routes";
import { gedcomRoutes } from "./exchange/gedcom/gedcom.routes";
import { importsApi, isImportUpload } from "./exchange/imports/imports.api";
import { importRoutes } from "./exchange/imports/imports.routes";

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

app.route("/", homeRoutes);
app.route("/", authRoutes);
// Before memorialsApi: a list request with search parameters is answered by search.
app.route("/", searchRoutes);
app.route("/", memorialsApi);
app.route("/", memorialPages);
app.route("/", moderationApi);
app.route("/", moderationPages);
app.route("/", auditRoutes);
app.route("/", memorialAdminRoutes);
app.route("/", reportRoutes);
app.route("/", reportReviewRoutes);
app.route("/", adminRoutes);
app.route("/", operationsRoutes);
app.route("/", submissionsApi);
app.route("/", submitRoutes);
app.route("/", stepRoutes);
app.route("/", myRoutes);
app.route("/", feedRoutes);
app.route("/", browseRoutes);
app.route("/", mapTimelineRoutes);
app.route("/", mediaApi);
app.route("/", mediaUploadsApi);
app.route("/", mediaServe);
app.route("/", mediaPages);
app.route("/", openApiRoutes);
app.route("/", exportRoutes);
app.route("/", openDataPages);
app.route("/", recordsRoutes);
app.route("/", oaiRoutes);
app.route("/", gedcomRoutes);
app.route("/", importsApi);
app.route("/", importRoutes);

app.notFound(notFound);
app.onError(onError);

/** The assembled app, for tests that walk every route (tests/security/, the OpenAPI contract). */
export { app };

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;