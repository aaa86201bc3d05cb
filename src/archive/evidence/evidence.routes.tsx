/** GET /help/evidence: the help page on the evidence model, for visitors and contributors. */
import { Hono } from "hono";
import type { AppEnv } from "../../platform/env";
import { EvidenceHelpPage } from "./evidence-help.pages";

export const evidenceRoutes = new Hono<AppEnv>();

evidenceRoutes.get("/help/evidence", (c) =>
  c.render(<EvidenceHelpPage />, {
    title: c.var.t("evidence:help.title"),
    description: c.var.t("evidence:help.description"),
    canonical: `${new URL(c.req.url).origin}/help/evidence`,
  }),
);
