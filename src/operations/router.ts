/** The operations area's router: admin and the operator's dashboard. src/index.ts mounts it. */
import { Hono } from "hono";
import type { AppEnv } from "../platform/env";
import { adminRoutes } from "./admin/admin.routes";
import { dateCheckRoutes } from "./dashboard/date-check.routes";
import { operationsRoutes as dashboardRoutes } from "./dashboard/operations.routes";

export const operationsRoutes = new Hono<AppEnv>()
  .route("/", adminRoutes)
  .route("/", dashboardRoutes)
  .route("/", dateCheckRoutes);
