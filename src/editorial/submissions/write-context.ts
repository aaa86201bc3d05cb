/**
 * What a contributor's writes need from the request: the database, who is writing, the request
 * id, the site's address and the reader's language.
 */
import { type Context } from "hono";
import { requireUser } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { type WriteContext } from "./submission-writes";
import { siteOrigin } from "../../platform/http/site-url";

export function writeContext(c: Context<AppEnv>): WriteContext {
  return {
    db: c.var.db,
    user: requireUser(c),
    requestId: c.var.requestId,
    origin: siteOrigin(c.env),
    t: c.var.t,
    locale: c.var.locale,
  };
}
