import { Hono } from "hono";
import type { AppEnv } from "../env";
export const mediaPages = new Hono<AppEnv>();
