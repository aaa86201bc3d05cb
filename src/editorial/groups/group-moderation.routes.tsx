/** The moderators' HTML screen of group proposals and its decision form. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { requireRole } from "../../platform/auth/session";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/http/errors";
import { readFormValues } from "../../platform/http/forms";
import { decideGroupRevision } from "./group-decisions";
import { purgePublicPages } from "../../platform/cache/purge";
import { GroupProposalsPage } from "./group-moderation.pages";
import { listGroupProposals } from "./group-queue.queries";
import { GROUP_DECISIONS } from "./group-decisions";

export const groupModerationPages = new Hono<AppEnv>();

const decisionForm = z.object({
  action: z.enum(GROUP_DECISIONS),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().max(4_000).optional(),
});

async function renderProposals(c: Context<AppEnv>, errors?: Record<string, string>) {
  const moderator = requireRole(c, "moderator");
  const items = await listGroupProposals(c.var.db, "pending", 100);
  return c.render(<GroupProposalsPage items={items} userId={moderator.id} errors={errors} />, { title: c.var.t("groupProposals:queue.title"), noindex: true });
}

groupModerationPages.get("/moderation/groups", (c) => renderProposals(c));

groupModerationPages.post("/moderation/groups/:id/decision", async (c) => {
  const moderator = requireRole(c, "moderator");
  const id = c.req.param("id");
  const form = decisionForm.safeParse(await readFormValues(c));
  if (!form.success) throw new AppError("bad_request", "The decision form is incomplete.");
  try {
    const decided = await decideGroupRevision(c.var.db, id, { ...form.data, reason: form.data.reason || undefined }, { moderator, now: Date.now(), requestId: c.var.requestId });
    if (decided.status === "approved") await purgePublicPages(c, { kind: "group", subjectId: decided.group_id ?? id });
  } catch (error) {
    if (!(error instanceof AppError) || !["conflict", "validation_failed", "forbidden"].includes(error.code)) throw error;
    const key = error.code === "conflict" ? "conflict" : error.code === "forbidden" ? "own" : "reason";
    c.status(error.code === "conflict" ? 409 : error.code === "forbidden" ? 403 : 422);
    return renderProposals(c, { [id]: c.var.t(`groupProposals:errors.${key}`) });
  }
  return c.redirect("/moderation/groups", 303);
});
