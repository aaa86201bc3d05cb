/** The editorial area's router: what contributors and moderators do: submissions, moderation, reports, the audit log. src/index.ts mounts it. */
import { Hono } from "hono";
import type { AppEnv } from "../platform/env";
import { auditRoutes } from "./moderation/audit.routes";
import { groupsEditorialApi } from "./groups/groups.api";
import { groupModerationPages } from "./groups/group-moderation.routes";
import { membershipFormRoutes } from "./groups/membership-form.routes";
import { memorialAdminRoutes } from "./moderation/memorial-admin.routes";
import { moderationApi } from "./moderation/moderation.api";
import { moderationPages } from "./moderation/moderation.routes";
import { reportReviewRoutes } from "./reports/report-review.routes";
import { reportRoutes } from "./reports/reports.routes";
import { myRoutes } from "./submissions/my.routes";
import { stepRoutes } from "./submissions/steps.routes";
import { submissionsApi } from "./submissions/submissions.api";
import { submitRoutes } from "./submissions/submit.routes";

export const editorialRoutes = new Hono<AppEnv>()
  // Before the memorial handlers: it takes group proposals and decisions on the shared routes.
  .route("/", groupsEditorialApi)
  .route("/", groupModerationPages)
  .route("/", membershipFormRoutes)
  .route("/", moderationApi)
  .route("/", moderationPages)
  .route("/", auditRoutes)
  .route("/", memorialAdminRoutes)
  .route("/", reportRoutes)
  .route("/", reportReviewRoutes)
  .route("/", submissionsApi)
  .route("/", submitRoutes)
  .route("/", stepRoutes)
  .route("/", myRoutes);
