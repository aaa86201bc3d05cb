import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { absoluteUrl } from "../../platform/http/site-url";
import { HomePage } from "./home.pages";
import { homeContent } from "./home.queries";

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get("/", async (c) => {
  const { counts, recent } = await homeContent(c.var.db, 6);
  return c.render(<HomePage counts={counts} recent={recent} />, {
    title: c.var.t("home:title"),
    description: c.var.t("home:intro"),
    canonical: absoluteUrl(c.env, "/"),
    head: <link rel="alternate" type="application/atom+xml" href="/feed.atom" title={c.var.t("feeds:title")} />,
  });
});

homeRoutes.get("/healthz", async (c) => {
  await c.env.DB.prepare("SELECT 1").first();
  return c.json({ status: "ok" });
});
