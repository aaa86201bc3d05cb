/** The archive area's router: what visitors read: memorials, browse, map and timeline, search, the home page, the guide to the files. src/index.ts mounts it. */
import { Hono } from "hono";
import type { AppEnv } from "../platform/env";
import { browseRoutes } from "./browse/browse.routes";
import { mapTimelineRoutes } from "./browse/map-timeline.routes";
import { groupRoutes } from "./groups/groups.routes";
import { evidenceRoutes } from "./evidence/evidence.routes";
import { homeRoutes } from "./home/home.routes";
import { memorialsApi } from "./memorials/memorials.api";
import { memorialPages } from "./memorials/memorials.routes";
import { recordsRoutes } from "./records/records.routes";
import { searchRebuildRoutes } from "./search/search-rebuild.routes";
import { searchRoutes } from "./search/search.routes";
import { versionsApi } from "./versions/versions.api";
import { versionPages } from "./versions/versions.routes";

export const archiveRoutes = new Hono<AppEnv>()
  .route("/", homeRoutes)
  .route("/", searchRoutes)
  .route("/", searchRebuildRoutes)
  .route("/", memorialsApi)
  .route("/", versionsApi)
  .route("/", versionPages)
  .route("/", memorialPages)
  .route("/", browseRoutes)
  .route("/", mapTimelineRoutes)
  .route("/", recordsRoutes)
  .route("/", groupRoutes)
  .route("/", evidenceRoutes);
