/** GET /open-data: the page that tells people what programs can read here and how to reuse it. */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { recentlyPublished } from "../../archive/memorials/memorials.queries";
import { OpenDataPage } from "./open-data.pages";

export const openDataPages = new Hono<AppEnv>();

openDataPages.get("/open-data", async (c) => {
  const [newest] = await recentlyPublished(c.var.db, 1);
  // The commands must work where the archive is published, not wherever this request came from.
  const site = new URL(c.env.SITE_URL || c.req.url).origin;
  const memorial = newest ? { id: newest.id, name: newest.displayName } : null;
  return c.render(<OpenDataPage memorial={memorial} site={site} today={new Date()} />, {
    title: c.var.t("opendata:title"),
    description: c.var.t("opendata:description"),
    canonical: `${site}/open-data`,
  });
});
