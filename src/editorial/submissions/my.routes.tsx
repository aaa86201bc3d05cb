/** "My submissions" (HTML): the list, one submission, answering the moderators, withdrawing. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { readFormValues } from "../../platform/http/forms";
import { AppError } from "../../platform/http/errors";
import { listRevisionMessages } from "../revisions/revision-messages";
import { formBodyLimit, signInRedirect } from "./form-guard";
import { SubmissionDetailPage, type DetailProps } from "./my-detail.page";
import { MySubmissionsPage } from "./my.pages";
import { ownRevision } from "./submission-access";
import { canReopen, openReopening, reopenRevision } from "./submission-reopen";
import { addSubmitterMessage, withdrawRevision } from "./submission-transitions";
import { WITHDRAWABLE } from "./submission-writes";
import { writeContext } from "./write-context";
import { listOwnRevisions, memorialSlug, type RevisionRow } from "./submissions.queries";
import { textValue } from "./form/form-values";

export const myRoutes = new Hono<AppEnv>();
myRoutes.use("/my/submissions/*", formBodyLimit);

const meta = (title: string) => ({
  title,
  noindex: true,
  head: <link rel="stylesheet" href="/css/submission.css" />,
});

const NOTICES = {
  saved: "my.saved",
  sent: "my.sent",
  withdrawn: "my.withdrawn",
  message: "my.messageSent",
  reopened: "my.reopened",
} as const;

function notice(c: Context<AppEnv>): string | undefined {
  const key = (Object.keys(NOTICES) as Array<keyof typeof NOTICES>).find(
    (k) => c.req.query(k) !== undefined,
  );
  return key ? c.var.t(`submissions:${NOTICES[key]}`) : undefined;
}

myRoutes.get("/my/submissions", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const items = await listOwnRevisions(c.var.db, c.var.user.id, 200);
  return c.render(
    <MySubmissionsPage items={items} notice={notice(c)} />,
    meta(c.var.t("submissions:my.title")),
  );
});

async function renderDetail(
  c: Context<AppEnv>,
  revision: RevisionRow,
  extra: Partial<DetailProps> = {},
) {
  const messages = await listRevisionMessages(c.var.db, revision.id);
  const slug = revision.memorialId ? await memorialSlug(c.var.db, revision.memorialId) : null;
  // Only reopenable or reopened revisions look further: the draft that came from them, or their origin.
  const successor = canReopen(revision) || revision.status === "withdrawn" ? await openReopening(c.var.db, revision.id) : undefined;
  const earlier = revision.reopenedFrom ? await listRevisionMessages(c.var.db, revision.reopenedFrom) : [];
  return c.render(
    <SubmissionDetailPage
      revision={revision}
      messages={messages}
      memorialSlug={slug}
      notice={notice(c)}
      reopen={{ successor, earlier }}
      {...extra}
    />,
    meta(c.var.t("submissions:my.title")),
  );
}

myRoutes.get("/my/submissions/:id", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  return renderDetail(c, await ownRevision(c, c.req.param("id")));
});

myRoutes.post("/my/submissions/:id/withdraw", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  const values = await readFormValues(c);
  if (values.confirm !== "yes") {
    c.status(422);
    return renderDetail(c, revision, {
      errors: { withdraw: c.var.t("submissions:errors.confirmWithdraw") },
    });
  }
  if (revision.status !== "withdrawn") {
    try {
      if (!WITHDRAWABLE.includes(revision.status)) throw new AppError("conflict");
      await withdrawRevision(writeContext(c), revision.id, Number(values.version));
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
      c.status(409);
      return renderDetail(c, await ownRevision(c, revision.id), {
        notice: c.var.t("submissions:errors.stale"),
      });
    }
  }
  return c.redirect(`/my/submissions/${revision.id}?withdrawn=1`, 303);
});

myRoutes.post("/my/submissions/:id/messages", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  const values = await readFormValues(c);
  const body = textValue(values, "message", 5_000);
  if (!body || !["pending", "in_review", "changes_requested"].includes(revision.status)) {
    c.status(422);
    return renderDetail(c, revision, {
      errors: { message: c.var.t("submissions:errors.messageRequired") },
      message: values.message,
    });
  }
  await addSubmitterMessage(writeContext(c), revision.id, body);
  return c.redirect(`/my/submissions/${revision.id}?message=1`, 303);
});

myRoutes.post("/my/submissions/:id/reopen", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  const seen = Number((await readFormValues(c)).version);
  try {
    const draft = await reopenRevision(writeContext(c), revision, Number.isInteger(seen) && seen > 0 ? seen : revision.version);
    return c.redirect(`/my/submissions/${draft.id}?reopened=1`, 303);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "conflict")) throw error;
    // Pressed twice, or from a second tab: the draft made the first time is where to go on.
    const open = await openReopening(c.var.db, revision.id);
    if (open) return c.redirect(`/my/submissions/${open.id}`, 303);
    c.status(409);
    return renderDetail(c, await ownRevision(c, revision.id), { notice: c.var.t("submissions:errors.stale") });
  }
});
