/** The platform's own routes: signing in and out, and the development outbox. src/index.ts mounts it. */
import { Hono } from "hono";
import { authRoutes } from "./auth/auth.routes";
import type { AppEnv } from "./env";

export const platformRoutes = new Hono<AppEnv>().route("/", authRoutes);
