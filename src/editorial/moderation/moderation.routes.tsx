/** The moderators' pages: the queue, the review page and its forms (claim, decide, write). */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { readFormValues, validateForm, type FormErrors, type FormValues } from "../../platform/http/forms";
import { textMessages } from "../../domain/text-rules";
import { validate } from "../../platform/http/json-body";
import { AppError } from "../../platform/http/errors";
import { actor } from "./actor";
import { claimRevision, releaseRevision } from "./claims";
import { decideRevision } from "./decisions";
import { purgePublicPages } from "../../platform/cache/purge";
import { decisionForm, messageSchema, queueQuery } from "./moderation.schemas";
import { loadQueuePage } from "./queue.queries";
import { QueuePage } from "./queue.pages";
import { loadRevisionReview } from "./review.queries";
import { loadMediaReview } from "../../media/media-review.queries";
import { ReviewPage } from "./review.pages";
import { postModeratorMessage } from "./thread";

export const moderationPages = new Hono<AppEnv>();

moderationPages.get("/moderation", async (c) => {
  const { moderator, now, twoModerators } = actor(c);
  const query = validate(queueQuery, c.req.query());
  const { view, items, counts, nextCursor } = await loadQueuePage(c.var.db, moderator.id, query, now);
  let nextHref: string | null = null;
  if (nextCursor) {
    const url = new URL(c.req.url);
    url.searchParams.set("cursor", nextCursor);
    nextHref = `${url.pathname}${url.search}`;
  }
  return c.render(
    <QueuePage items={items} counts={counts} filter={{ view, kind: query.kind, mine: Boolean(query.claimed) }} nextHref={nextHref} userId={moderator.id} now={now} twoModerators={twoModerators} />,
    { title: c.var.t("moderation:queue.title"), noindex: true },
  );
});

async function renderReview(c: Context<AppEnv>, id: string, form?: { errors: FormErrors; values: FormValues; status: 409 | 422 }) {
  const { moderator, now, twoModerators } = actor(c);
  const review = await loadRevisionReview(c.var.db, id, now);
  const media = await loadMediaReview(c.var.db, review.document.media);
  if (form) c.status(form.status);
  const name = review.document.names.find((n) => n.primary)?.display ?? id;
  return c.render(<ReviewPage review={review} media={media} userId={moderator.id} now={now} twoModerators={twoModerators} errors={form?.errors} values={form?.values} />, {
    title: `${c.var.t("moderation:review.title")}: ${name}`,
    noindex: true,
  });
}

moderationPages.get("/moderation/revisions/:id", (c) => renderReview(c, c.req.param("id")));

const back = (c: Context<AppEnv>) => c.redirect(`/moderation/revisions/${c.req.param("id")}`, 303);

/** Expected refusals of a form post, shown on the review page next to the form. */
async function refusal(c: Context<AppEnv>, error: unknown, values: FormValues) {
  if (!(error instanceof AppError) || (error.code !== "conflict" && error.code !== "validation_failed")) throw error;
  const t = c.var.t;
  const errors: FormErrors = {};
  for (const e of error.errors) {
    errors[e.path] = e.path === "living_confirmation" ? t("moderation:errors.living") : e.path === "conflict_confirmed" ? t("moderation:errors.conflictConfirm") : e.message;
  }
  if (error.errors.length === 0) errors._form = `${t(error.code === "conflict" ? "moderation:errors.conflict" : "moderation:errors.invalid")} ${error.message}`;
  return renderReview(c, c.req.param("id")!, { errors, values, status: error.code === "conflict" ? 409 : 422 });
}

moderationPages.post("/moderation/revisions/:id/claim", async (c) => {
  try {
    await claimRevision(c.var.db, c.req.param("id"), actor(c));
  } catch (error) {
    return refusal(c, error, {});
  }
  return back(c);
});

moderationPages.post("/moderation/revisions/:id/release", async (c) => {
  try {
    await releaseRevision(c.var.db, c.req.param("id"), actor(c));
  } catch (error) {
    return refusal(c, error, {});
  }
  return back(c);
});

moderationPages.post("/moderation/revisions/:id/decision", async (c) => {
  const ctx = actor(c);
  const form = validateForm(decisionForm(c.var.t), await readFormValues(c));
  if (!form.ok) return renderReview(c, c.req.param("id"), { errors: form.errors, values: form.values, status: 422 });
  const { action, reason, version, living_confirmation, conflict_confirmed } = form.data;
  try {
    const result = await decideRevision(c.var.db, c.req.param("id"), { action, reason, version, livingConfirmation: living_confirmation, conflictConfirmed: conflict_confirmed === "true" }, ctx);
    if (action === "approve") await purgePublicPages(c, { kind: "approval", subjectId: result.memorialId });
  } catch (error) {
    return refusal(c, error, form.values);
  }
  return back(c);
});

moderationPages.post("/moderation/revisions/:id/messages", async (c) => {
  const ctx = actor(c);
  const form = validateForm(messageSchema(c.var.t("moderation:errors.messageRequired"), textMessages(c.var.t)), await readFormValues(c));
  if (!form.ok) return renderReview(c, c.req.param("id"), { errors: form.errors, values: form.values, status: 422 });
  await postModeratorMessage(c.var.db, c.req.param("id"), form.data.body, ctx);
  return c.redirect(`/moderation/revisions/${c.req.param("id")}#thread`, 303);
});
