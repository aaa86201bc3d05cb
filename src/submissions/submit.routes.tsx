/** The guided submission form (HTML, works without JavaScript): start, correction, steps, send. */
import { Hono, type Context } from "hono";
import { consumeQuota } from "../abuse/rate-limit";
import type { AppEnv } from "../env";
import { readFormValues } from "../http/forms";
import { AppError } from "../lib/errors";
import { findPossibleDuplicates } from "../search/duplicates";
import { listRevisionMessages } from "../revisions/revision-messages";
import { detectScript, isStep, readDraft, stepAfter, type StepId } from "./form/draft";
import { fieldMessages } from "./form/field-errors";
import { textValue } from "./form/form-values";
import { checkDraft } from "./form/problems";
import { formBodyLimit, isEditable, signInRedirect } from "./form-guard";
import { StepFrame } from "./components/step-layout";
import { FORM_STEPS } from "./steps";
import { ownRevision } from "./submission-access";
import { SUBMISSION_QUOTA } from "./submission-quota";
import { createDraft, saveDraft, submitRevision } from "./submission-writes";
import { writeContext } from "./submissions.api";
import { findPublishedMemorial, listOwnRevisions, openCorrections, type RevisionRow } from "./submissions.queries";
import { CorrectPage, DuplicatesPage, NotEditablePage, ReviewPage, StartPage } from "./submit.pages";

export const submitRoutes = new Hono<AppEnv>();
submitRoutes.use("/submit", formBodyLimit);
submitRoutes.use("/submit/*", formBodyLimit);

const page = (c: Context<AppEnv>, title: string) => ({ title, noindex: true, head: <link rel="stylesheet" href="/css/submission.css" /> });

submitRoutes.get("/submit", async (c) => {
  const user = c.var.user;
  const correct = c.req.query("correct");
  if (correct !== undefined) {
    if (!user) return signInRedirect(c);
    const memorial = await findPublishedMemorial(c.var.db, correct);
    if (!memorial) throw new AppError("not_found", c.var.t("submissions:correct.notFound"));
    const open = await openCorrections(c.var.db, user.id, memorial.id);
    return c.render(<CorrectPage memorial={memorial} open={open} />, page(c, c.var.t("submissions:correct.title", { name: memorial.name })));
  }
  const drafts = user ? (await listOwnRevisions(c.var.db, user.id, 50)).filter((r) => r.status === "draft") : [];
  return c.render(<StartPage drafts={drafts} />, page(c, c.var.t("submissions:start.title")));
});

submitRoutes.post("/submit", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const values = await readFormValues(c);
  const name = textValue(values, "name", 300);
  if (!name) {
    c.status(422);
    return c.render(<StartPage name={values.name} error={c.var.t("submissions:start.nameRequired")} drafts={[]} />, page(c, c.var.t("submissions:start.title")));
  }
  if (values.confirmed !== "1") {
    const candidates = await findPossibleDuplicates(c.var.db, { names: [name], includePending: true });
    if (candidates.length) return c.render(<DuplicatesPage name={name} candidates={candidates} />, page(c, c.var.t("submissions:duplicates.title")));
  }
  await consumeQuota(c.var.db, SUBMISSION_QUOTA, c.var.user.id);
  const id = await createDraft(writeContext(c), { names: [{ primary: true, kind: "birth", display: name, script: detectScript(name) }] }, null);
  return c.redirect(`/submit/${id}/person`, 303);
});

submitRoutes.post("/submit/correct", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const values = await readFormValues(c);
  const memorial = await findPublishedMemorial(c.var.db, values.memorial_id ?? "");
  if (!memorial) throw new AppError("not_found", c.var.t("submissions:correct.notFound"));
  await consumeQuota(c.var.db, SUBMISSION_QUOTA, c.var.user.id);
  const id = await createDraft(writeContext(c), readDraft(memorial.document), { id: memorial.id, revisionId: memorial.revisionId });
  return c.redirect(`/submit/${id}/person`, 303);
});

