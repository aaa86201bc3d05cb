/**
 * Zeugnis: assembles middleware and feature routers into the Worker. Nothing else lives here.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { authRoutes } from "./auth/auth.routes";
import { browseRoutes } from "./browse/browse.routes";
import { mapTimelineRoutes } from "./browse/map-timeline.routes";
import { feedRoutes } from "./feeds/feeds.routes";
import { loadSession } from "./auth/session";
import type { AppEnv } from "./env";
import { homeRoutes } from "./home/home.routes";
import { AppError } from "./lib/errors";
import { memorialsApi } from "./memorials/memorials.api";
import { memorialPages } from "./memorials/memorials.routes";
import { moderationApi } from "./moderation/moderation.api";
import { moderationPages } from "./moderation/moderation.routes";
import { auditRoutes } from "./moderation/audit.routes";
import { memorialAdminRoutes } from "./moderation/memorial-admin.routes";
import { reportRoutes } from "./reports/reports.routes";
import { reportReviewRoutes } from "./reports/report-review.routes";
import { adminRoutes } from "./admin/admin.routes";
import { operationsRoutes } from "./operations/operations.routes";
import { notFound, onError } from "./middleware/errors";
import { bindTranslator, detectLanguage, requestContext } from "./middleware/request-context";
import { securityHeaders } from "./middleware/security";
import { crossOriginProtection } from "./middleware/cross-origin";
import { myRoutes } from "./submissions/my.routes";
import { submissionsApi } from "./submissions/submissions.api";
import { stepRoutes } from "./submissions/steps.routes";
import { submitRoutes } from "./submissions/submit.routes";
import { searchRoutes } from "./search/search.routes";
import { layout } from "./views/layout";
import { mediaApi } from "./media/media.api";
import { isMediaUpload } from "./media/media.paths";
import { mediaPages } from "./media/media.routes";
import { mediaServe } from "./media/media.serve";
import { mediaUploadsApi } from "./media/media.uploads";
import { scheduled } from "./scheduled";
import { openApiRoutes } from "./openapi/openapi.routes";
import { exportRoutes } from "./opendata/export.routes";
import { openDataPages } from "./opendata/open-data.routes";
import { recordsRoutes } from "./records/records.routes";
import { oaiRoutes } from "./oai/oai.routes";
import { gedcomRoutes } from "./gedcom/gedcom.routes";
import { importsApi, isImportUpload } from "./imports/imports.api";
import { importRoutes } from "./imports/imports.routes";

const app = new Hono<AppEnv>();

app.use(requestContext);
app.use(securityHeaders);
app.use(detectLanguage, bindTranslator);
// The renderer comes before anything that can refuse a request, so refusals render as pages too.
app.use(layout);
// Writes from other sites' pages are refused, whatever their body; API clients without browser
// headers pass (src/middleware/cross-origin.ts, docs/decisions.md).
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