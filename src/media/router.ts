/** The media area's router: files in R2: upload, serving, review. src/index.ts mounts it. */
import { Hono } from "hono";
import type { AppEnv } from "../platform/env";
import { mediaApi } from "./media.api";
import { mediaPages } from "./media.routes";
import { mediaServe } from "./media.serve";
import { mediaUploadsApi } from "./media.uploads";

export const mediaRoutes = new Hono<AppEnv>()
  .route("/", mediaApi)
  .route("/", mediaUploadsApi)
  .route("/", mediaServe)
  .route("/", mediaPages);