function notEditable(c: Context<AppEnv>, revision: RevisionRow, message: string) {
  c.status(409);
  return c.render(<NotEditablePage revision={revision} message={message} />, page(c, c.var.t("submissions:my.title")));
}

submitRoutes.post("/submit/:id/send", async (c) => {
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status)) return notEditable(c, revision, c.var.t("submissions:errors.notEditable"));
  const values = await readFormValues(c);
  const check = checkDraft(readDraft(revision.document), revision, c.var.t);
  if (!check.ok) return c.redirect(`/submit/${revision.id}/${check.problems[0]!.step}?check=1`, 303);
  try {
    await submitRevision(writeContext(c), {
      revisionId: revision.id,
      version: Number(values.version),
      from: [revision.status],
      document: check.document,
      submitter: { relationship: revision.relationship, note: revision.submitterNote, showName: revision.showName },
      via: "form",
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return notEditable(c, revision, c.var.t("submissions:errors.stale"));
    throw error;
  }
  return c.redirect(`/my/submissions/${revision.id}?sent=1`, 303);
});

submitRoutes.get("/submit/:id/:step", async (c) => {
  const step = c.req.param("step");
  if (!isStep(step)) throw new AppError("not_found");
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status)) return c.redirect(`/my/submissions/${revision.id}`, 303);
  const draft = readDraft(revision.document);
  const title = c.var.t(`submissions:steps.${step}`);
  if (step === "review") {
    const { problems } = checkDraft(draft, revision, c.var.t);
    const messages = await listRevisionMessages(c.var.db, revision.id);
    return c.render(<ReviewPage revision={revision} draft={draft} problems={problems} messages={messages} />, page(c, title));
  }
  const checking = c.req.query("check") === "1";
  const problems = checking ? checkDraft(draft, revision, c.var.t).problems : [];
  const { Fields } = FORM_STEPS[step];
  return c.render(
    <StepFrame revision={revision} draft={draft} step={step} problems={problems} checking={checking}>
      <Fields draft={draft} revision={revision} errors={fieldMessages(problems, step)} />
    </StepFrame>,
    page(c, title),
  );
});

/** Where a button of the step form leads. */
function destination(action: string | undefined, step: StepId): StepId | "later" {
  if (action === "later") return "later";
  if (action === "back") return stepAfter(step, -1);
  if (action === "add") return step;
  const target = action?.startsWith("goto:") ? action.slice(5) : "";
  return isStep(target) ? target : stepAfter(step, 1);
}

submitRoutes.post("/submit/:id/:step", async (c) => {
  const step = c.req.param("step");
  if (!isStep(step) || step === "review") throw new AppError("not_found");
  if (!c.var.user) return signInRedirect(c);
  const revision = await ownRevision(c, c.req.param("id"));
  if (!isEditable(revision.status)) return notEditable(c, revision, c.var.t("submissions:errors.notEditable"));
  const values = await readFormValues(c);
  const module = FORM_STEPS[step];
  const { draft, changes } = module.apply(readDraft(revision.document), values, c.var.locale);
  const target = destination(values.action, step);
  await saveDraft(c.var.db, revision.id, c.var.user.id, { document: draft, draftStep: target === "later" ? step : target, ...changes });
  if (target === "later") return c.redirect(`/my/submissions?saved=${revision.id}`, 303);
  if ((values.action ?? "continue") === "continue") {
    const saved = { ...revision, ...changes };
    const problems = checkDraft(draft, saved, c.var.t).problems.filter((p) => p.step === step);
    if (problems.length) {
      c.status(422);
      return c.render(
        <StepFrame revision={saved} draft={draft} step={step} problems={problems} checking>
          <module.Fields draft={draft} revision={saved} errors={fieldMessages(problems, step)} />
        </StepFrame>,
        page(c, c.var.t(`submissions:steps.${step}`)),
      );
    }
  }
  return c.redirect(`/submit/${revision.id}/${target}`, 303);
});
