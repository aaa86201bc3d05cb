/**
 * The moderator acting in a request, and what their decisions need to know (time, request id,
 * the site's address, whether publication needs two moderators).
 */
import { type Context } from "hono";
import { requireRole } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { type DecisionContext } from "./decisions";
import { publicationNeedsTwoModerators } from "./agreements";
import { siteOrigin } from "../../platform/http/site-url";

export function actor(c: Context<AppEnv>): DecisionContext {
  return {
    moderator: requireRole(c, "moderator"),
    now: Date.now(),
    requestId: c.var.requestId,
    origin: siteOrigin(c.env),
    twoModerators: publicationNeedsTwoModerators(c.env),
  };
}
