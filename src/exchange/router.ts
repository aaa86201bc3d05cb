/** The exchange area's router: data in and out: feeds, exports, OAI-PMH, GEDCOM, imports (the API reference is added by src/index.ts). src/index.ts mounts it. */
import { Hono } from "hono";
import type { AppEnv } from "../platform/env";
import { exportRoutes } from "./exports/export.routes";
import { openDataPages } from "./exports/open-data.routes";
import { feedRoutes } from "./feeds/feeds.routes";
import { gedcomRoutes } from "./gedcom/gedcom.routes";
import { importsApi } from "./imports/imports.api";
import { importRoutes } from "./imports/imports.routes";
import { oaiRoutes } from "./oai/oai.routes";

export const exchangeRoutes = new Hono<AppEnv>()
  .route("/", feedRoutes)
  .route("/", exportRoutes)
  .route("/", openDataPages)
  .route("/", oaiRoutes)
  .route("/", gedcomRoutes)
  .route("/", importsApi)
  .route("/", importRoutes);
